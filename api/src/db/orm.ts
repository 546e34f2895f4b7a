import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AuditSubscriber } from '../audit/audit.subscriber.js';
import { SearchOutboxSubscriber } from '../search/search-outbox.subscriber.js';
import { entities } from './entities.js';


export interface DatabaseTarget {
  /** PostgreSQL URL; when absent, embedded PGlite persisted in `dataDir` (or in memory for `memory://`). */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Where the ORM's own messages (migrations) go; silent by default. */
  log?: (message: string) => void;
}

const migrationsPath = path.join(import.meta.dirname, 'migrations');

type OrmOptions = NonNullable<Parameters<typeof MikroORM.init>[0]>;

export function ormOptions(target: DatabaseTarget): OrmOptions {
  const common = {
    entities,
    subscribers: [new SearchOutboxSubscriber(), new AuditSubscriber()],
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      glob: '!(*.d).{js,ts}',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    allowGlobalContext: false,
    debug: false,
    logger: target.log ?? (() => undefined),
  } satisfies OrmOptions;
  if (target.databaseUrl) {
    return { ...common, driver: PostgreSqlDriver, clientUrl: target.databaseUrl, pool: { min: 0, max: 10 } } as OrmOptions;
  }
  return { ...common, driver: PgliteDriver, dbName: pgliteLocation(target.dataDir) } as OrmOptions;
}

function pgliteLocation(dataDir: string): string {
  if (dataDir.startsWith('memory:')) return 'memory://';
  const location = path.join(dataDir, 'pglite');
  mkdirSync(location, { recursive: true });
  return location;
}

export async function openDatabase(target: DatabaseTarget) {
  return MikroORM.init(ormOptions(target));
}

export type Database = Awaited<ReturnType<typeof openDatabase>>;

/** Applies the committed migrations; never generates schema at runtime. */
export async function migrate(orm: Database): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}
