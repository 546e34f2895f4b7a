import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { reachOf, requirePermission, requireViewer, type Viewer } from '../accounts/authorization.js';
import { Account } from '../accounts/account.entity.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { paragraphs, parseInput } from '../portal/validation.js';
import type { Clock } from '../shared/clock.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { keysetPage } from '../shared/keyset-page.js';
import { parseId, type Page } from '../shared/pagination.js';
import { ContactRequestEmails } from './contact-request-emails.js';
import { ContactRequestEvent, type ContactAttemptResult } from './contact-request-event.entity.js';
import { logEvent, scheduleDeadlineJobs, scheduleErasure } from './contact-request-jobs.js';
import { ContactRequest, OPEN_STATUSES, type ContactChannel, type ContactOutcome, type ContactRequestStatus } from './contact-request.entity.js';
import { dueDateFor } from './due-date.js';
import { counsellorsOf } from './recipients.js';

export interface InboxFilter {
  organisationId?: string | null;
  statuses?: ContactRequestStatus[] | null;
  overdue?: boolean | null;
  offerId?: string | null;
  /** 'ME', 'UNASSIGNED', or an account id. */
  assignee?: string | null;
}

export interface InboxSettings {
  publicUrl: string;
  retentionMonths: number;
}

const POPULATE = ['offer', 'organisation', 'organisation.venues', 'assignee'] as const;
const ATTEMPTS_BEFORE_NO_ANSWER = 3;
const EXPORT_LIMIT = 5000;

const noteSchema = paragraphs('La note', 2000);
const notFound = () => new DomainError('NOT_FOUND', 'Cette demande n’existe pas.', 'id');
const closed = () => new DomainError('CONFLICT', 'Cette demande est close : elle ne peut plus changer.', 'id');

/**
 * The counsellors' inbox: an organisation's contact requests, for its COUNSELLOR and ORG_ADMIN
 * members only (`contactRequests.handle`). Every method checks the permission on the request's
 * organisation before reading anything else.
 */
export class ContactRequestInboxService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
    private readonly settings: InboxSettings,
  ) {}

  /** By due date, soonest first (overdue ones first of all). */
  async list(viewer: Viewer | null, filter: InboxFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Page<ContactRequest>> {
    const where = this.whereFor(requireViewer(viewer), filter ?? {});
    return keysetPage(this.em, ContactRequest, { where, sortKey: 'dueAt', dateKey: true, first, after, populate: POPULATE });
  }

  /** Everything the list would show (up to 5,000 rows), for the CSV export. */
  async listAll(viewer: Viewer | null, filter: InboxFilter | null | undefined): Promise<ContactRequest[]> {
    const where = this.whereFor(requireViewer(viewer), filter ?? {});
    return this.em.find(ContactRequest, where, { populate: POPULATE, orderBy: { dueAt: 'asc', id: 'asc' }, limit: EXPORT_LIMIT });
  }

  async get(viewer: Viewer | null, rawId: string): Promise<ContactRequest> {
    return this.load(viewer, rawId);
  }

  /** The log of a request the caller already read through `get`, `list` or a mutation. */
  async eventsOf(requestId: string): Promise<ContactRequestEvent[]> {
    return this.em.find(ContactRequestEvent, { request: requestId }, { populate: ['actor'], orderBy: { at: 'asc', id: 'asc' } });
  }

  async attemptCountOf(requestId: string): Promise<number> {
    return this.em.count(ContactRequestEvent, { request: requestId, kind: 'CONTACT_ATTEMPT' });
  }

  async assignToMe(viewer: Viewer | null, rawId: string): Promise<ContactRequest> {
    const request = await this.loadOpen(viewer, rawId);
    const now = this.clock();
    request.assignee = this.em.getReference(Account, viewer!.accountId);
    if (request.status === 'NEW') request.status = 'IN_PROGRESS';
    logEvent(this.em, request, 'ASSIGNED', now, { actor: request.assignee });
    await this.em.flush();
    return this.reload(request);
  }

  async logAttempt(viewer: Viewer | null, rawId: string, channel: ContactChannel, result: ContactAttemptResult, rawNote: string | null | undefined): Promise<ContactRequest> {
    const request = await this.loadOpen(viewer, rawId);
    const note = rawNote?.trim() ? parseInput(noteSchema, rawNote, 'note') : null;
    const now = this.clock();
    const actor = this.em.getReference(Account, viewer!.accountId);
    request.firstContactAt ??= now;
    request.assignee ??= actor;
    if (request.status === 'NEW') request.status = 'IN_PROGRESS';
    logEvent(this.em, request, 'CONTACT_ATTEMPT', now, { actor, attemptChannel: channel, attemptResult: result, note });
    await this.em.flush();
    return this.reload(request);
  }

  async addNote(viewer: Viewer | null, rawId: string, rawNote: string): Promise<ContactRequest> {
    const request = await this.load(viewer, rawId);
    if (request.erasedAt) throw closed();
    const note = parseInput(noteSchema, rawNote, 'note');
    logEvent(this.em, request, 'NOTE', this.clock(), { actor: this.em.getReference(Account, viewer!.accountId), note });
    await this.em.flush();
    return this.reload(request);
  }

  async close(viewer: Viewer | null, rawId: string, outcome: ContactOutcome, rawNote: string | null | undefined): Promise<ContactRequest> {
    const request = await this.loadOpen(viewer, rawId);
    const note = rawNote?.trim() ? parseInput(noteSchema, rawNote, 'note') : null;
    if (outcome === 'NO_ANSWER') {
      const attempts = await this.em.count(ContactRequestEvent, { request: request.id, kind: 'CONTACT_ATTEMPT', attemptResult: { $ne: 'REACHED' } });
      if (attempts < ATTEMPTS_BEFORE_NO_ANSWER) {
        throw invalidInput('outcome', `« Sans réponse » demande ${ATTEMPTS_BEFORE_NO_ANSWER} tentatives de contact notées (${attempts} pour l’instant).`);
      }
    }
    const now = this.clock();
    const actor = this.em.getReference(Account, viewer!.accountId);
    Object.assign(request, { status: 'CLOSED', outcome, endedAt: now });
    request.assignee ??= actor;
    if (outcome !== 'NO_ANSWER') request.firstContactAt ??= now;
    logEvent(this.em, request, 'CLOSED', now, { actor, note });
    scheduleErasure(this.em, request, this.settings.retentionMonths);
    await this.em.flush();
    return this.reload(request);
  }

  /** To another active organisation: a new due date from its default delay; the youth is told. */
  async transfer(viewer: Viewer | null, rawId: string, rawOrganisationId: string, rawNote: string | null | undefined): Promise<ContactRequest> {
    const request = await this.loadOpen(viewer, rawId);
    const note = rawNote?.trim() ? parseInput(noteSchema, rawNote, 'note') : null;
    const target = await this.em.findOne(Organisation, { id: parseId('organisationId', rawOrganisationId), status: 'ACTIVE' }, { populate: ['venues'] });
    if (!target) throw new DomainError('NOT_FOUND', 'Cette organisation n’existe pas ou n’est pas active.', 'organisationId');
    if (target.id === request.organisation.id) throw invalidInput('organisationId', 'La demande est déjà adressée à cette organisation.');
    const now = this.clock();
    const actor = this.em.getReference(Account, viewer!.accountId);
    logEvent(this.em, request, 'TRANSFERRED', now, { actor, note, fromOrganisationName: request.organisation.name });
    Object.assign(request, {
      organisation: target,
      status: 'NEW',
      assignee: null,
      dueAt: dueDateFor(now, target.defaultResponseDelayDays),
      firstContactAt: null,
      overdueAlertedAt: null,
      youthReportedNoContactAt: null,
      transferCount: request.transferCount + 1,
    });
    const emails = new ContactRequestEmails(this.em, this.settings.publicUrl);
    emails.newRequest(request, await counsellorsOf(this.em, target));
    emails.transferredToYouth(request);
    scheduleDeadlineJobs(this.em, request, now);
    await this.em.flush();
    return request;
  }

  /** Active organisations present in the youth's département, for the transfer picker. */
  async transferTargets(viewer: Viewer | null, rawId: string): Promise<Organisation[]> {
    const request = await this.load(viewer, rawId);
    const departement = this.geo.byCode(request.communeCode)?.departement;
    const candidates = await this.em.find(Organisation, { status: 'ACTIVE', id: { $ne: request.organisation.id } }, { populate: ['venues'], orderBy: { name: 'asc' } });
    return candidates.filter((organisation) => organisation.coverageNational || (departement && organisationScope(organisation, this.geo).departements.includes(departement))).slice(0, 100);
  }

  private whereFor(viewer: Viewer, filter: InboxFilter): FilterQuery<ContactRequest> {
    const reach = reachOf(viewer, 'contactRequests.handle');
    let organisationIds = reach.organisationIds;
    if (filter.organisationId) {
      const wanted = parseId('filter.organisationId', filter.organisationId);
      if (!organisationIds.includes(wanted)) throw new DomainError('FORBIDDEN', 'Tu n’as pas accès aux demandes de cette organisation.', 'filter.organisationId');
      organisationIds = [wanted];
    }
    if (!organisationIds.length) throw new DomainError('FORBIDDEN', 'Les demandes de rappel sont réservées aux conseillers et conseillères des organisations.');
    const where: FilterQuery<ContactRequest>[] = [{ organisation: { $in: organisationIds } }];
    if (filter.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter.offerId) where.push({ offer: parseId('filter.offerId', filter.offerId) });
    if (filter.assignee === 'ME') where.push({ assignee: viewer.accountId });
    else if (filter.assignee === 'UNASSIGNED') where.push({ assignee: null });
    else if (filter.assignee) where.push({ assignee: parseId('filter.assignee', filter.assignee) });
    if (filter.overdue === true) where.push({ status: { $in: [...OPEN_STATUSES] }, firstContactAt: null, dueAt: { $lt: this.clock() } });
    if (filter.overdue === false) where.push({ $or: [{ status: { $nin: [...OPEN_STATUSES] } }, { firstContactAt: { $ne: null } }, { dueAt: { $gte: this.clock() } }] });
    return { $and: where };
  }

  private async load(viewer: Viewer | null, rawId: string): Promise<ContactRequest> {
    requireViewer(viewer);
    const request = await this.em.findOne(ContactRequest, { id: parseId('id', rawId) }, { populate: POPULATE });
    if (!request) throw notFound();
    requirePermission(viewer, 'contactRequests.handle', organisationScope(request.organisation, this.geo));
    return request;
  }

  private async loadOpen(viewer: Viewer | null, rawId: string): Promise<ContactRequest> {
    const request = await this.load(viewer, rawId);
    if (!OPEN_STATUSES.includes(request.status)) throw closed();
    return request;
  }

  private async reload(request: ContactRequest): Promise<ContactRequest> {
    await this.em.populate(request, POPULATE, { refresh: true });
    return request;
  }
}

