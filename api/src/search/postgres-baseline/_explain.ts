import { openDatabase } from '../../db/orm.js';
import { searchStatement } from './postgres-baseline-search-index.js';
const orm = await openDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:5432/balise_bench_search', dataDir: 'x' });
const c = orm.em.getConnection();
const place = { communeCode: '75056', epci: '200054781', departement: '75', point: { lat: 48.8566, lng: 2.3522 } };
const variants: [string, Parameters<typeof searchStatement>[0], string | null][] = [
  ['paris browse', { place, sort: 'RELEVANCE', offset: 0, limit: 20 }, null],
  ['paris theme', { place, themes: ['HOUSING'], sort: 'RELEVANCE', offset: 0, limit: 20 }, null],
  ['paris text', { place, sort: 'RELEVANCE', offset: 0, limit: 20 }, "'log' | 'appart'"],
];
for (const [name, q, tsq] of variants) {
  const f = searchStatement(q, tsq);
  const text = c.getPlatform().formatQuery(f.text, [...f.params]);
  const rows = await c.execute('explain (analyze, buffers) ' + text) as { 'QUERY PLAN': string }[];
  console.log('=== ' + name); console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
}
await orm.close(true);
