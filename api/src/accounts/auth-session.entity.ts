import { defineEntity, p } from '@mikro-orm/core';
import { Account } from './account.entity.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a
 * copy of the database signs nobody in. Revocable (revokedAt), expiring (expiresAt, slid
 * forward on use, never beyond createdAt + the absolute cap).
 */
const AuthSessionSchema = defineEntity({
  name: 'AuthSession',
  properties: {
    id: p.uuid().primary(),
    tokenHash: p.string().length(64).unique(),
    account: () => p.manyToOne(Account).deleteRule('cascade').index(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    lastSeenAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});

export class AuthSession extends AuthSessionSchema.class {}
AuthSessionSchema.setClass(AuthSession);
