/**
 * Runs ONLY with a Meilisearch server, which cannot be installed on our machines (not in
 * Debian, not on npm): skipped unless MEILI_URL is set, e.g.
 *   MEILI_URL=http://127.0.0.1:7700 MEILI_API_KEY=… npx vitest run src/search/meilisearch
 * The Meilisearch adapter must answer the shared conformance scenarios exactly like the
 * embedded engine. Each scenario gets its own index, deleted at the end.
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, describe } from 'vitest';
import { describeConformance } from '../conformance/run-conformance.js';
import { MeilisearchSearchIndex } from './meilisearch-search-index.js';
import { waitFor } from './tasks.js';

const url = process.env['MEILI_URL'];
const apiKey = process.env['MEILI_API_KEY'];
const created: string[] = [];

describe.skipIf(!url)('Meilisearch adapter on a real server (MEILI_URL)', () => {
  describeConformance('meilisearch', async () => {
    const indexUid = `conformance_${process.pid}_${created.length + 1}`;
    created.push(indexUid, `${indexUid}_next`);
    return new MeilisearchSearchIndex({ url: url ?? '', apiKey, indexUid });
  });

  afterAll(async () => {
    const client = new Meilisearch({ host: url ?? '', apiKey });
    for (const uid of created) await waitFor(client.deleteIndex(uid), { tolerate: ['index_not_found'] });
  });
});
