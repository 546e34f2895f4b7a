import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { simpleParser } from 'mailparser';
import { CURRENT_NOTICE_VERSION } from '../../src/contact-requests/contact-notice.js';
import { hashToken } from '../../src/accounts/tokens.js';
import { ContactRequest } from '../../src/contact-requests/contact-request.entity.js';
import { Offer } from '../../src/offers/offer.entity.js';
import type { SmtpCatcher } from './smtp-catcher.js';

export const REQUEST_CONTACT = /* GraphQL */ `mutation($input: RequestContactInput!) {
  requestContact(input: $input) { id token dueAt dueDateLabel status offerTitle organisation { id name } }
}`;
export const TRACK = /* GraphQL */ `query($token: String!) {
  contactRequestByToken(token: $token) {
    id status outcome dueAt dueDateLabel overdue canReportNotContacted reportedContacted reportedNotContacted transferred erased
    offerTitle organisation { id name }
  }
}`;
const trackingMutation = (name: string) => /* GraphQL */ `mutation($token: String!) { ${name}(token: $token) { status outcome overdue reportedContacted reportedNotContacted erased } }`;
export const REPORT_CONTACTED = trackingMutation('reportContacted');
export const REPORT_NOT_CONTACTED = trackingMutation('reportNotContacted');
export const CANCEL_REQUEST = trackingMutation('cancelContactRequest');
export const ERASE_REQUEST = trackingMutation('eraseContactRequest');

const INBOX_FIELDS = `id status outcome offerId offerTitle firstName age commune { code name } situation channel phone phoneE164 email
  preferredMoments message assignee { id displayName } dueAt dueDateLabel overdue firstContactAt transferCount erased organisation { id name }`;
export const INBOX = /* GraphQL */ `query($filter: ContactRequestFilter, $first: Int, $after: String) {
  contactRequests(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${INBOX_FIELDS} } } }
}`;
export const INBOX_CSV = /* GraphQL */ `query($filter: ContactRequestFilter) { contactRequestsCsv(filter: $filter) }`;
export const INBOX_REQUEST = /* GraphQL */ `query($id: ID!) {
  contactRequest(id: $id) { ${INBOX_FIELDS} attemptCount events { kind at actor { displayName } attemptChannel attemptResult fromOrganisationName note } }
}`;
export const ASSIGN_TO_ME = /* GraphQL */ `mutation($id: ID!) { assignContactRequestToMe(id: $id) { id status assignee { displayName } } }`;
export const LOG_ATTEMPT = /* GraphQL */ `mutation($id: ID!, $channel: ContactChannel!, $result: ContactAttemptResult!, $note: String) {
  logContactAttempt(id: $id, channel: $channel, result: $result, note: $note) { id status firstContactAt attemptCount }
}`;
export const ADD_NOTE = /* GraphQL */ `mutation($id: ID!, $note: String!) { addContactRequestNote(id: $id, note: $note) { id } }`;
export const CLOSE_REQUEST = /* GraphQL */ `mutation($id: ID!, $outcome: ContactOutcome!, $note: String) {
  closeContactRequest(id: $id, outcome: $outcome, note: $note) { id status outcome }
}`;
export const TRANSFER_REQUEST = /* GraphQL */ `mutation($id: ID!, $organisationId: ID!, $note: String) {
  transferContactRequest(id: $id, organisationId: $organisationId, note: $note) { id status dueAt organisation { id name } }
}`;
export const TRANSFER_TARGETS = /* GraphQL */ `query($id: ID!) { contactRequestTransferTargets(id: $id) { id name } }`;

/** A published offer of the organisation that takes contact requests. */
export async function contactableOffer(em: EntityManager, organisationSourceKey: string, minimumDelayDays = 1): Promise<Offer> {
  const offers = await em.fork().find(Offer, { status: 'PUBLISHED', organisation: { sourceKey: organisationSourceKey } }, { populate: ['organisation'], orderBy: { title: 'asc' } });
  const offer = offers.find(
    (candidate) => candidate.engagement.includes('CONTACT_REQUEST') && candidate.ageMin <= 17 && candidate.ageMax >= 25 && candidate.responseDelayDays >= minimumDelayDays,
  );
  if (!offer) throw new Error(`no contactable offer for ${organisationSourceKey}`);
  return offer;
}

export const newIdempotencyKey = () => randomBytes(16).toString('base64url');

export function requestInput(offerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    offerId,
    firstName: 'Léa',
    age: 19,
    communeCode: '40192', // Mont-de-Marsan
    situation: 'JOB_SEEKER',
    channel: 'PHONE_CALL',
    phone: '06 12 34 56 78',
    email: 'lea.martin@jeunes.balise.test',
    preferredMoments: ['MORNING', 'EVENING'],
    message: 'Je cherche un premier emploi.',
    noticeVersion: CURRENT_NOTICE_VERSION,
    idempotencyKey: newIdempotencyKey(),
    ...overrides,
  };
}

export interface ReadEmail {
  to: string[];
  subject: string;
  text: string;
  urls: string[];
}

/** The caught emails, decoded (subject and body as a person reads them). */
export async function readEmails(catcher: SmtpCatcher): Promise<ReadEmail[]> {
  return Promise.all(
    catcher.messages.map(async (message) => {
      const parsed = await simpleParser(message.raw);
      const text = parsed.text ?? '';
      return { to: message.envelopeTo, subject: parsed.subject ?? '', text, urls: text.match(/https?:\/\/\S+/g) ?? [] };
    }),
  );
}

/** A NEW request to the organisation, written directly (for access tests). */
export async function fixtureContactRequest(em: EntityManager, organisationId: string): Promise<string> {
  const offer = await em.findOneOrFail(Offer, { organisation: organisationId, status: 'PUBLISHED' }, { orderBy: { title: 'asc' } });
  const request = em.create(ContactRequest, {
    offer, organisation: offer.organisation, firstName: 'Matrice', age: 20, communeCode: '40192', channel: 'PHONE_CALL', phone: '+33612345678',
    noticeVersion: CURRENT_NOTICE_VERSION, noticeAcceptedAt: new Date(), idempotencyKeyHash: hashToken(newIdempotencyKey()), tokenHash: hashToken(newIdempotencyKey()),
    dueAt: new Date(Date.now() + 86_400_000), createdAt: new Date(),
  });
  await em.persist(request).flush();
  return request.id;
}
