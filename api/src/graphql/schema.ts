import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../accounts/account.resolver.js';
import { ContactRequestInboxResolver } from '../contact-requests/contact-request-inbox.resolver.js';
import { ContactRequestResolver } from '../contact-requests/contact-request.resolver.js';
import { AttendanceResolver } from '../bookings/attendance.resolver.js';
import { BookingResolver } from '../bookings/booking.resolver.js';
import { SessionSeatsResolver } from '../bookings/session-seats.resolver.js';
import { CommuneResolver } from '../geo/commune.resolver.js';
import { OfferResolver } from '../offers/offer.resolver.js';
import { OrganisationResolver } from '../organisations/organisation.resolver.js';
import { PortalOfferResolver } from '../portal/portal-offer.resolver.js';
import { PortalOrganisationResolver } from '../portal/portal-organisation.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { StatisticsResolver } from '../statistics/statistics.resolver.js';
import { WorkshopSessionResolver } from '../workshops/workshop-session.resolver.js';

export const resolvers = [
  AccountResolver, CommuneResolver, OfferResolver, OrganisationResolver, SearchResolver,
  PortalOfferResolver, PortalOrganisationResolver, WorkshopSessionResolver,
  ContactRequestResolver, ContactRequestInboxResolver,
  BookingResolver, AttendanceResolver, SessionSeatsResolver,
  StatisticsResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** type-graphql keeps global metadata, so the schema is built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false });
  return built;
}
