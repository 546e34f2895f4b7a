/**
 * Every protected operation × every kind of person: allowed, or refused with FORBIDDEN /
 * UNAUTHENTICATED and nothing written. Adding a query or a mutation to the schema fails the
 * last test until it gets a row here (or is declared public, with the reason).
 *
 * A row: the GraphQL document, its variables (made fresh for each person, so that allowed
 * calls do not collide), the expected outcome per person, and a `written` probe counting the
 * rows the operation would write.
 */
import type { EntityManager } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccountToken } from '../src/accounts/account-token.entity.js';
import { Account } from '../src/accounts/account.entity.js';
import { Membership } from '../src/accounts/membership.entity.js';
import { SignInThrottle } from '../src/accounts/sign-in-throttle.entity.js';
import { buildAppSchema } from '../src/graphql/schema.js';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { Offer } from '../src/offers/offer.entity.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import { Venue } from '../src/organisations/venue.entity.js';
import { WorkshopSession } from '../src/workshops/workshop-session.entity.js';
import { Booking } from '../src/bookings/booking.entity.js';
import { INVITE, ME, createAccount, organisationId, signedIn } from './support/accounts.js';
import * as bookings from './support/bookings.js';
import * as portal from './support/portal.js';
import * as contact from './support/contact-requests.js';
import * as statistics from './support/statistics.js';
import { OfferViewDay } from '../src/statistics/offer-view-day.entity.js';
import { ContactRequest } from '../src/contact-requests/contact-request.entity.js';
import { ContactRequestEvent } from '../src/contact-requests/contact-request-event.entity.js';
import { DATABASE_KINDS } from './support/databases.js';
import { FIXED_NOW, useTestServer, type TestClient } from './support/test-server.js';

/** Who asks. Each is a demo account (README), except anonymous. */
const PEOPLE = {
  anonymous: null,
  'PLATFORM_ADMIN': 'admin@balise.test',
  'TERRITORY_COORDINATOR (40)': 'coordination-landes@balise.test',
  'ORG_ADMIN ml-landes': 'direction@ml-landes.balise.test',
  'EDITOR ml-landes': 'edition@ml-landes.balise.test',
  'COUNSELLOR ml-landes': 'conseil@ml-landes.balise.test',
  'COUNSELLOR ml-pau (another organisation)': 'conseil@ml-pau.balise.test',
  'EDITOR ml-pau (another organisation)': 'matrix-edition@ml-pau.balise.test',
} as const;
/** Not a demo account: created for the matrix. */
const MATRIX_EDITOR_PAU_PASSWORD = 'un mot de passe assez long';
type Person = keyof typeof PEOPLE;

type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';

interface MatrixContext {
  organisations: { mlLandes: string; mlPau: string };
  /** Unique per (row, person): for emails and other unique values. */
  unique: string;
  /** For fixtures the operation needs (written before the `written` probe). */
  em: EntityManager;
}

interface MatrixRow {
  operation: string;
  /** The schema field it exercises, e.g. 'Mutation.inviteMember'. */
  field: string;
  document: string;
  variables: (context: MatrixContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expected: Record<Person, Outcome>;
  /** Counts what the operation writes; must not move on refusal (and must move when an allowed mutation writes). */
  written: (em: EntityManager) => Promise<number>;
  writesWhenAllowed: boolean;
}

const accountsWritten = async (em: EntityManager) =>
  (await em.count(Account, {})) + (await em.count(Membership, {})) + (await em.count(AccountToken, {})) + (await em.count(OutboxEvent, {}));

const everybody = (outcome: Outcome): Record<Person, Outcome> =>
  Object.fromEntries(Object.keys(PEOPLE).map((person) => [person, outcome])) as Record<Person, Outcome>;

const MATRIX: MatrixRow[] = [
  {
    operation: 'me',
    field: 'Query.me',
    document: ME,
    variables: () => ({}),
    expected: everybody('ALLOWED'), // public: null when signed out
    written: accountsWritten,
    writesWhenAllowed: false,
  },
  {
    operation: 'inviteMember (into ml-landes)',
    field: 'Mutation.inviteMember',
    document: INVITE,
    variables: ({ organisations, unique }) => ({
      input: { email: `matrix-${unique}@example.org`, displayName: 'Matrice', organisationId: organisations.mlLandes, roles: ['EDITOR'] },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      'PLATFORM_ADMIN': 'ALLOWED',
      'TERRITORY_COORDINATOR (40)': 'ALLOWED',
      'ORG_ADMIN ml-landes': 'ALLOWED',
      'EDITOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-pau (another organisation)': 'FORBIDDEN',
      'EDITOR ml-pau (another organisation)': 'FORBIDDEN',
    },
    written: accountsWritten,
    writesWhenAllowed: true,
  },
  {
    operation: 'inviteMember (into ml-pau, outside the Landes)',
    field: 'Mutation.inviteMember',
    document: INVITE,
    variables: ({ organisations, unique }) => ({
      input: { email: `matrix-${unique}@example.org`, displayName: 'Matrice', organisationId: organisations.mlPau, roles: ['COUNSELLOR'] },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      'PLATFORM_ADMIN': 'ALLOWED',
      'TERRITORY_COORDINATOR (40)': 'FORBIDDEN',
      'ORG_ADMIN ml-landes': 'FORBIDDEN',
      'EDITOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-pau (another organisation)': 'FORBIDDEN',
      'EDITOR ml-pau (another organisation)': 'FORBIDDEN',
    },
    written: accountsWritten,
    writesWhenAllowed: true,
  },
];

const portalWritten = async (em: EntityManager) =>
  (await em.count(Offer, {})) + (await em.count(AuditEntry, {})) + (await em.count(OutboxEvent, {})) + (await em.count(WorkshopSession, {})) +
  (await em.count(Organisation, {})) + (await em.count(Venue, {}));

const signedInOnly = (outcome: Outcome): Record<Person, Outcome> => ({ ...everybody(outcome), anonymous: 'UNAUTHENTICATED' });
/** offers.edit on the Mission Locale des Landes. */
const LANDES_EDITORS: Record<Person, Outcome> = {
  ...signedInOnly('FORBIDDEN'),
  'PLATFORM_ADMIN': 'ALLOWED',
  'TERRITORY_COORDINATOR (40)': 'ALLOWED',
  'ORG_ADMIN ml-landes': 'ALLOWED',
  'EDITOR ml-landes': 'ALLOWED',
};
/** organisation.edit on the Mission Locale des Landes. */
const LANDES_PROFILE_EDITORS: Record<Person, Outcome> = { ...LANDES_EDITORS, 'EDITOR ml-landes': 'FORBIDDEN' };
/** offers.review / organisations.validate in the Landes. */
const LANDES_REVIEWERS: Record<Person, Outcome> = { ...signedInOnly('FORBIDDEN'), 'PLATFORM_ADMIN': 'ALLOWED', 'TERRITORY_COORDINATOR (40)': 'ALLOWED' };
/** Lists over whatever organisations the viewer may edit offers of (empty reach: FORBIDDEN). */
const ANY_EDITOR: Record<Person, Outcome> = { ...LANDES_EDITORS, 'EDITOR ml-pau (another organisation)': 'ALLOWED' };

const landesWorkshop = async ({ em, organisations }: MatrixContext, status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' = 'DRAFT') =>
  portal.fixtureOffer(em, organisations.mlLandes, status);
const landesVenue = async ({ em, organisations }: MatrixContext) => (await portal.venuesOf(em, organisations.mlLandes))[0]!.id;

const PORTAL_MATRIX: MatrixRow[] = [
  { operation: 'portalOrganisations', field: 'Query.portalOrganisations', document: portal.PORTAL_ORGANISATIONS, variables: () => ({}), expected: ANY_EDITOR, written: portalWritten, writesWhenAllowed: false },
  { operation: 'pendingOrganisations', field: 'Query.pendingOrganisations', document: portal.PENDING_ORGANISATIONS, variables: () => ({}), expected: LANDES_REVIEWERS, written: portalWritten, writesWhenAllowed: false },
  { operation: 'reviewQueue', field: 'Query.reviewQueue', document: portal.REVIEW_QUEUE, variables: () => ({ first: 5 }), expected: LANDES_REVIEWERS, written: portalWritten, writesWhenAllowed: false },
  { operation: 'staleOffers', field: 'Query.staleOffers', document: portal.STALE_OFFERS, variables: () => ({ first: 5 }), expected: ANY_EDITOR, written: portalWritten, writesWhenAllowed: false },
  {
    operation: 'portalOffers (ml-landes)', field: 'Query.portalOffers', document: portal.PORTAL_OFFERS,
    variables: ({ organisations }) => ({ organisationId: organisations.mlLandes, first: 5 }), expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: false,
  },
  {
    operation: 'portalOffer (ml-landes draft)', field: 'Query.portalOffer', document: portal.PORTAL_OFFER,
    variables: async (context) => ({ id: await landesWorkshop(context) }), expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: false,
  },
  {
    operation: 'createOffer (ml-landes)', field: 'Mutation.createOffer', document: portal.CREATE_OFFER,
    variables: async (context) => ({ organisationId: context.organisations.mlLandes, input: portal.workshopInput(await landesVenue(context)) }),
    expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'updateOffer (ml-landes draft)', field: 'Mutation.updateOffer', document: portal.UPDATE_OFFER,
    variables: async (context) => ({ id: await landesWorkshop(context), input: portal.workshopInput(await landesVenue(context)) }),
    expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'submitOfferForReview (ml-landes draft)', field: 'Mutation.submitOfferForReview', document: portal.SUBMIT_OFFER,
    variables: async (context) => ({ id: await landesWorkshop(context) }), expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'duplicateOffer (ml-landes)', field: 'Mutation.duplicateOffer', document: portal.DUPLICATE_OFFER,
    variables: async (context) => ({ id: await landesWorkshop(context) }), expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'archiveOffer (ml-landes)', field: 'Mutation.archiveOffer', document: portal.ARCHIVE_OFFER,
    variables: async (context) => ({ id: await landesWorkshop(context, 'PUBLISHED') }), expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'publishOffer (ml-landes, in review)', field: 'Mutation.publishOffer', document: portal.PUBLISH_OFFER,
    variables: async (context) => ({ id: await landesWorkshop(context, 'IN_REVIEW') }), expected: LANDES_REVIEWERS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'sendOfferBack (ml-landes, in review)', field: 'Mutation.sendOfferBack', document: portal.SEND_BACK,
    variables: async (context) => ({ id: await landesWorkshop(context, 'IN_REVIEW'), comment: 'À reprendre.' }), expected: LANDES_REVIEWERS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'remindStaleOffers (ml-landes)', field: 'Mutation.remindStaleOffers', document: portal.REMIND_STALE,
    variables: async ({ em, organisations }) => {
      await portal.fixtureOffer(em, organisations.mlLandes, 'PUBLISHED', { updatedAt: new Date('2025-01-01T00:00:00Z') });
      return { organisationId: organisations.mlLandes };
    },
    expected: LANDES_REVIEWERS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'updateOrganisationProfile (ml-landes)', field: 'Mutation.updateOrganisationProfile', document: portal.UPDATE_PROFILE,
    variables: async ({ em, organisations, unique }) => ({ id: organisations.mlLandes, input: await portal.profileInput(em, organisations.mlLandes, { description: `Présentation ${unique}` }) }),
    expected: LANDES_PROFILE_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'createOrganisation (in the Landes)', field: 'Mutation.createOrganisation', document: portal.CREATE_ORGANISATION,
    variables: ({ unique }) => ({
      input: {
        name: `Association ${unique}`, kind: 'ASSOCIATION', email: 'contact@asso.balise.test', phone: '05 58 00 00 00', description: '', defaultResponseDelayDays: 3,
        coverage: { communes: ['40088'] }, venues: [{ name: 'Local', address: '1 rue du Port', communeCode: '40088' }],
      },
    }),
    expected: LANDES_REVIEWERS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'validateOrganisation (pending, in the Landes)', field: 'Mutation.validateOrganisation', document: portal.VALIDATE_ORGANISATION,
    variables: async ({ em }) => ({ id: await portal.fixturePendingOrganisation(em) }), expected: LANDES_REVIEWERS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'createSessionSeries (ml-landes workshop)', field: 'Mutation.createSessionSeries', document: portal.CREATE_SERIES,
    variables: async (context) => ({
      input: { offerId: await landesWorkshop(context), firstDate: '2026-12-01', startTime: '14:00', durationMinutes: 90, everyWeeks: 1, until: '2026-12-15', capacity: 12, onlineUrl: 'https://visio.balise.test/a' },
    }),
    expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'updateSession (ml-landes workshop)', field: 'Mutation.updateSession', document: portal.UPDATE_SESSION,
    variables: async (context) => ({
      id: await portal.fixtureSession(context.em, await landesWorkshop(context)),
      input: { date: '2026-12-02', startTime: '10:00', durationMinutes: 60, capacity: 8, onlineUrl: 'https://visio.balise.test/b' },
    }),
    expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
  {
    operation: 'cancelSession (ml-landes workshop)', field: 'Mutation.cancelSession', document: portal.CANCEL_SESSION,
    variables: async (context) => ({ id: await portal.fixtureSession(context.em, await landesWorkshop(context)) }),
    expected: LANDES_EDITORS, written: portalWritten, writesWhenAllowed: true,
  },
];
MATRIX.push(...PORTAL_MATRIX);

const contactWritten = async (em: EntityManager) =>
  (await em.count(ContactRequest, { status: { $ne: 'NEW' } })) + (await em.count(ContactRequestEvent, {})) + (await em.count(OutboxEvent, {}));
/** contactRequests.handle on the Mission Locale des Landes: its counsellors and admins, nobody else (not even platform admins). */
const LANDES_COUNSELLORS: Record<Person, Outcome> = { ...signedInOnly('FORBIDDEN'), 'ORG_ADMIN ml-landes': 'ALLOWED', 'COUNSELLOR ml-landes': 'ALLOWED' };
/** Lists over the viewer's own organisations' requests (empty reach: FORBIDDEN). */
const ANY_COUNSELLOR: Record<Person, Outcome> = { ...LANDES_COUNSELLORS, 'COUNSELLOR ml-pau (another organisation)': 'ALLOWED' };
const landesRequest = async ({ em, organisations }: MatrixContext) => ({ id: await contact.fixtureContactRequest(em, organisations.mlLandes) });

const CONTACT_MATRIX: MatrixRow[] = [
  { operation: 'contactRequests', field: 'Query.contactRequests', document: contact.INBOX, variables: () => ({}), expected: ANY_COUNSELLOR, written: contactWritten, writesWhenAllowed: false },
  { operation: 'contactRequestsCsv', field: 'Query.contactRequestsCsv', document: contact.INBOX_CSV, variables: () => ({}), expected: ANY_COUNSELLOR, written: contactWritten, writesWhenAllowed: false },
  { operation: 'contactRequest (ml-landes)', field: 'Query.contactRequest', document: contact.INBOX_REQUEST, variables: landesRequest, expected: LANDES_COUNSELLORS, written: contactWritten, writesWhenAllowed: false },
  {
    operation: 'contactRequestTransferTargets (ml-landes)', field: 'Query.contactRequestTransferTargets', document: contact.TRANSFER_TARGETS,
    variables: landesRequest, expected: LANDES_COUNSELLORS, written: contactWritten, writesWhenAllowed: false,
  },
  { operation: 'assignContactRequestToMe (ml-landes)', field: 'Mutation.assignContactRequestToMe', document: contact.ASSIGN_TO_ME, variables: landesRequest, expected: LANDES_COUNSELLORS, written: contactWritten, writesWhenAllowed: true },
  {
    operation: 'logContactAttempt (ml-landes)', field: 'Mutation.logContactAttempt', document: contact.LOG_ATTEMPT,
    variables: async (context) => ({ ...(await landesRequest(context)), channel: 'PHONE_CALL', result: 'NO_ANSWER' }), expected: LANDES_COUNSELLORS, written: contactWritten, writesWhenAllowed: true,
  },
  {
    operation: 'addContactRequestNote (ml-landes)', field: 'Mutation.addContactRequestNote', document: contact.ADD_NOTE,
    variables: async (context) => ({ ...(await landesRequest(context)), note: 'Note' }), expected: LANDES_COUNSELLORS, written: contactWritten, writesWhenAllowed: true,
  },
  {
    operation: 'closeContactRequest (ml-landes)', field: 'Mutation.closeContactRequest', document: contact.CLOSE_REQUEST,
    variables: async (context) => ({ ...(await landesRequest(context)), outcome: 'REORIENTED' }), expected: LANDES_COUNSELLORS, written: contactWritten, writesWhenAllowed: true,
  },
  {
    operation: 'transferContactRequest (ml-landes → ml-pau)', field: 'Mutation.transferContactRequest', document: contact.TRANSFER_REQUEST,
    variables: async (context) => ({ ...(await landesRequest(context)), organisationId: context.organisations.mlPau }), expected: LANDES_COUNSELLORS, written: contactWritten, writesWhenAllowed: true,
  },
];
MATRIX.push(...CONTACT_MATRIX);
/** bookings.manage on the Mission Locale des Landes: its ORG_ADMIN, EDITOR and COUNSELLOR; not coordinators. */
const LANDES_BOOKING_MANAGERS: Record<Person, Outcome> = {
  ...signedInOnly('FORBIDDEN'),
  'PLATFORM_ADMIN': 'ALLOWED',
  'ORG_ADMIN ml-landes': 'ALLOWED',
  'EDITOR ml-landes': 'ALLOWED',
  'COUNSELLOR ml-landes': 'ALLOWED',
};
const bookingsWritten = async (em: EntityManager) =>
  (await em.count(Booking, {})) + (await em.count(Booking, { attendanceMarkedAt: { $ne: null } })) + (await em.count(OutboxEvent, {}));
/** A published Landes workshop session (started an hour before the matrix's clock when `started`) with one confirmed booking. */
const landesBooking = async (context: MatrixContext, started = false) => {
  const offerId = await bookings.bookableOffer(context.em, context.organisations.mlLandes);
  const sessionId = await bookings.bookableSession(context.em, offerId, started ? { startsAt: new Date(FIXED_NOW.getTime() - 3_600_000) } : {});
  return { sessionId, bookingId: await bookings.fixtureBooking(context.em, sessionId) };
};

MATRIX.push(
  {
    operation: 'sessionAttendance (ml-landes session)', field: 'Query.sessionAttendance', document: bookings.SESSION_ATTENDANCE,
    variables: async (context) => ({ sessionId: (await landesBooking(context)).sessionId }), expected: LANDES_BOOKING_MANAGERS, written: bookingsWritten, writesWhenAllowed: false,
  },
  {
    operation: 'sessionAttendanceCsv (ml-landes session)', field: 'Query.sessionAttendanceCsv', document: bookings.SESSION_ATTENDANCE_CSV,
    variables: async (context) => ({ sessionId: (await landesBooking(context)).sessionId }), expected: LANDES_BOOKING_MANAGERS, written: bookingsWritten, writesWhenAllowed: false,
  },
  {
    operation: 'markAttendance (ml-landes, started session)', field: 'Mutation.markAttendance', document: bookings.MARK_ATTENDANCE,
    variables: async (context) => ({ bookingId: (await landesBooking(context, true)).bookingId, attended: true }), expected: LANDES_BOOKING_MANAGERS, written: bookingsWritten, writesWhenAllowed: true,
  },
  {
    operation: 'offerBookingStats (ml-landes)', field: 'Query.offerBookingStats', document: bookings.OFFER_BOOKING_STATS,
    variables: ({ organisations }) => ({ organisationId: organisations.mlLandes }), expected: LANDES_BOOKING_MANAGERS, written: bookingsWritten, writesWhenAllowed: false,
  },
);

/** statistics.organisation on the Mission Locale des Landes: counts only, so its coordinators too; not its editors. */
const LANDES_STATISTICS: Record<Person, Outcome> = {
  ...signedInOnly('FORBIDDEN'),
  'PLATFORM_ADMIN': 'ALLOWED',
  'TERRITORY_COORDINATOR (40)': 'ALLOWED',
  'ORG_ADMIN ml-landes': 'ALLOWED',
  'COUNSELLOR ml-landes': 'ALLOWED',
};
/** statistics.territory: the coordinator's own départements, platform admins anywhere. */
const TERRITORY_STATISTICS: Record<Person, Outcome> = { ...signedInOnly('FORBIDDEN'), 'PLATFORM_ADMIN': 'ALLOWED', 'TERRITORY_COORDINATOR (40)': 'ALLOWED' };
const statisticsWritten = (em: EntityManager) => em.count(OfferViewDay, {});
const period = statistics.YEAR_2026;

MATRIX.push(
  {
    operation: 'organisationStatistics (ml-landes)', field: 'Query.organisationStatistics', document: statistics.ORGANISATION_STATISTICS,
    variables: ({ organisations }) => ({ organisationId: organisations.mlLandes, period }), expected: LANDES_STATISTICS, written: statisticsWritten, writesWhenAllowed: false,
  },
  {
    operation: 'territoryStatistics (own territory)', field: 'Query.territoryStatistics', document: statistics.TERRITORY_STATISTICS,
    variables: () => ({ period }), expected: TERRITORY_STATISTICS, written: statisticsWritten, writesWhenAllowed: false,
  },
  {
    operation: 'territoryStatistics (Pyrénées-Atlantiques)', field: 'Query.territoryStatistics', document: statistics.TERRITORY_STATISTICS,
    variables: () => ({ period, departement: '64' }), expected: { ...TERRITORY_STATISTICS, 'TERRITORY_COORDINATOR (40)': 'FORBIDDEN' }, written: statisticsWritten, writesWhenAllowed: false,
  },
  {
    operation: 'statisticsCsv (ORGANISATION_MONTHS, ml-landes)', field: 'Query.statisticsCsv', document: statistics.STATISTICS_CSV,
    variables: ({ organisations }) => ({ table: 'ORGANISATION_MONTHS', organisationId: organisations.mlLandes, period }), expected: LANDES_STATISTICS, written: statisticsWritten, writesWhenAllowed: false,
  },
  {
    operation: 'statisticsCsv (TERRITORY_THEMES)', field: 'Query.statisticsCsv', document: statistics.STATISTICS_CSV,
    variables: () => ({ table: 'TERRITORY_THEMES', period }), expected: TERRITORY_STATISTICS, written: statisticsWritten, writesWhenAllowed: false,
  },
);

/** Operations anybody may call, and why; everything else needs a row above. */
const PUBLIC_OPERATIONS: Record<string, string> = {
  'Query.themes': 'catalogue',
  'Query.communes': 'catalogue',
  'Query.offers': 'catalogue',
  'Query.offer': 'catalogue',
  'Query.organisations': 'catalogue',
  'Query.searchOffers': 'catalogue',
  'Mutation.signIn': 'how one gets a session',
  'Mutation.signOut': 'ends the caller’s own session, if any',
  'Mutation.acceptInvitation': 'the emailed token is the credential',
  'Mutation.requestPasswordReset': 'answers true for anyone, sends only to the address',
  'Mutation.resetPassword': 'the emailed token is the credential',
  'Query.contactNotice': 'the notice shown above the youth’s form',
  'Mutation.requestContact': 'youths have no account; rate-limited per connection and per phone/email',
  'Query.contactRequestByToken': 'the tracking token is the capability (null when unknown)',
  'Mutation.reportContacted': 'the tracking token is the capability',
  'Mutation.reportNotContacted': 'the tracking token is the capability',
  'Mutation.cancelContactRequest': 'the tracking token is the capability',
  'Mutation.eraseContactRequest': 'the tracking token is the capability',
  'Query.workshopSessions': 'catalogue: sessions of published workshops, seat counts only',
  'Mutation.bookWorkshop': 'youths book without an account',
  'Query.bookingByToken': 'the booking’s token is the credential',
  'Mutation.cancelBooking': 'the booking’s token is the credential',
  'Query.bookingCalendar': 'the booking’s token is the credential',
};

describe.each(DATABASE_KINDS)('authorization matrix on %s', (kind) => {
  const context = useTestServer(kind);
  const clients = new Map<Person, TestClient>();
  const organisations = { mlLandes: '', mlPau: '' };

  beforeAll(async () => {
    organisations.mlLandes = await organisationId(context.server.orm.em, 'ml-landes');
    organisations.mlPau = await organisationId(context.server.orm.em, 'ml-pau');
    await createAccount(context.server.orm.em, PEOPLE['EDITOR ml-pau (another organisation)'], MATRIX_EDITOR_PAU_PASSWORD, [{ role: 'EDITOR', organisationId: organisations.mlPau }]);
    for (const [person, email] of Object.entries(PEOPLE) as [Person, string | null][]) {
      const client = context.server.client();
      const password = person === 'EDITOR ml-pau (another organisation)' ? MATRIX_EDITOR_PAU_PASSWORD : undefined;
      clients.set(person, email ? await signedIn(client, email, password) : client);
    }
    await context.server.orm.em.fork().nativeDelete(SignInThrottle, {});
  });

  const cases = MATRIX.flatMap((row, rowIndex) =>
    (Object.keys(PEOPLE) as Person[]).map((person, personIndex) => ({ row, person, outcome: row.expected[person], unique: `${kind}-${rowIndex}-${personIndex}` })),
  );

  it.each(cases)('$row.operation as $person → $outcome', async ({ row, person, outcome, unique }) => {
    const em = () => context.server.orm.em.fork();
    const variables = await row.variables({ organisations, unique, em: em() });
    const before = await row.written(em());
    const answer = await clients.get(person)!.gql(row.document, variables);
    const after = await row.written(em());
    if (outcome === 'ALLOWED') {
      expect(answer.errors).toBeUndefined();
      if (row.writesWhenAllowed) expect(after).toBeGreaterThan(before);
    } else {
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual([outcome]);
      expect(after, 'nothing written on refusal').toBe(before);
    }
  });
});

describe('authorization matrix coverage', () => {
  it('has a row for every query and mutation that is not public', async () => {
    const schema = await buildAppSchema();
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    const covered = new Set(MATRIX.map((row) => row.field));
    const missing = operations.filter((operation) => !PUBLIC_OPERATIONS[operation] && !covered.has(operation));
    expect(missing).toEqual([]);
    expect(Object.keys(PUBLIC_OPERATIONS).filter((operation) => !operations.includes(operation))).toEqual([]);
  });
});
