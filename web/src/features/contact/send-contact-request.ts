/**
 * Sends `requestContact` and says what happened, in the terms the form and the offline queue act on.
 * Plain fetch rather than Apollo: the same code runs from the form and from the queue (which starts
 * outside any React tree), and nothing here needs the cache.
 */
import { print } from 'graphql';
import type { RequestContactInput, RequestContactMutation as Receipt } from '../../gql/graphql.js';
import { fetchGraphql, type GraphqlFetch } from '../my-steps/graphql-fetch.js';
import { RequestContactMutation } from './contact.queries.js';

export type ContactReceipt = Receipt['requestContact'];

export type SendOutcome =
  /** The request exists (new, or the same one again for a key already used). */
  | { kind: 'sent'; receipt: ContactReceipt }
  /** No GraphQL answer (offline, timeout, server unreachable): keep it and try again later. */
  | { kind: 'network' }
  /** Refused for now (RATE_LIMITED, or a fault on our side): try again later, the same key. */
  | { kind: 'retry-later'; code: string; message: string; retryAfterSeconds?: number }
  /** Refused for good as it stands (BAD_USER_INPUT, NOT_FOUND…): the youth must change something. */
  | { kind: 'refused'; code: string; message: string; field?: string };

/** Faults on our side, the database out of reach, the API starting or overloaded: the same request will pass later. */
const TRANSIENT_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'SERVICE_STARTING', 'TIMEOUT']);

let requestContactText: string | undefined;

export async function sendContactRequest(input: RequestContactInput, fetcher: GraphqlFetch = fetchGraphql): Promise<SendOutcome> {
  requestContactText ??= print(RequestContactMutation);
  let response;
  try {
    response = await fetcher(requestContactText, { input });
  } catch {
    return { kind: 'network' };
  }
  const receipt = (response.data as Partial<Receipt> | null | undefined)?.requestContact;
  if (receipt && typeof receipt.token === 'string' && receipt.token) return { kind: 'sent', receipt };
  const error = response.errors?.[0];
  const code = typeof error?.extensions?.['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const message = error?.message ?? '';
  if (code === 'RATE_LIMITED') {
    const wait = Number(error?.extensions?.['retryAfterSeconds']);
    return { kind: 'retry-later', code, message, ...(Number.isFinite(wait) && wait > 0 ? { retryAfterSeconds: wait } : {}) };
  }
  if (TRANSIENT_CODES.has(code)) return { kind: 'retry-later', code, message };
  const field = error?.extensions?.['field'];
  return { kind: 'refused', code, message, ...(typeof field === 'string' ? { field } : {}) };
}
