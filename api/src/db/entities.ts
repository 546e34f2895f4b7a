import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AccountToken } from '../accounts/account-token.entity.js';
import { Account } from '../accounts/account.entity.js';
import { AuthSession } from '../accounts/auth-session.entity.js';
import { Membership } from '../accounts/membership.entity.js';
import { SignInThrottle } from '../accounts/sign-in-throttle.entity.js';
import { ContactRequestEvent } from '../contact-requests/contact-request-event.entity.js';
import { ContactRequest } from '../contact-requests/contact-request.entity.js';
import { RateLimitWindow } from '../rate-limits/rate-limit-window.entity.js';
import { AppSecret } from '../shared/app-secret.entity.js';
import { Booking } from '../bookings/booking.entity.js';
import { CatalogueLoad } from '../catalogue/catalogue-load.entity.js';
import { MailboxMessage } from '../notifications/mailbox-message.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { SearchLogEntry } from '../search/search-log.entity.js';
import { OfferViewDay } from '../statistics/offer-view-day.entity.js';
import { SearchMonthStats } from '../statistics/search-month-stats.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';

/** Every entity, listed explicitly (no folder discovery). */
export const entities = [
  Organisation, Venue, Offer, WorkshopSession, CatalogueLoad, OutboxEvent, SearchLogEntry, MailboxMessage,
  Account, Membership, AuthSession, AccountToken, SignInThrottle, AuditEntry, Booking,
  ContactRequest, ContactRequestEvent, RateLimitWindow, AppSecret, SearchMonthStats, OfferViewDay,
];
