import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { SITUATIONS } from '@balise/seeds/catalogue-types';
import { Account } from '../accounts/account.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

export const CONTACT_CHANNELS = ['PHONE_CALL', 'SMS', 'EMAIL'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** NEW → IN_PROGRESS → CLOSED (with an outcome); CANCELLED by the youth; EXPIRED after 30 days open. */
export const CONTACT_REQUEST_STATUSES = ['NEW', 'IN_PROGRESS', 'CLOSED', 'CANCELLED', 'EXPIRED'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];
export const OPEN_STATUSES: readonly ContactRequestStatus[] = ['NEW', 'IN_PROGRESS'];

export const CONTACT_OUTCOMES = ['REACHED_HELPED', 'REORIENTED', 'NO_ANSWER', 'DECLINED_BY_YOUTH', 'NOT_ELIGIBLE'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const PREFERRED_MOMENTS = ['MORNING', 'LUNCH', 'AFTERNOON', 'EVENING', 'SATURDAY'] as const;
export type PreferredMoment = (typeof PREFERRED_MOMENTS)[number];

/**
 * A youth's "être rappelé·e" request. Personal data (first name, contact value, message) is
 * erased `retention` after the request ends (`erasedAt` set); age, commune, situation,
 * dates, statuses and outcome stay for anonymous statistics.
 */
const ContactRequestSchema = defineEntity({
  name: 'ContactRequest',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    offer: () => p.manyToOne(Offer).index(),
    /** Where it is routed now (changes on transfer). */
    organisation: () => p.manyToOne(Organisation).index(),
    firstName: p.string().length(60).nullable(),
    age: p.integer(),
    communeCode: p.string().length(5),
    situation: p.enum(SITUATIONS).nullable(),
    channel: p.enum(CONTACT_CHANNELS),
    /** E.164 (+33612345678); required for PHONE_CALL and SMS. */
    phone: p.string().length(20).nullable(),
    /** Lower-cased; required for EMAIL, optional otherwise (acknowledgement email). */
    email: p.string().length(254).nullable(),
    preferredMoments: p.array().default([]),
    message: p.text().nullable(),
    noticeVersion: p.string().length(40),
    noticeAcceptedAt: p.datetime(),
    /** SHA-256 of the client's idempotency key. */
    idempotencyKeyHash: p.string().length(64).unique(),
    /** SHA-256 of the youth's tracking token (the token itself is never stored). */
    tokenHash: p.string().length(64).unique(),
    status: p.enum(CONTACT_REQUEST_STATUSES).default('NEW').index(),
    outcome: p.enum(CONTACT_OUTCOMES).nullable(),
    assignee: () => p.manyToOne(Account).nullable().deleteRule('set null'),
    dueAt: p.datetime().index(),
    /** First contact attempt by the organisation (or the youth saying they were contacted). */
    firstContactAt: p.datetime().nullable(),
    transferCount: p.integer().default(0),
    /** The due date the organisation was last reminded of (a transfer sets a new one). */
    reminderSentFor: p.datetime().nullable(),
    overdueAlertedAt: p.datetime().nullable(),
    youthReportedContactAt: p.datetime().nullable(),
    youthReportedNoContactAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    erasedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['organisation', 'status', 'dueAt'] }],
  checks: [{ name: 'contact_request_age_check', expression: 'age >= 15 and age <= 30' }],
});

export class ContactRequest extends ContactRequestSchema.class {}
ContactRequestSchema.setClass(ContactRequest);
