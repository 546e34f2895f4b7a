/**
 * The benchmark's PostgreSQL full-text baseline answers the same conformance scenarios as the
 * engines, so the bench compares like with like. It needs server extensions (unaccent, pg_trgm,
 * cube, earthdistance): it runs on the PostgreSQL server only, never on PGlite.
 */
import { afterAll } from 'vitest';
import { openDatabase, type Database } from '../../db/orm.js';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases.js';
import { describeConformance } from '../conformance/run-conformance.js';
import { PostgresBaselineSearchIndex } from './postgres-baseline-search-index.js';

let database: TestDatabase | undefined;
let orm: Database | undefined;

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

describeConformance('postgres-baseline', async () => {
  database ??= await freshDatabase('postgresql');
  orm ??= await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  return new PostgresBaselineSearchIndex(orm.em.fork());
});
