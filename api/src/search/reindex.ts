/**
 * `pnpm reindex`: rebuilds the search index from the database.
 * - Meilisearch (MEILI_URL): rebuilt here and now (one shared index).
 * - Embedded engine on PostgreSQL: each API process holds its own index, so the request
 *   goes through the outbox and every running process's worker rebuilds.
 * - Embedded engine on PGlite: PGlite is single-process and the index is rebuilt at every
 *   start — restart the server instead.
 */
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/orm.js';
import { GeoDirectory } from '../geo/geo-directory.js';
import { createLogger } from '../logging/logger.js';
import { enqueue } from '../outbox/outbox.js';
import { systemClock } from '../shared/clock.js';
import { createSearchIndex } from './create-search-index.js';
import { SearchIndexer } from './search-indexer.js';
import { SEARCH_REBUILD_TOPIC } from './search-outbox.subscriber.js';

const config = loadConfig();
if (config.searchEngine === 'embedded' && !config.databaseUrl) {
  console.log('Avec la base embarquée (PGlite), l’index est reconstruit à chaque démarrage : relancez `pnpm start`.');
  process.exit(0);
}
const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(orm);
  if (config.searchEngine !== 'embedded') {
    const index = createSearchIndex(config, orm.em);
    const logger = createLogger(config.logLevel);
    const result = await new SearchIndexer(orm.em, index, GeoDirectory.load(), systemClock, logger).rebuild();
    await index.close();
    console.log(`index ${index.engine} reconstruit : ${result.offers} offres, ${result.documents} documents, ${result.ms} ms`);
  } else {
    const em = orm.em.fork();
    const event = enqueue(em, SEARCH_REBUILD_TOPIC, { requestedAt: new Date().toISOString() });
    await em.flush();
    console.log(`reconstruction demandée (événement ${event.id}) : chaque serveur en marche la fait dans la seconde.`);
  }
} finally {
  await orm.close(true);
}
