import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { decodeCursor, encodeCursor, invalidCursor, pageSize, type Page } from './pagination.js';

interface KeysetQuery<T> {
  where: FilterQuery<T>;
  /** A text (or, with `dateKey`, date) column to sort by; the id breaks ties, so the order is total. */
  sortKey: keyof T & string;
  /** The sort key is a date (cursors hold it as ISO text). */
  dateKey?: boolean;
  direction?: 'asc' | 'desc';
  first: number | null | undefined;
  after?: string | null | undefined;
  populate?: readonly string[];
}

/** One page sorted by (sortKey, id), with the total count; cursors hold both values. */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  { where, sortKey, first, after, populate = [], dateKey = false, direction = 'asc' }: KeysetQuery<T>,
): Promise<Page<T>> {
  const size = pageSize(first);
  const conditions: FilterQuery<T>[] = [where];
  if (after) {
    const [text, id] = decodeCursor(after, 2).map(String);
    const key = dateKey ? new Date(text!) : text;
    if (dateKey && Number.isNaN((key as Date).getTime())) throw invalidCursor();
    const beyond = direction === 'asc' ? '$gt' : '$lt';
    conditions.push({ $or: [{ [sortKey]: { [beyond]: key } }, { [sortKey]: key, id: { [beyond]: id } }] } as FilterQuery<T>);
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: conditions } as FilterQuery<T>, {
      populate: populate as never,
      orderBy: { [sortKey]: direction, id: direction } as never,
      limit: size + 1,
    }),
    em.count(entity, where),
  ]);
  const items = rows.slice(0, size);
  return {
    items,
    cursors: items.map((item) => {
      const value = item[sortKey];
      return encodeCursor([value instanceof Date ? value.toISOString() : String(value), item.id]);
    }),
    hasNextPage: rows.length > size,
    totalCount,
  };
}
