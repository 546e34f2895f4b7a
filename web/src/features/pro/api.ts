import type { OfferViewData } from '../offer/OfferPage.js';
/**
 * The partner portal's GraphQL calls. Plain POSTs to /graphql (the session cookie goes along),
 * deliberately outside the generated `graphql()` map: that map ships in the youth entry, and
 * the portal's documents must stay in this lazy chunk.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
}

export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('network', 'NETWORK', undefined, undefined);
  }
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError('server', 'SERVER', undefined, undefined);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code, first.extensions?.field, first.extensions?.retryAfterSeconds);
  if (!body.data) throw new ApiError('server', 'SERVER', undefined, undefined);
  return body.data;
}

export type OfferStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export type Role = 'PLATFORM_ADMIN' | 'TERRITORY_COORDINATOR' | 'ORG_ADMIN' | 'EDITOR' | 'COUNSELLOR';

export interface Venue {
  id: string;
  name: string;
  address: string;
  commune: { code: string; name: string };
}
export interface Org {
  id: string;
  name: string;
  status: string;
  venues: Venue[];
}
export interface Me {
  id: string;
  email: string;
  displayName: string;
  memberships: { role: Role; departements: string[]; organisation: { id: string; name: string } | null }[];
}

// Tagged /* GraphQL */: codegen adds them to the persisted-documents manifest, which is what
// a signed-out caller may run in production (api/src/graphql/persisted-documents.ts).
export const ME = /* GraphQL */ `query ProMe { me { id email displayName memberships { role departements organisation { id name } } } }`;
export const SIGN_IN = /* GraphQL */ `mutation ProSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email displayName memberships { role departements organisation { id name } } } }`;
export const SIGN_OUT = /* GraphQL */ `mutation ProSignOut { signOut }`;
export const ORGS = `query ProOrganisations { portalOrganisations { id name status venues { id name address commune { code name } } } }`;

export interface OfferRow {
  id: string;
  title: string;
  status: OfferStatus;
  updatedAt: string;
  format: string;
  organisation: { id: string; name: string };
}
const ROW = `id title status updatedAt format organisation { id name }`;
export const OFFERS = `query ProOffers($organisationId: ID!, $status: OfferStatus) { portalOffers(organisationId: $organisationId, status: $status, first: 100) { totalCount edges { node { ${ROW} } } } }`;
export const REVIEW_QUEUE = `query ProReviewQueue { reviewQueue(first: 100) { totalCount edges { node { ${ROW} summary } } } staleOffers(first: 100) { totalCount edges { node { ${ROW} } } } }`;

export interface Session {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  status: 'SCHEDULED' | 'CANCELLED';
  onlineUrl: string | null;
  venue: { id: string; name: string } | null;
}
export interface Eligibility {
  ageMin: number;
  ageMax: number;
  situations: string[];
  conditions: string | null;
}
export interface Coverage {
  communes: string[];
  epcis: string[];
  departements: string[];
  national: boolean;
}
export interface PreviewOffer {
  title: string;
  summary: string;
  description: string;
  theme: string;
  format: string;
  cost: string;
  remote: boolean;
  responseDelayDays: number;
  engagement: string[];
  externalUrl: string | null;
  phone: string | null;
  validFrom: string | null;
  validUntil: string | null;
  eligibility: Eligibility;
  organisation: { name: string };
  venues: Venue[];
}
export interface PortalOffer extends PreviewOffer {
  id: string;
  status: OfferStatus;
  category: string;
  coverage: Coverage;
  updatedAt: string;
  reviewComment: string | null;
  organisation: Org & { coverage: Coverage };
  sessions: Session[];
  audit: { id: string; action: string; at: string; summary: string; entityType: string; actor: { displayName: string } | null }[];
  /** Exactly what the youth offer page receives. */
  preview: OfferViewData;
}

// The same selection as the youth offer page (features/offer/offer.queries.ts), so the preview renders with its component.
const PREVIEW = `id title summary description theme format cost remote responseDelayDays engagement externalUrl phone validFrom validUntil
  eligibility { ageMin ageMax situations conditions } organisation { id name kind phone email website }
  venues { id name address commune { code name } point { lat lng } }`;
const FULL = `id status category updatedAt reviewComment title summary description theme format cost remote responseDelayDays engagement externalUrl phone validFrom validUntil
  eligibility { ageMin ageMax situations conditions } coverage { communes epcis departements national }
  venues { id name address commune { code name } }
  organisation { id name status coverage { communes epcis departements national } venues { id name address commune { code name } } }
  sessions { id startsAt endsAt capacity status onlineUrl venue { id name } }
  audit { id action at summary entityType actor { displayName } }
  preview { ${PREVIEW} }`;

export const OFFER = `query ProOffer($id: ID!) { portalOffer(id: $id) { ${FULL} } }`;
export const CREATE_OFFER = `mutation ProCreateOffer($organisationId: ID!, $input: OfferInput!) { createOffer(organisationId: $organisationId, input: $input) { id } }`;
export const UPDATE_OFFER = `mutation ProUpdateOffer($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { id } }`;
export const SUBMIT_OFFER = `mutation ProSubmitOffer($id: ID!) { submitOfferForReview(id: $id) { id status } }`;
export const DUPLICATE_OFFER = `mutation ProDuplicateOffer($id: ID!) { duplicateOffer(id: $id) { id } }`;
export const ARCHIVE_OFFER = `mutation ProArchiveOffer($id: ID!) { archiveOffer(id: $id) { id status } }`;
export const PUBLISH_OFFER = `mutation ProPublishOffer($id: ID!) { publishOffer(id: $id) { id status } }`;
export const SEND_BACK = `mutation ProSendBack($id: ID!, $comment: String!) { sendOfferBack(id: $id, comment: $comment) { id status } }`;
export const REMIND_STALE = `mutation ProRemindStale($organisationId: ID!) { remindStaleOffers(organisationId: $organisationId) }`;
export const CREATE_SERIES = `mutation ProCreateSeries($input: SessionSeriesInput!) { createSessionSeries(input: $input) { id } }`;
export const CANCEL_SESSION = `mutation ProCancelSession($id: ID!) { cancelSession(id: $id) { id status } }`;
export const COMMUNES = `query ProCommunes($query: String!) { communes(query: $query) { code name postcodes } }`;

// Accounts: invitation, password reset.
export const ACCEPT_INVITATION = /* GraphQL */ `mutation ProAcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id } }`;
export const REQUEST_RESET = /* GraphQL */ `mutation ProRequestReset($email: String!) { requestPasswordReset(email: $email) }`;
export const RESET_PASSWORD = /* GraphQL */ `mutation ProResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;

// Organisations: profile, validation, invitations.
export interface OrgProfile {
  id: string;
  name: string;
  status: string;
  email: string;
  phone: string;
  website: string | null;
  description: string;
  defaultResponseDelayDays: number;
  coverage: Coverage;
  venues: (Venue & { point: { lat: number; lng: number } })[];
}
const PROFILE = `id name status email phone website description defaultResponseDelayDays coverage { communes epcis departements national }
  venues { id name address commune { code name } point { lat lng } }`;
export const ORG_PROFILE = `query ProOrganisationProfile { portalOrganisations { ${PROFILE} } }`;
export const UPDATE_ORG_PROFILE = `mutation ProUpdateOrganisationProfile($id: ID!, $input: OrganisationProfileInput!) { updateOrganisationProfile(id: $id, input: $input) { ${PROFILE} } }`;
export const PENDING_ORGS = `query ProPendingOrganisations { pendingOrganisations { id name status email } }`;
export const CREATE_ORG = `mutation ProCreateOrganisation($input: NewOrganisationInput!) { createOrganisation(input: $input) { id name } }`;
export const VALIDATE_ORG = `mutation ProValidateOrganisation($id: ID!) { validateOrganisation(id: $id) { id status } }`;
export const INVITE_MEMBER = `mutation ProInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) }`;

export const UPDATE_SESSION = `mutation ProUpdateSession($id: ID!, $input: SessionUpdateInput!) { updateSession(id: $id, input: $input) { id startsAt endsAt capacity status onlineUrl venue { id name } } }`;

// Contact requests: the counsellors' inbox (COUNSELLOR and ORG_ADMIN of the organisation only).
export type ContactRequestStatus = 'NEW' | 'IN_PROGRESS' | 'CLOSED' | 'CANCELLED' | 'EXPIRED';
export type ContactChannel = 'PHONE_CALL' | 'SMS' | 'EMAIL';
export type ContactOutcome = 'REACHED_HELPED' | 'REORIENTED' | 'NO_ANSWER' | 'DECLINED_BY_YOUTH' | 'NOT_ELIGIBLE';
export type ContactAttemptResult = 'REACHED' | 'NO_ANSWER' | 'LEFT_MESSAGE' | 'WRONG_NUMBER';
export type PreferredMoment = 'MORNING' | 'LUNCH' | 'AFTERNOON' | 'EVENING' | 'SATURDAY';
export type ContactRequestEventKind =
  | 'CREATED' | 'ASSIGNED' | 'NOTE' | 'CONTACT_ATTEMPT' | 'CLOSED' | 'TRANSFERRED' | 'REMINDER_SENT'
  | 'OVERDUE_ALERT' | 'YOUTH_CONTACTED' | 'YOUTH_NOT_CONTACTED' | 'CANCELLED' | 'EXPIRED' | 'ERASED';

export interface ContactRequestFilter {
  organisationId?: string;
  statuses?: ContactRequestStatus[];
  overdue?: boolean;
  offerId?: string;
  /** 'ME', 'UNASSIGNED' or an account id. */
  assignee?: string;
}
export interface InboxRow {
  id: string;
  status: ContactRequestStatus;
  outcome: ContactOutcome | null;
  offerId: string;
  offerTitle: string;
  /** Null once erased. */
  firstName: string | null;
  age: number;
  commune: { code: string; name: string };
  channel: ContactChannel;
  createdAt: string;
  dueAt: string;
  /** "jeudi 26 novembre", as the youth was told. */
  dueDateLabel: string;
  overdue: boolean;
  erased: boolean;
  assignee: { id: string; displayName: string } | null;
  organisation: { id: string; name: string };
}
export interface InboxEvent {
  kind: ContactRequestEventKind;
  at: string;
  actor: { id: string; displayName: string } | null;
  attemptChannel: ContactChannel | null;
  attemptResult: ContactAttemptResult | null;
  fromOrganisationName: string | null;
  note: string | null;
}
export interface InboxRequest extends InboxRow {
  situation: string | null;
  phone: string | null;
  phoneE164: string | null;
  email: string | null;
  preferredMoments: PreferredMoment[];
  message: string | null;
  firstContactAt: string | null;
  endedAt: string | null;
  youthReportedContacted: boolean;
  youthReportedNotContacted: boolean;
  transferCount: number;
  attemptCount: number;
  events: InboxEvent[];
}
export interface InboxPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: InboxRow }[];
}

const INBOX_ROW = `id status outcome offerId offerTitle firstName age commune { code name } channel createdAt dueAt dueDateLabel overdue erased
  assignee { id displayName } organisation { id name }`;
const INBOX_FULL = `${INBOX_ROW} situation phone phoneE164 email preferredMoments message firstContactAt endedAt youthReportedContacted youthReportedNotContacted
  transferCount attemptCount events { kind at actor { id displayName } attemptChannel attemptResult fromOrganisationName note }`;

export const INBOX = `query ProInbox($filter: ContactRequestFilter, $first: Int, $after: String) {
  contactRequests(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${INBOX_ROW} } } } }`;
export const INBOX_COUNT = `query ProInboxCount($filter: ContactRequestFilter) { contactRequests(filter: $filter, first: 1) { totalCount } }`;
export const INBOX_CSV = `query ProInboxCsv($filter: ContactRequestFilter) { contactRequestsCsv(filter: $filter) }`;
/** The organisation's published offers (public query), for the inbox's offer filter. */
export const INBOX_OFFERS = `query ProInboxOffers($organisationId: ID!) { offers(first: 100, filter: { organisationId: $organisationId }) { edges { node { id title engagement } } } }`;
export const CONTACT_REQUEST = `query ProContactRequest($id: ID!) { contactRequest(id: $id) { ${INBOX_FULL} } }`;
export const TRANSFER_TARGETS = `query ProTransferTargets($id: ID!) { contactRequestTransferTargets(id: $id) { id name defaultResponseDelayDays } }`;
export const ASSIGN_TO_ME = `mutation ProAssignToMe($id: ID!) { assignContactRequestToMe(id: $id) { ${INBOX_FULL} } }`;
export const LOG_ATTEMPT = `mutation ProLogAttempt($id: ID!, $channel: ContactChannel!, $result: ContactAttemptResult!, $note: String) {
  logContactAttempt(id: $id, channel: $channel, result: $result, note: $note) { ${INBOX_FULL} } }`;
export const ADD_NOTE = `mutation ProAddNote($id: ID!, $note: String!) { addContactRequestNote(id: $id, note: $note) { ${INBOX_FULL} } }`;
export const CLOSE_REQUEST = `mutation ProCloseRequest($id: ID!, $outcome: ContactOutcome!, $note: String) {
  closeContactRequest(id: $id, outcome: $outcome, note: $note) { ${INBOX_FULL} } }`;
// Once transferred the request belongs to another organisation: ask for nothing the viewer may no longer read.
export const TRANSFER_REQUEST = `mutation ProTransferRequest($id: ID!, $organisationId: ID!, $note: String) {
  transferContactRequest(id: $id, organisationId: $organisationId, note: $note) { id organisation { id name } dueDateLabel } }`;
