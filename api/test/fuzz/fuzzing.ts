import fc from 'fast-check';
import { expect } from 'vitest';
import { queryRows } from '../../src/db/sql.js';
import type { TestServer } from '../support/test-server.js';

/**
 * Shared pieces of the property-based tests of the public mutations: hostile values, near-valid
 * inputs (one field of a valid input replaced), a raw GraphQL POST, and the row counts that show
 * whether a mutation wrote anything.
 */

/** Fixed so that a failure replays; fast-check prints the seed and the shrunk counterexample. */
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20261123);
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 120);
export const fuzzParameters = (numRuns = FUZZ_RUNS): fc.Parameters<unknown> => ({ seed: FUZZ_SEED, numRuns, endOnFailure: true });

/** Every code a client may receive; INTERNAL_SERVER_ERROR is a bug. */
export const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE',
]);

/** Characters that break naive code: NUL and other controls, lone surrogates, RTL marks, emoji, combining marks. */
const NASTY_CHARACTERS = ['\u0000', '\u0007', '\u001b', '\u007f', '\ud800', '\udfff', '\u202e', '\u200b', '\ufeff', '🙂', '👩🏽‍🚀', 'e\u0301', 'ß', 'İ', '\n', '\r\n', '\t', "'", '"', '\\', '%', '_', '<script>', '${x}', '--', ';'];

const nastyString = fc
  .array(fc.oneof(fc.constantFrom(...NASTY_CHARACTERS), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Any string a client could send: unicode (also unpaired surrogates), controls, long and very long ones. */
export const anyString = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(20_000), '0'.repeat(100_001), '🙂'.repeat(30_000)) },
);

/** A value of any JSON type, for wrong types sent through variables. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyString },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -0) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer())) },
);

/** Ids and tokens that are nearly right: uuid-shaped, truncated, wrong case, 43-character tokens of unknown value. */
export const malformedId = fc.oneof(
  fc.uuid(),
  fc.uuid().map((id) => id.toUpperCase()),
  fc.uuid().map((id) => `${id} `),
  fc.uuid().map((id) => id.slice(0, 35)),
  fc.uuid().map((id) => id.replace(/-/g, '')),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', "' or 1=1 --", '1', '-1', ''),
);
export const tokenShaped = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);

/**
 * A valid input with one field (or two) replaced by a hostile value, removed, or nulled.
 * `fields` lists what may be replaced, with specific near-valid values beside the generic ones.
 */
export function nearValid(valid: fc.Arbitrary<Record<string, unknown>>, fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  const change = fc.constantFrom(...names).chain((name) =>
    fc.oneof(
      { weight: 3, arbitrary: fields[name]!.map((value) => ({ name, value, remove: false })) },
      { weight: 3, arbitrary: anyJson.map((value) => ({ name, value, remove: false })) },
      { weight: 1, arbitrary: fc.constant({ name, value: undefined, remove: true }) },
    ),
  );
  return fc.tuple(valid, fc.array(change, { minLength: 0, maxLength: 2 })).map(([input, changes]) => {
    const result = { ...input };
    for (const { name, value, remove } of changes) {
      if (remove) delete result[name];
      else result[name] = value;
    }
    return result;
  });
}

export interface RawAnswer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  setCookies: string[];
}

/** A GraphQL POST as any client could send it; the body may be refused before GraphQL (413, 400). */
export async function postGraphQL(url: string, query: string, variables: unknown): Promise<RawAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: RawAnswer['body'];
  try {
    body = JSON.parse(text) as RawAnswer['body'];
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, body, setCookies: response.headers.getSetCookie() };
}

/** Never a 5xx; every error carries a known code (none masked as INTERNAL_SERVER_ERROR). */
export function expectHandled(answer: RawAnswer): void {
  const context = JSON.stringify(answer.body).slice(0, 600);
  expect(answer.status, context).toBeLessThan(500);
  for (const error of answer.body.errors ?? []) {
    expect(KNOWN_CODES.has(error.extensions?.code ?? 'none'), context).toBe(true);
  }
}

export const refused = (answer: RawAnswer) => Boolean(answer.body.errors?.length) || answer.status >= 400;

/** Row counts of the tables a mutation writes. */
export async function countRows(server: TestServer, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ count: string | number }>(server.orm.em.fork(), `select count(*) as count from ${table}`);
    counts[table] = Number(row?.count ?? 0);
  }
  return counts;
}

export function delta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(before).map((table) => [table, after[table]! - before[table]!]));
}

export const nothingWritten = (tables: readonly string[]) => Object.fromEntries(tables.map((table) => [table, 0]));

export interface Sent {
  answer: RawAnswer;
  /** Rows added per table. */
  written: Record<string, number>;
  accepted: boolean;
}

/**
 * Sends one mutation and checks what holds for every input: handled (no 5xx, known codes) and,
 * when refused, nothing written in `tables`. The caller checks what an acceptance wrote.
 */
export async function sendMutation(server: TestServer, tables: readonly string[], query: string, variables: unknown): Promise<Sent> {
  const before = await countRows(server, tables);
  const answer = await postGraphQL(server.url, query, variables);
  expectHandled(answer);
  const written = delta(before, await countRows(server, tables));
  const accepted = !refused(answer);
  if (!accepted) expect(written).toEqual(nothingWritten(tables));
  return { answer, written, accepted };
}
