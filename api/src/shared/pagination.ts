import { invalidInput } from './domain-error.js';

export const MAX_PAGE_SIZE = 100;

/** Checks a page size asked by a client: 1..100. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw invalidInput('first', `« first » doit être un entier entre 1 et ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

/** Opaque cursors: base64url of a JSON array of the sort key values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(values) &&
      values.length === arity &&
      values.every((value) => typeof value === 'string' || typeof value === 'number');
    if (valid) return values as (string | number)[];
  } catch {
    // fall through: a cursor that does not parse is the client's mistake
  }
  throw invalidCursor();
}

export const invalidCursor = () =>
  invalidInput('after', '« after » n’est pas un curseur valide : reprenez-le tel quel dans pageInfo.endCursor.');

export interface Page<T> {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseId(field: string, value: string): string {
  if (!UUID.test(value)) throw invalidInput(field, `« ${field} » n’est pas un identifiant valide.`);
  return value.toLowerCase();
}
