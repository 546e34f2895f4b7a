import { afterAll } from 'vitest';
import pg from 'pg';
import { openDatabase } from '../../db/orm.js';
import { describeConformance } from '../conformance/run-conformance.js';
import { PostgresBaselineSearchIndex } from './postgres-baseline-search-index.js';

const name = 'balise_baseline_scratch';
let orm: Awaited<ReturnType<typeof openDatabase>> | undefined;
describeConformance('postgres-baseline', async () => {
  const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  orm = await openDatabase({ databaseUrl: `postgresql://postgres@127.0.0.1:5432/${name}`, dataDir: 'unused' });
  return new PostgresBaselineSearchIndex(orm.em);
});
afterAll(async () => { await orm?.close(true); });
