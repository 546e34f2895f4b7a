import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { decodeCursor, encodeCursor, pageSize, type Page } from './pagination.js';

interface KeysetQuery<T> {
  where: FilterQuery<T>;
  /** A text column to sort by; the id breaks ties, so the order is total. */
  sortKey: keyof T & string;
  first: number | null | undefined;
  after?: string | null | undefined;
  populate?: readonly string[];
}

/** One page sorted by (sortKey, id), with the total count; cursors hold both values. */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  { where, sortKey, first, after, populate = [] }: KeysetQuery<T>,
): Promise<Page<T>> {
  const size = pageSize(first);
  const conditions: FilterQuery<T>[] = [where];
  if (after) {
    const [key, id] = decodeCursor(after, 2).map(String);
    conditions.push({ $or: [{ [sortKey]: { $gt: key } }, { [sortKey]: key, id: { $gt: id } }] } as FilterQuery<T>);
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: conditions } as FilterQuery<T>, {
      populate: populate as never,
      orderBy: { [sortKey]: 'asc', id: 'asc' } as never,
      limit: size + 1,
    }),
    em.count(entity, where),
  ]);
  const items = rows.slice(0, size);
  return {
    items,
    cursors: items.map((item) => encodeCursor([String(item[sortKey]), item.id])),
    hasNextPage: rows.length > size,
    totalCount,
  };
}
