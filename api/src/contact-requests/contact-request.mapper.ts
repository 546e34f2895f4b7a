import type { GeoDirectory } from '../geo/geo-directory.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { displayPhone } from '../shared/contact-details.js';
import { OPEN_STATUSES, type ContactRequest } from './contact-request.entity.js';
import type { ContactRequestEvent } from './contact-request-event.entity.js';
import type { ContactRequestEventType, ContactRequestReceipt, ContactRequestTracking, ContactRequestType, RoutedOrganisation } from './contact-request.types.js';
import { frenchDayLabel } from './due-date.js';

const toRoutedOrganisation = (organisation: Organisation): RoutedOrganisation => ({
  id: organisation.id,
  name: organisation.name,
  phone: organisation.phone,
  email: organisation.email,
});

const isOverdue = (request: ContactRequest, now: Date) => OPEN_STATUSES.includes(request.status) && !request.firstContactAt && request.dueAt < now;

export function toReceipt(request: ContactRequest, token: string): ContactRequestReceipt {
  return {
    id: request.id,
    token,
    dueAt: request.dueAt,
    dueDateLabel: frenchDayLabel(request.dueAt),
    organisation: toRoutedOrganisation(request.organisation),
    offerTitle: request.offer.title,
    status: request.status,
  };
}

export function toTracking(request: ContactRequest, now: Date): ContactRequestTracking {
  const open = OPEN_STATUSES.includes(request.status);
  return {
    id: request.id,
    status: request.status,
    outcome: request.outcome ?? null,
    organisation: toRoutedOrganisation(request.organisation),
    offerId: request.offer.id,
    offerTitle: request.offer.title,
    createdAt: request.createdAt,
    dueAt: request.dueAt,
    dueDateLabel: frenchDayLabel(request.dueAt),
    overdue: isOverdue(request, now),
    canReportNotContacted: open && now > request.dueAt && !request.youthReportedNoContactAt,
    reportedContacted: Boolean(request.youthReportedContactAt),
    reportedNotContacted: Boolean(request.youthReportedNoContactAt),
    transferred: request.transferCount > 0,
    erased: Boolean(request.erasedAt),
  };
}

export function toInboxRequest(request: ContactRequest, geo: GeoDirectory, now: Date): ContactRequestType {
  return {
    id: request.id,
    status: request.status,
    outcome: request.outcome ?? null,
    organisation: toRoutedOrganisation(request.organisation),
    offerId: request.offer.id,
    offerTitle: request.offer.title,
    firstName: request.firstName ?? null,
    age: request.age,
    commune: { code: request.communeCode, name: geo.byCode(request.communeCode)?.name ?? request.communeCode },
    situation: request.situation ?? null,
    channel: request.channel,
    phone: request.phone ? displayPhone(request.phone) : null,
    phoneE164: request.phone ?? null,
    email: request.email ?? null,
    preferredMoments: request.preferredMoments as ContactRequestType['preferredMoments'],
    message: request.message ?? null,
    assignee: request.assignee ? { id: request.assignee.id, displayName: request.assignee.displayName } : null,
    createdAt: request.createdAt,
    dueAt: request.dueAt,
    dueDateLabel: frenchDayLabel(request.dueAt),
    overdue: isOverdue(request, now),
    firstContactAt: request.firstContactAt ?? null,
    endedAt: request.endedAt ?? null,
    youthReportedContacted: Boolean(request.youthReportedContactAt),
    youthReportedNotContacted: Boolean(request.youthReportedNoContactAt),
    transferCount: request.transferCount,
    erased: Boolean(request.erasedAt),
  };
}

export function toEventType(event: ContactRequestEvent): ContactRequestEventType {
  return {
    kind: event.kind,
    at: event.at,
    actor: event.actor ? { id: event.actor.id, displayName: event.actor.displayName } : null,
    attemptChannel: event.attemptChannel ?? null,
    attemptResult: event.attemptResult ?? null,
    fromOrganisationName: event.fromOrganisationName ?? null,
    note: event.note ?? null,
  };
}
