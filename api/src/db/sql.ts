import type { EntityManager } from '@mikro-orm/core';

/** Rows of a raw SQL query (`?` placeholders), for reads where hydrating entities would be wasteful. */
export async function queryRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await em.getConnection().execute(sql, params)) as T[];
}
