import { defineEntity, p } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';

export const AUDITED_ENTITY_TYPES = ['ORGANISATION', 'OFFER', 'SESSION'] as const;
export type AuditedEntityType = (typeof AUDITED_ENTITY_TYPES)[number];

/**
 * Who changed what, when: one row per changed organisation, offer or workshop session and per
 * flush, written by the same flush (transaction) as the change (`audit.subscriber.ts`).
 * `summary` names the fields that changed, never their values (some are personal: contacts).
 */
const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime(),
    /** Null for changes made by the platform itself (catalogue import). */
    actorAccount: () => p.manyToOne(Account).nullable().deleteRule('set null'),
    entityType: p.enum(AUDITED_ENTITY_TYPES),
    entityId: p.uuid(),
    /** The offer a session belongs to, so that the offer page lists its sessions' history too. */
    offerId: p.uuid().nullable(),
    /** CREATED, UPDATED, DELETED, or what the service named: SUBMITTED, PUBLISHED, SENT_BACK, ARCHIVED, CANCELLED… */
    action: p.string().length(40),
    summary: p.text(),
  },
  indexes: [{ properties: ['entityId', 'at'] }, { properties: ['offerId', 'at'] }],
});

export class AuditEntry extends AuditEntrySchema.class {}
AuditEntrySchema.setClass(AuditEntry);
