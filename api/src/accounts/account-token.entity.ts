import { defineEntity, p } from '@mikro-orm/core';
import { Account } from './account.entity.js';
import { ACCOUNT_TOKEN_PURPOSES } from './roles.js';

/** A single-use, expiring link sent by email (invitation, password reset). Only the SHA-256 is stored. */
const AccountTokenSchema = defineEntity({
  name: 'AccountToken',
  properties: {
    id: p.uuid().primary(),
    purpose: p.enum(ACCOUNT_TOKEN_PURPOSES),
    tokenHash: p.string().length(64).unique(),
    account: () => p.manyToOne(Account).deleteRule('cascade').index(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});

export class AccountToken extends AccountTokenSchema.class {}
AccountTokenSchema.setClass(AccountToken);
