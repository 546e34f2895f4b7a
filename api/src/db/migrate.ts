/**
 * `pnpm --filter @balise/api migrate`: applies the committed migrations to DATABASE_URL (or the
 * PGlite database in DATA_DIR) and exits. With several API processes, run it once before
 * starting or upgrading them: each process also migrates at start, and two doing it at the
 * same moment would race.
 */
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from './orm.js';

const config = loadConfig();
const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `migrations appliquées : ${applied.join(', ')}` : 'base à jour, aucune migration à appliquer');
} finally {
  await orm.close(true);
}
