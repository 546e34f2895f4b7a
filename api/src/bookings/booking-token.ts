import { createHash } from 'node:crypto';
import { capabilityToken } from '../shared/capability-token.js';

/**
 * A booking's capability token is derived from the client's idempotency key with the server's
 * secret (HMAC, shared/capability-token.ts, as for contact requests), so that a retry (the answer
 * was lost on a bad connection) gets the same token back without the server ever storing a
 * token: the database keeps SHA-256 of the key and SHA-256 of the token, and neither gives the
 * token. Clients make the key with ≥ 128 random bits (20–128 URL-safe characters).
 */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{20,128}$/;

export function bookingToken(secret: Buffer, idempotencyKey: string): { token: string; hash: string } {
  // 43 base64url characters, like every token we issue (`looksLikeToken`).
  return capabilityToken(secret, 'booking', idempotencyKey);
}

export function idempotencyKeyHash(idempotencyKey: string): string {
  return createHash('sha256').update(`balise:booking-idempotency:${idempotencyKey}`, 'utf8').digest('hex');
}
