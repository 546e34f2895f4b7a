import { defineEntity, p } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { CONTACT_CHANNELS } from './contact-request.entity.js';
import { ContactRequest } from './contact-request.entity.js';

export const CONTACT_REQUEST_EVENT_KINDS = [
  'CREATED', 'ASSIGNED', 'NOTE', 'CONTACT_ATTEMPT', 'CLOSED', 'TRANSFERRED', 'REMINDER_SENT',
  'OVERDUE_ALERT', 'YOUTH_CONTACTED', 'YOUTH_NOT_CONTACTED', 'CANCELLED', 'EXPIRED', 'ERASED',
] as const;
export type ContactRequestEventKind = (typeof CONTACT_REQUEST_EVENT_KINDS)[number];

export const CONTACT_ATTEMPT_RESULTS = ['REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER'] as const;
export type ContactAttemptResult = (typeof CONTACT_ATTEMPT_RESULTS)[number];

/** The request's log: what happened, when, by whom. `note` is personal data: erased with the request's. */
const ContactRequestEventSchema = defineEntity({
  name: 'ContactRequestEvent',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    request: () => p.manyToOne(ContactRequest).deleteRule('cascade').index(),
    kind: p.enum(CONTACT_REQUEST_EVENT_KINDS),
    at: p.datetime(),
    actor: () => p.manyToOne(Account).nullable().deleteRule('set null'),
    attemptChannel: p.enum(CONTACT_CHANNELS).nullable(),
    attemptResult: p.enum(CONTACT_ATTEMPT_RESULTS).nullable(),
    /** For TRANSFERRED: the organisation it left. */
    fromOrganisationName: p.string().length(200).nullable(),
    note: p.text().nullable(),
  },
});

export class ContactRequestEvent extends ContactRequestEventSchema.class {}
ContactRequestEventSchema.setClass(ContactRequestEvent);
