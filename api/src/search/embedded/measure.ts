/**
 * Build time, memory and sequential search latency of the embedded index on a generated
 * national catalogue. Not a test. Run from api/:
 *   npx tsx --expose-gc src/search/embedded/measure.ts [offers=100000] [searches=3000]
 */
import { generateNationalCatalogue } from '@balise/seeds/national';
import { loadCommunes, type CommuneRecord } from '@balise/seeds/reference';
import { THEME_CODES } from '@balise/seeds/catalogue-types';
import type { OfferSearchDocument, SearchQuery } from '../search-index.port.js';
import { EmbeddedSearchIndex } from './embedded-search-index.js';
import { GeoDirectory } from '../../geo/geo-directory.js';
import { catalogueToDocuments } from './measure-documents.js';

const offers = Number(process.argv[2] ?? 100_000);
const searches = Number(process.argv[3] ?? 3_000);
const TEXTS = ['logement', 'appart', 'psy', 'permis', 'code de la route', 'taf', 'aide financière', 'logment', 'stage',
  'formation', 'sport', 'santé', 'erasmus', 'cv', 'alternance', 'bénévolat', 'atelier cv', 'mission locale', 'transport',
  'dépistage', 'un logement pour moi', 'psycologue', 'job été', 'colis alimentaire'];

const communes = loadCommunes();
const geo = new GeoDirectory(communes);
let documentCount = 0;
let generationMs = 0;
async function* documents(): AsyncIterable<OfferSearchDocument[]> {
  let t = performance.now();
  for (const batch of generateNationalCatalogue({ offers, communes, seed: 7 })) {
    const docs = catalogueToDocuments(batch, geo);
    documentCount += docs.length;
    generationMs += performance.now() - t;
    yield docs;
    t = performance.now();
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;
const rssBefore = process.memoryUsage().rss;
const index = new EmbeddedSearchIndex();
const started = performance.now();
await index.replaceAll(documents());
const buildMs = performance.now() - started;
gc?.();
console.log(`offers ${index.offerCount()}, documents ${documentCount}`);
console.log(`build ${(buildMs / 1000).toFixed(1)} s (of which generating the catalogue ${(generationMs / 1000).toFixed(1)} s); RSS before ${mb(rssBefore)}, after ${mb(process.memoryUsage().rss)}, heap ${mb(process.memoryUsage().heapUsed)}`);

let seed = 12345;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const populated = communes.filter((c) => c.population > 0 && /^[0-9]/.test(c.departement));

function randomQuery(): { kind: string; query: SearchQuery } {
  const commune: CommuneRecord = pick(populated);
  const withText = random() < 0.6;
  const withPlace = random() < 0.95;
  const query: SearchQuery = { sort: random() < 0.8 ? 'RELEVANCE' : 'DISTANCE', offset: random() < 0.1 ? 20 : 0, limit: 20 };
  if (withText) query.text = pick(TEXTS);
  if (withPlace) {
    query.place = { communeCode: commune.code, epci: commune.epci, departement: commune.departement, point: { lat: commune.lat, lng: commune.lng } };
    if (random() < 0.3) query.radiusKm = 30;
  }
  if (random() < 0.3) query.themes = [pick(THEME_CODES)];
  if (random() < 0.3) query.age = 15 + Math.floor(random() * 16);
  return { kind: `${withText ? 'text' : 'browse'}${withPlace ? '+place' : ' (France)'}`, query };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const timings = new Map<string, number[]>();
const all: number[] = [];
for (let i = 0; i < 200; i++) await index.search(randomQuery().query); // warm-up
for (let i = 0; i < searches; i++) {
  const { kind, query } = randomQuery();
  const t = performance.now();
  await index.search(query);
  const ms = performance.now() - t;
  all.push(ms);
  timings.set(kind, [...(timings.get(kind) ?? []), ms]);
}
const line = (label: string, list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${label.padEnd(22)} n=${String(sorted.length).padEnd(5)} p50 ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms  max ${percentile(sorted, 100).toFixed(2)} ms`);
};
line('all', all);
for (const [kind, list] of [...timings].sort()) line(kind, list);
await index.close();
