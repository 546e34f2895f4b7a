import { LockMode, type EntityManager } from '@mikro-orm/core';
import { addDays, addMonths } from 'date-fns';
import type { Logger } from 'pino';
import { organisationScope } from '../accounts/organisation-scope.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { enqueue } from '../outbox/outbox.js';
import type { OutboxWorker } from '../outbox/outbox-worker.js';
import type { Clock } from '../shared/clock.js';
import { ContactRequestEmails } from './contact-request-emails.js';
import { ContactRequestEvent, type ContactRequestEventKind } from './contact-request-event.entity.js';
import { ContactRequest, OPEN_STATUSES } from './contact-request.entity.js';
import { EXPIRY_DAYS, reminderTimeFor } from './due-date.js';
import { counsellorsOf, coordinatorsOf } from './recipients.js';

export const CONTACT_REQUEST_JOBS = {
  reminder: 'contactRequest.reminder',
  overdue: 'contactRequest.overdue',
  expire: 'contactRequest.expire',
  erase: 'contactRequest.erase',
} as const;

export interface ContactRequestJobSettings {
  publicUrl: string;
  retentionMonths: number;
}

/** The reminder (day before, 9:00) and the overdue check (at the due date) for the request's current due date. */
export function scheduleDeadlineJobs(em: EntityManager, request: ContactRequest, now: Date): void {
  const payload = { requestId: request.id, dueAt: request.dueAt.toISOString() };
  const remindAt = reminderTimeFor(request.dueAt);
  if (remindAt > now) enqueue(em, CONTACT_REQUEST_JOBS.reminder, payload, remindAt);
  enqueue(em, CONTACT_REQUEST_JOBS.overdue, payload, request.dueAt);
}

export function scheduleExpiry(em: EntityManager, request: ContactRequest): void {
  enqueue(em, CONTACT_REQUEST_JOBS.expire, { requestId: request.id }, addDays(request.createdAt, EXPIRY_DAYS));
}

export const erasureDate = (endedAt: Date, retentionMonths: number) => addMonths(endedAt, retentionMonths);

export function scheduleErasure(em: EntityManager, request: ContactRequest, retentionMonths: number): void {
  enqueue(em, CONTACT_REQUEST_JOBS.erase, { requestId: request.id }, erasureDate(request.endedAt!, retentionMonths));
}

export function logEvent(em: EntityManager, request: ContactRequest, kind: ContactRequestEventKind, at: Date, extra: Partial<ContactRequestEvent> = {}): void {
  em.persist(em.create(ContactRequestEvent, { request, kind, at, ...extra }));
}

/** Erases what identifies the youth: first name, phone, email, message, and the notes of the log. */
export async function erasePersonalData(em: EntityManager, request: ContactRequest, now: Date): Promise<void> {
  Object.assign(request, { firstName: null, phone: null, email: null, message: null, erasedAt: now });
  await em.nativeUpdate(ContactRequestEvent, { request: request.id, note: { $ne: null } }, { note: null });
  logEvent(em, request, 'ERASED', now);
}

/**
 * The scheduled work of contact requests, delivered by the outbox worker. Each handler locks
 * the request, checks it still applies (a transfer moves the due date; a closed request needs
 * no reminder) and records what it did in the same transaction, so a second run does nothing.
 */
export function registerContactRequestJobs(outbox: OutboxWorker, em: EntityManager, geo: GeoDirectory, clock: Clock, settings: ContactRequestJobSettings, logger: Logger): void {
  const withRequest = (work: (tx: EntityManager, request: ContactRequest, payload: Record<string, unknown>) => Promise<void>) => async (payload: Record<string, unknown>) =>
    em.fork().transactional(async (tx) => {
      const request = await tx.findOne(ContactRequest, { id: String(payload['requestId']) }, {
        populate: ['offer', 'organisation', 'organisation.venues'],
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (request) await work(tx, request, payload);
    });
  const open = (request: ContactRequest) => OPEN_STATUSES.includes(request.status);
  const forCurrentDueDate = (request: ContactRequest, payload: Record<string, unknown>) => request.dueAt.toISOString() === payload['dueAt'];

  outbox.on(CONTACT_REQUEST_JOBS.reminder, withRequest(async (tx, request, payload) => {
    if (!open(request) || request.firstContactAt || !forCurrentDueDate(request, payload)) return;
    if (request.reminderSentFor?.getTime() === request.dueAt.getTime()) return;
    new ContactRequestEmails(tx, settings.publicUrl).reminder(request, await counsellorsOf(tx, request.organisation));
    request.reminderSentFor = request.dueAt;
    logEvent(tx, request, 'REMINDER_SENT', clock());
  }));

  outbox.on(CONTACT_REQUEST_JOBS.overdue, withRequest(async (tx, request, payload) => {
    if (!open(request) || request.firstContactAt || request.overdueAlertedAt || !forCurrentDueDate(request, payload)) return;
    const coordinators = await coordinatorsOf(tx, organisationScope(request.organisation, geo));
    new ContactRequestEmails(tx, settings.publicUrl).promiseBroken(request, coordinators, 'OVERDUE');
    request.overdueAlertedAt = clock();
    logEvent(tx, request, 'OVERDUE_ALERT', clock());
    if (!coordinators.length) logger.warn({ requestId: request.id }, 'contact request overdue: nobody to alert');
  }));

  outbox.on(CONTACT_REQUEST_JOBS.expire, withRequest(async (tx, request) => {
    if (!open(request)) return;
    const now = clock();
    Object.assign(request, { status: 'EXPIRED', endedAt: now });
    logEvent(tx, request, 'EXPIRED', now);
    new ContactRequestEmails(tx, settings.publicUrl).expiredToYouth(request);
    scheduleErasure(tx, request, settings.retentionMonths);
  }));

  outbox.on(CONTACT_REQUEST_JOBS.erase, withRequest(async (tx, request) => {
    if (request.erasedAt || !request.endedAt || open(request)) return;
    const due = erasureDate(request.endedAt, settings.retentionMonths);
    // The retention period may have grown since this was scheduled: come back then.
    if (due > clock()) return void scheduleErasure(tx, request, settings.retentionMonths);
    await erasePersonalData(tx, request, clock());
  }));
}
