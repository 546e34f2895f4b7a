import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import { migrate, openDatabase, type Database } from '../../src/db/orm.js';

/**
 * The suites run on both engines: embedded PGlite and the PostgreSQL server
 * (TEST_DATABASE_URL, default the local server at 127.0.0.1:5432 as on our machines).
 * Each test gets a database of its own, dropped afterwards.
 */
export const DATABASE_KINDS = ['pglite', 'postgresql'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export const TEST_POSTGRES_URL = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  dataDir: string;
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'balise-test-'));
  if (kind === 'pglite') {
    return { kind, dataDir, databaseUrl: undefined, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `balise_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    dataDir,
    databaseUrl: url.toString(),
    drop: async () => {
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is needed by the tests at ${TEST_POSTGRES_URL} (set TEST_DATABASE_URL): ${(error as Error).message}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Registers an afterEach that closes and drops what `open()` created; `open()` gives a fresh ORM. */
export function useFreshOrm(kind: DatabaseKind) {
  let database: TestDatabase | undefined;
  let orm: Database | undefined;
  afterEach(async () => {
    await orm?.close(true);
    await database?.drop();
    orm = database = undefined;
  });
  return {
    async open({ migrated = true } = {}): Promise<Database> {
      database = await freshDatabase(kind);
      orm = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
      if (migrated) await migrate(orm);
      return orm;
    },
  };
}
