import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { AccountService, type AccountSettings } from '../accounts/account.service.js';
import type { Viewer } from '../accounts/authorization.js';
import { SESSION_COOKIE, clearedSessionSetCookie, readSessionToken, sessionSetCookie } from '../accounts/session-cookie.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { bindAuditActor } from '../audit/audit-context.js';
import { ContactRequestInboxService } from '../contact-requests/contact-request-inbox.service.js';
import { ContactRequestService } from '../contact-requests/contact-request.service.js';
import { PublicMutationLimits } from '../rate-limits/public-mutation-limits.js';
import { RateLimiter } from '../rate-limits/rate-limiter.js';
import { AttendanceService } from '../bookings/attendance.service.js';
import { BookingService, type BookingSettings } from '../bookings/booking.service.js';
import { SessionBookings } from '../bookings/session-bookings.js';
import { OfferService } from '../offers/offer.service.js';
import { OrganisationService } from '../organisations/organisation.service.js';
import { OfferReviewService } from '../portal/offer-review.service.js';
import { OrganisationProfileService } from '../portal/organisation-profile.service.js';
import { PortalOfferService } from '../portal/portal-offer.service.js';
import { WorkshopSessionService } from '../workshops/workshop-session.service.js';
import type { SearchIndex } from '../search/search-index.port.js';
import type { SearchLog } from '../search/search-log.js';
import { SearchService } from '../search/search.service.js';
import type { OfferViewLog } from '../statistics/offer-view-log.js';
import { StatisticsService } from '../statistics/statistics.service.js';
import type { Clock } from '../shared/clock.js';

export interface AppServices {
  accounts: AccountService;
  offers: OfferService;
  organisations: OrganisationService;
  search: SearchService;
  portalOffers: PortalOfferService;
  offerReview: OfferReviewService;
  organisationProfiles: OrganisationProfileService;
  workshopSessions: WorkshopSessionService;
  contactRequests: ContactRequestService;
  contactRequestInbox: ContactRequestInboxService;
  bookings: BookingService;
  attendance: AttendanceService;
  statistics: StatisticsService;
}

/** Lets a resolver send or delete the session cookie with its answer. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext {
  requestId: string;
  log: Logger;
  geo: GeoDirectory;
  services: AppServices;
  /** Now, as the server sees it (tests move it). */
  clock: Clock;
  /** The signed-in professional, from the session cookie; null for everybody else (youths included). */
  viewer: Viewer | null;
  /** The session behind `viewer`, to end it. */
  sessionId: string | null;
  /** The client's address, for sign-in throttling and rate limits. */
  ip: string;
  /** Per-address (and per-target) limits of the public mutations. */
  publicMutationLimits: PublicMutationLimits;
  sessionCookie: SessionCookie;
}

export interface ContextDeps {
  em: EntityManager;
  geo: GeoDirectory;
  clock: Clock;
  searchIndex: SearchIndex;
  searchLog: SearchLog;
  /** Counts offer page views (absent: not counted). */
  offerViews?: OfferViewLog;
  accounts: AccountSettings;
  contactRequests: { tokenSecret: Buffer; retentionMonths: number; rateLimitsEnabled: boolean; contactRequestsPerIpPerHour: number; contactRequestsPerContactPerDay: number; publicMutationsPerIpPerHour: number };
  bookings: BookingSettings;
}

/** The HTTP exchange a GraphQL request arrived on. */
export interface HttpExchange {
  req: IncomingMessage;
  res: ServerResponse;
}

/**
 * One entity manager per request: its identity map never leaks between requests.
 * A request carrying a session cookie is resolved to its viewer here (one query); a request
 * without one (every youth's) costs nothing more.
 */
export async function createContext(deps: ContextDeps, requestId: string, log: Logger, http?: HttpExchange): Promise<GraphQLContext> {
  const em = deps.em.fork();
  const accounts = new AccountService(em, deps.clock, deps.accounts);
  const sessionCookie = sessionCookieOn(http?.res, deps.accounts.secureCookies, deps.clock);
  let viewer: Viewer | null = null;
  let sessionId: string | null = null;
  const token = readSessionToken(http?.req.headers.cookie);
  if (token) {
    const session = await accounts.resolveSession(token);
    if (session) {
      ({ viewer, sessionId } = session);
      if (session.slid) sessionCookie.set(token, session.expiresAt);
    } else {
      sessionCookie.clear();
    }
  }
  // Every change this request flushes is audited under its viewer (audit.subscriber.ts).
  if (viewer) bindAuditActor(em, viewer.accountId);
  const portalOffers = new PortalOfferService(em, deps.geo);
  const rateLimiter = new RateLimiter(em, deps.clock, deps.contactRequests.rateLimitsEnabled, deps.contactRequests.tokenSecret);
  const contactSettings = {
    publicUrl: deps.accounts.publicUrl,
    tokenSecret: deps.contactRequests.tokenSecret,
    retentionMonths: deps.contactRequests.retentionMonths,
    rateLimits: deps.contactRequests,
  };
  return {
    requestId,
    log,
    geo: deps.geo,
    clock: deps.clock,
    services: {
      accounts,
      offers: new OfferService(em, deps.clock, deps.offerViews),
      organisations: new OrganisationService(em),
      search: new SearchService(em, deps.searchIndex, deps.geo, deps.searchLog, deps.clock),
      portalOffers,
      offerReview: new OfferReviewService(em, deps.geo, deps.clock, deps.accounts.publicUrl),
      organisationProfiles: new OrganisationProfileService(em, deps.geo),
      contactRequests: new ContactRequestService(em, deps.geo, deps.clock, contactSettings, rateLimiter),
      contactRequestInbox: new ContactRequestInboxService(em, deps.geo, deps.clock, contactSettings),
      workshopSessions: new WorkshopSessionService(em, deps.geo, deps.clock, portalOffers, new SessionBookings(deps.geo, deps.bookings.publicUrl)),
      bookings: new BookingService(em, deps.geo, deps.clock, deps.bookings),
      attendance: new AttendanceService(em, deps.geo, deps.clock),
      statistics: new StatisticsService(em, deps.geo, deps.clock),
    },
    viewer,
    sessionId,
    ip: clientAddress(http?.req),
    publicMutationLimits: new PublicMutationLimits(rateLimiter, deps.contactRequests.publicMutationsPerIpPerHour),
    sessionCookie,
  };
}

/**
 * Express's req.ip: the socket's address, or the X-Forwarded-For entry our trusted proxies
 * vouch for (TRUSTED_PROXIES); a client's own X-Forwarded-For is never believed.
 */
function clientAddress(req: (IncomingMessage & { ip?: string }) | undefined): string {
  return req?.ip ?? req?.socket.remoteAddress ?? 'unknown';
}

/** The last word wins: a request that slides the session then signs out sends one deleting cookie. */
function sessionCookieOn(res: ServerResponse | undefined, secure: boolean, clock: Clock): SessionCookie {
  const put = (value: string) => {
    if (!res || res.headersSent) return;
    const current = res.getHeader('set-cookie');
    const others = (Array.isArray(current) ? current : current === undefined ? [] : [String(current)]).filter(
      (cookie) => !cookie.startsWith(`${SESSION_COOKIE}=`),
    );
    res.setHeader('set-cookie', [...others, value]);
  };
  return {
    set: (token, expiresAt) => put(sessionSetCookie(token, expiresAt, clock(), secure)),
    clear: () => put(clearedSessionSetCookie(secure)),
  };
}
