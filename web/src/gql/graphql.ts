/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A seat at a workshop session. At least one of email and phone (a French mobile). */
export type BookWorkshopInput = {
  email?: string | null | undefined;
  /** 1..60 characters */
  firstName: string;
  /** Generated once per booking attempt on the device (crypto.randomUUID(), 20–128 URL-safe characters) and sent again on retry: the same booking and token come back. Keep it as secret as the token. */
  idempotencyKey: string;
  /** French mobile, as typed (06 12 34 56 78, +33 6…) */
  phone?: string | null | undefined;
  sessionId: string | number;
};

export type BookingCancelledBy =
  | 'ORGANISATION'
  | 'YOUTH';

export type BookingStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'NO_SHOW'
  | 'WAITLISTED';

export type ContactChannel =
  | 'EMAIL'
  | 'PHONE_CALL'
  | 'SMS';

/** How a CLOSED request ended. NO_ANSWER needs 3 logged attempts. */
export type ContactOutcome =
  | 'DECLINED_BY_YOUTH'
  | 'NOT_ELIGIBLE'
  | 'NO_ANSWER'
  | 'REACHED_HELPED'
  | 'REORIENTED';

/** NEW → IN_PROGRESS → CLOSED; CANCELLED by the youth; EXPIRED after 30 days open. */
export type ContactRequestStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'EXPIRED'
  | 'IN_PROGRESS'
  | 'NEW';

export type EngagementMode =
  | 'BOOKING'
  | 'CONTACT_REQUEST'
  | 'EXTERNAL_LINK'
  | 'PHONE';

export type GeoPointInput = {
  lat: number;
  lng: number;
};

/** PLATFORM_ADMIN: everything. TERRITORY_COORDINATOR: organisations of their départements. ORG_ADMIN, EDITOR, COUNSELLOR: one organisation. */
export type MembershipRole =
  | 'COUNSELLOR'
  | 'EDITOR'
  | 'ORG_ADMIN'
  | 'PLATFORM_ADMIN'
  | 'TERRITORY_COORDINATOR';

export type OfferFormat =
  | 'DROP_IN'
  | 'FINANCIAL_AID'
  | 'INDIVIDUAL_APPOINTMENT'
  | 'ONLINE'
  | 'WORKSHOP';

export type OrganisationKind =
  | 'ADIL'
  | 'ASSOCIATION'
  | 'CAF'
  | 'CPAM'
  | 'EMPLOYER'
  | 'FRANCE_TRAVAIL'
  | 'HABITAT_JEUNES'
  | 'HEALTH_SERVICE'
  | 'INFO_JEUNES'
  | 'LOCAL_AUTHORITY'
  | 'MISSION_LOCALE'
  | 'STATE_SERVICE'
  | 'TRAINING_CENTRE';

export type PreferredMoment =
  | 'AFTERNOON'
  | 'EVENING'
  | 'LUNCH'
  | 'MORNING'
  | 'SATURDAY';

export type RequestContactInput = {
  age: number;
  channel: ContactChannel;
  communeCode: string;
  /** Required for EMAIL; when given with another channel, the acknowledgement is emailed. */
  email?: string | null | undefined;
  firstName: string;
  /** 16–100 characters [A-Za-z0-9_-], random, made once per form: a retry with it returns the same receipt. */
  idempotencyKey: string;
  message?: string | null | undefined;
  /** Version of the information notice the youth saw (contactNotice.version). */
  noticeVersion: string;
  offerId: string | number;
  /** French mobile, as typed (06 12 34 56 78, +33 6…). Required for PHONE_CALL and SMS. */
  phone?: string | null | undefined;
  preferredMoments?: Array<PreferredMoment> | null | undefined;
  situation?: Situation | null | undefined;
};

export type SearchOffersInput = {
  after?: string | null | undefined;
  age?: number | null | undefined;
  /** INSEE code of the youth’s commune. */
  communeCode?: string | null | undefined;
  first?: number;
  formats?: Array<OfferFormat> | null | undefined;
  /** The youth’s position (“autour de moi”). */
  near?: GeoPointInput | null | undefined;
  /** Maximum distance to a venue, 0 < r ≤ 200 km; remote offers stay. */
  radiusKm?: number | null | undefined;
  situation?: Situation | null | undefined;
  sort?: SearchSort;
  /** Words, 200 characters at most. */
  text?: string | null | undefined;
  themes?: Array<ThemeCode> | null | undefined;
};

export type SearchSort =
  | 'DISTANCE'
  | 'RELEVANCE';

export type SessionStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type Situation =
  | 'APPRENTICESHIP'
  | 'EMPLOYED'
  | 'HIGHER_EDUCATION'
  | 'JOB_SEEKER'
  | 'NO_ACTIVITY'
  | 'SCHOOL'
  | 'TRAINING';

export type ThemeCode =
  | 'CIVIC_ENGAGEMENT'
  | 'CULTURE_SPORT'
  | 'DAILY_LIFE'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSING'
  | 'INTERNATIONAL_MOBILITY'
  | 'MOBILITY'
  | 'TRAINING';

export type BookingSessionFieldsFragment = { id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsLeft: number, waitlistLength: number, waitlistFull: boolean, onlineUrl: string | null, venue: { id: string, name: string, address: string, commune: { code: string, name: string } } | null };

export type WorkshopSessionsQueryVariables = Exact<{
  offerId: string | number;
}>;


export type WorkshopSessionsQuery = { workshopSessions: Array<{ id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsLeft: number, waitlistLength: number, waitlistFull: boolean, onlineUrl: string | null, venue: { id: string, name: string, address: string, commune: { code: string, name: string } } | null }> };

export type BookWorkshopMutationVariables = Exact<{
  input: BookWorkshopInput;
}>;


export type BookWorkshopMutation = { bookWorkshop: { id: string, token: string, status: BookingStatus, waitlistPosition: number | null, offerId: string, offerTitle: string, organisationName: string, session: { id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsLeft: number, waitlistLength: number, waitlistFull: boolean, onlineUrl: string | null, venue: { id: string, name: string, address: string, commune: { code: string, name: string } } | null } } };

export type BookingByTokenQueryVariables = Exact<{
  token: string;
}>;


export type BookingByTokenQuery = { bookingByToken: { id: string, status: BookingStatus, waitlistPosition: number | null, cancellable: boolean, cancelledBy: BookingCancelledBy | null, promotedAt: string | null, createdAt: string, offerId: string, offerTitle: string, organisationName: string, session: { id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsLeft: number, waitlistLength: number, waitlistFull: boolean, onlineUrl: string | null, venue: { id: string, name: string, address: string, commune: { code: string, name: string } } | null } } | null };

export type CancelBookingMutationVariables = Exact<{
  token: string;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus, waitlistPosition: number | null, cancellable: boolean, cancelledBy: BookingCancelledBy | null, promotedAt: string | null, createdAt: string, offerId: string, offerTitle: string, organisationName: string, session: { id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsLeft: number, waitlistLength: number, waitlistFull: boolean, onlineUrl: string | null, venue: { id: string, name: string, address: string, commune: { code: string, name: string } } | null } } };

export type BookingTrackingFieldsFragment = { id: string, status: BookingStatus, waitlistPosition: number | null, cancellable: boolean, cancelledBy: BookingCancelledBy | null, promotedAt: string | null, createdAt: string, offerId: string, offerTitle: string, organisationName: string, session: { id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsLeft: number, waitlistLength: number, waitlistFull: boolean, onlineUrl: string | null, venue: { id: string, name: string, address: string, commune: { code: string, name: string } } | null } };

export type BookingCalendarQueryVariables = Exact<{
  token: string;
}>;


export type BookingCalendarQuery = { bookingCalendar: { filename: string, contentType: string, text: string } | null };

export type ContactNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactNoticeQuery = { contactNotice: { version: string, retentionMonths: number } };

export type RequestContactMutationVariables = Exact<{
  input: RequestContactInput;
}>;


export type RequestContactMutation = { requestContact: { id: string, token: string, status: ContactRequestStatus, dueAt: string, dueDateLabel: string, offerTitle: string, organisation: { id: string, name: string, phone: string } } };

export type ContactTrackingFieldsFragment = { id: string, status: ContactRequestStatus, outcome: ContactOutcome | null, dueAt: string, dueDateLabel: string, overdue: boolean, canReportNotContacted: boolean, reportedContacted: boolean, reportedNotContacted: boolean, transferred: boolean, erased: boolean, offerId: string, offerTitle: string, createdAt: string, organisation: { id: string, name: string, phone: string } };

export type ContactTrackingQueryVariables = Exact<{
  token: string;
}>;


export type ContactTrackingQuery = { contactRequestByToken: { id: string, status: ContactRequestStatus, outcome: ContactOutcome | null, dueAt: string, dueDateLabel: string, overdue: boolean, canReportNotContacted: boolean, reportedContacted: boolean, reportedNotContacted: boolean, transferred: boolean, erased: boolean, offerId: string, offerTitle: string, createdAt: string, organisation: { id: string, name: string, phone: string } } | null };

export type ReportContactedMutationVariables = Exact<{
  token: string;
}>;


export type ReportContactedMutation = { reportContacted: { id: string, status: ContactRequestStatus, outcome: ContactOutcome | null, dueAt: string, dueDateLabel: string, overdue: boolean, canReportNotContacted: boolean, reportedContacted: boolean, reportedNotContacted: boolean, transferred: boolean, erased: boolean, offerId: string, offerTitle: string, createdAt: string, organisation: { id: string, name: string, phone: string } } };

export type ReportNotContactedMutationVariables = Exact<{
  token: string;
}>;


export type ReportNotContactedMutation = { reportNotContacted: { id: string, status: ContactRequestStatus, outcome: ContactOutcome | null, dueAt: string, dueDateLabel: string, overdue: boolean, canReportNotContacted: boolean, reportedContacted: boolean, reportedNotContacted: boolean, transferred: boolean, erased: boolean, offerId: string, offerTitle: string, createdAt: string, organisation: { id: string, name: string, phone: string } } };

export type CancelContactRequestMutationVariables = Exact<{
  token: string;
}>;


export type CancelContactRequestMutation = { cancelContactRequest: { id: string, status: ContactRequestStatus, outcome: ContactOutcome | null, dueAt: string, dueDateLabel: string, overdue: boolean, canReportNotContacted: boolean, reportedContacted: boolean, reportedNotContacted: boolean, transferred: boolean, erased: boolean, offerId: string, offerTitle: string, createdAt: string, organisation: { id: string, name: string, phone: string } } };

export type EraseContactRequestMutationVariables = Exact<{
  token: string;
}>;


export type EraseContactRequestMutation = { eraseContactRequest: { id: string, status: ContactRequestStatus, outcome: ContactOutcome | null, dueAt: string, dueDateLabel: string, overdue: boolean, canReportNotContacted: boolean, reportedContacted: boolean, reportedNotContacted: boolean, transferred: boolean, erased: boolean, offerId: string, offerTitle: string, createdAt: string, organisation: { id: string, name: string, phone: string } } };

export type OfferPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferPageQuery = { offer: { id: string, title: string, summary: string, description: string, theme: ThemeCode, format: OfferFormat, cost: string, remote: boolean, responseDelayDays: number, engagement: Array<EngagementMode>, externalUrl: string | null, phone: string | null, validFrom: string | null, validUntil: string | null, eligibility: { ageMin: number, ageMax: number, situations: Array<Situation>, conditions: string | null }, organisation: { id: string, name: string, kind: OrganisationKind, phone: string, email: string, website: string | null }, venues: Array<{ id: string, name: string, address: string, commune: { code: string, name: string }, point: { lat: number, lng: number } }> } | null };

export type ProMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProMeQuery = { me: { id: string, email: string, displayName: string, memberships: Array<{ role: MembershipRole, departements: Array<string>, organisation: { id: string, name: string } | null }> } | null };

export type ProSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ProSignInMutation = { signIn: { id: string, email: string, displayName: string, memberships: Array<{ role: MembershipRole, departements: Array<string>, organisation: { id: string, name: string } | null }> } };

export type ProSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ProSignOutMutation = { signOut: boolean };

export type ProAcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ProAcceptInvitationMutation = { acceptInvitation: { id: string } };

export type ProRequestResetMutationVariables = Exact<{
  email: string;
}>;


export type ProRequestResetMutation = { requestPasswordReset: boolean };

export type ProResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ProResetPasswordMutation = { resetPassword: boolean };

export type CommuneSuggestionsQueryVariables = Exact<{
  query: string;
}>;


export type CommuneSuggestionsQuery = { communes: Array<{ code: string, name: string, postcodes: Array<string>, point: { lat: number, lng: number } }> };

export type SearchResultsQueryVariables = Exact<{
  input: SearchOffersInput;
}>;


export type SearchResultsQuery = { searchOffers: { total: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, facets: { themes: Array<{ value: string, count: number }>, formats: Array<{ value: string, count: number }> }, hits: Array<{ distanceKm: number | null, remote: boolean, offer: { id: string, title: string, summary: string, theme: ThemeCode, format: OfferFormat, responseDelayDays: number, engagement: Array<EngagementMode>, organisation: { id: string, name: string }, venues: Array<{ id: string, commune: { code: string, name: string } }> } }> } };

export type NearestInfoJeunesQueryVariables = Exact<{
  input: SearchOffersInput;
}>;


export type NearestInfoJeunesQuery = { searchOffers: { hits: Array<{ distanceKm: number | null, offer: { id: string, organisation: { id: string, name: string, kind: OrganisationKind, phone: string, venues: Array<{ id: string, name: string, address: string, commune: { code: string, name: string } }> } } }> } };

export const BookingSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BookingSessionFieldsFragment, unknown>;
export const BookingTrackingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BookingTrackingFieldsFragment, unknown>;
export const ContactTrackingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactRequestTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"canReportNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ContactTrackingFieldsFragment, unknown>;
export const WorkshopSessionsDocument = {"__meta__":{"hash":"sha256:d1ecd8a52562fb38eadd447b9438f565c5c8c42460c8ec0a8bc523b38c0ccaf0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSessionsQuery, WorkshopSessionsQueryVariables>;
export const BookWorkshopDocument = {"__meta__":{"hash":"sha256:53ff082e4b1e82863c41c5a0e9e5e9ca76bfe97024b07ab87b03c8739c4fd2e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BookWorkshopMutation, BookWorkshopMutationVariables>;
export const BookingByTokenDocument = {"__meta__":{"hash":"sha256:413b2cd74ba6b9989c5ecce9139586b48a6c0006af588b90578f58e5dbbeea5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingTrackingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSessionFields"}}]}}]}}]} as unknown as DocumentNode<BookingByTokenQuery, BookingByTokenQueryVariables>;
export const CancelBookingDocument = {"__meta__":{"hash":"sha256:c358bd328493ea99c3a07ed3a97121a9b758110a36abdecf7947ae033f24e289"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingTrackingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistFull"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BookingTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"cancellable"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BookingSessionFields"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const BookingCalendarDocument = {"__meta__":{"hash":"sha256:01693660b3c57f6ce320232307b3915f297a71b7a38fbed608fb129616f8b041"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<BookingCalendarQuery, BookingCalendarQueryVariables>;
export const ContactNoticeDocument = {"__meta__":{"hash":"sha256:63f5fcadc3a7f7758065a80577af548437c402a4e841c3fc6a0109606697b572"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonths"}}]}}]}}]} as unknown as DocumentNode<ContactNoticeQuery, ContactNoticeQueryVariables>;
export const RequestContactDocument = {"__meta__":{"hash":"sha256:6c253ca27dbcd71de30304573329a2df0aa154a683442f918c94e0516dca16fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<RequestContactMutation, RequestContactMutationVariables>;
export const ContactTrackingDocument = {"__meta__":{"hash":"sha256:d46ee76a5a07af3d3d1b9d3f56f6c0d8903385cda74326fe5b41d27f8024131f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactRequestByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTrackingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactRequestTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"canReportNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ContactTrackingQuery, ContactTrackingQueryVariables>;
export const ReportContactedDocument = {"__meta__":{"hash":"sha256:e37f0a663e68de590e35118f522846449707834290a1e9520b07a46dca320a08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportContacted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportContacted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTrackingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactRequestTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"canReportNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ReportContactedMutation, ReportContactedMutationVariables>;
export const ReportNotContactedDocument = {"__meta__":{"hash":"sha256:dede10a392005a91c49a43e0bfcdcf52c0881d1532b4550813d4f4d30bd1dff0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportNotContacted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportNotContacted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTrackingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactRequestTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"canReportNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ReportNotContactedMutation, ReportNotContactedMutationVariables>;
export const CancelContactRequestDocument = {"__meta__":{"hash":"sha256:c57a7c3b21578b396429087ae1dc26a9c186b1c78570ce8edaffa0f85b80c5bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelContactRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelContactRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTrackingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactRequestTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"canReportNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CancelContactRequestMutation, CancelContactRequestMutationVariables>;
export const EraseContactRequestDocument = {"__meta__":{"hash":"sha256:f5be314a64e79073967534503e1123cad88fc7348314ea78836a56a4600f8c39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseContactRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseContactRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTrackingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTrackingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactRequestTracking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"canReportNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedContacted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedNotContacted"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<EraseContactRequestMutation, EraseContactRequestMutationVariables>;
export const OfferPageDocument = {"__meta__":{"hash":"sha256:5ba5c73a12c09448dc2f9f0895464bb122ee0c8345d9d320208057ea0bd6fc5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"responseDelayDays"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"situations"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferPageQuery, OfferPageQueryVariables>;
export const ProMeDocument = {"__meta__":{"hash":"sha256:01e2f0abda7cd7c8ebba850bce7d7a1b98faa13f44f9f67e24d2a24550e71a5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departements"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProMeQuery, ProMeQueryVariables>;
export const ProSignInDocument = {"__meta__":{"hash":"sha256:74f5b3a32e97a995d520ea69ed66220b5e0bcd2a51dd6fbe2ce8e9a29c6b3808"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departements"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProSignInMutation, ProSignInMutationVariables>;
export const ProSignOutDocument = {"__meta__":{"hash":"sha256:09d4be9648532859c881b6cfc92de927b67bea7f4e1bd7b39596c87d43f9e89a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<ProSignOutMutation, ProSignOutMutationVariables>;
export const ProAcceptInvitationDocument = {"__meta__":{"hash":"sha256:a72e7f6ee2fdb2ae35e8bcce450a4213b891f7f375b5604f825c3352090a4822"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProAcceptInvitationMutation, ProAcceptInvitationMutationVariables>;
export const ProRequestResetDocument = {"__meta__":{"hash":"sha256:eaa4e2b234f198ee13ad0f674ea13e2cb478579d306ded3283b9ff5590413acc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProRequestReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<ProRequestResetMutation, ProRequestResetMutationVariables>;
export const ProResetPasswordDocument = {"__meta__":{"hash":"sha256:284e1d1094493f87fa8f0cf441a221fb7ad63b18465c03cac4344d5d2f4822ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ProResetPasswordMutation, ProResetPasswordMutationVariables>;
export const CommuneSuggestionsDocument = {"__meta__":{"hash":"sha256:7377c79f999f48050843dc571da2b7878d19192f627d2ba2a31a9408b1a79d65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postcodes"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}}]} as unknown as DocumentNode<CommuneSuggestionsQuery, CommuneSuggestionsQueryVariables>;
export const SearchResultsDocument = {"__meta__":{"hash":"sha256:6b3daa812d08b6b71bdce33e79e0beef2ec28778b2c9f1e2b844818245a3e846"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchOffersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"responseDelayDays"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchResultsQuery, SearchResultsQueryVariables>;
export const NearestInfoJeunesDocument = {"__meta__":{"hash":"sha256:082b751817422b39d5c21e6e72711e1d7943cd814634c55e32e5ca15614ec18c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearestInfoJeunes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchOffersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NearestInfoJeunesQuery, NearestInfoJeunesQueryVariables>;