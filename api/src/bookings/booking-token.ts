import { createHash } from 'node:crypto';
import { hashToken } from '../accounts/tokens.js';

/**
 * A booking's capability token is derived from the client's idempotency key, so that a retry
 * (the answer was lost on a bad connection) gets the same token back without the server ever
 * storing a token: the database keeps SHA-256 of the key and SHA-256 of the token, under
 * different prefixes, and neither gives the token. The key is therefore a secret of the device,
 * like the token: clients generate it with `crypto.randomUUID()` (20–128 URL-safe characters).
 */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{20,128}$/;

export function bookingToken(idempotencyKey: string): { token: string; hash: string } {
  // 43 base64url characters, like every token we issue (`looksLikeToken`).
  const token = createHash('sha256').update(`balise:booking-token:${idempotencyKey}`, 'utf8').digest('base64url');
  return { token, hash: hashToken(token) };
}

export function idempotencyKeyHash(idempotencyKey: string): string {
  return createHash('sha256').update(`balise:booking-idempotency:${idempotencyKey}`, 'utf8').digest('hex');
}
