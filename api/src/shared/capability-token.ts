import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { hashToken } from '../accounts/tokens.js';
import { queryRows } from '../db/sql.js';

/**
 * A youth's tracking token (the capability behind /suivi/… and /reservation/…), derived from
 * the request's idempotency key with a server secret: HMAC-SHA256 → 256 bits, unpredictable
 * without the secret. A retry with the same key gets the same token back although only its
 * hash is stored (and only the key's hash: the database alone cannot rebuild a token).
 */
export function capabilityToken(secret: Buffer, purpose: string, idempotencyKey: string): { token: string; hash: string } {
  const token = createHmac('sha256', secret).update(`${purpose}\u0000${idempotencyKey}`, 'utf8').digest('base64url');
  return { token, hash: hashToken(token) };
}

/**
 * The secret: TOKEN_SECRET when set (production: every API process the same), otherwise one
 * made at first start and kept in the database, so tokens survive restarts.
 */
export async function loadTokenSecret(em: EntityManager, configured: string | undefined): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  await queryRows(em, `insert into app_secret (name, value) values ('capability-tokens', ?) on conflict (name) do nothing`, [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await queryRows<{ value: string }>(em, `select value from app_secret where name = 'capability-tokens'`);
  return Buffer.from(row!.value, 'utf8');
}
