import { defineEntity, p } from '@mikro-orm/core';
import { Membership } from './membership.entity.js';

/** A professional's account. The email is stored lower-cased; no password until the invitation is accepted. */
const AccountSchema = defineEntity({
  name: 'Account',
  properties: {
    id: p.uuid().primary(),
    email: p.string().length(254).unique(),
    /** argon2id, PHC string; null until the invitation is accepted. */
    passwordHash: p.text().nullable().lazy(),
    displayName: p.string().length(120),
    memberships: () => p.oneToMany(Membership).mappedBy('account'),
    createdAt: p.datetime().onCreate(() => new Date()),
    disabledAt: p.datetime().nullable(),
  },
  checks: [{ name: 'account_email_lower_case_check', expression: 'email = lower(email)' }],
});

export class Account extends AccountSchema.class {}
AccountSchema.setClass(Account);
