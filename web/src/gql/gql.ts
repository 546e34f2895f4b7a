/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BookingSessionFields on WorkshopSession {\n    id\n    startsAt\n    endsAt\n    status\n    seatsLeft\n    waitlistLength\n    waitlistFull\n    onlineUrl\n    venue {\n      id\n      name\n      address\n      commune {\n        code\n        name\n      }\n    }\n  }\n": typeof types.BookingSessionFieldsFragmentDoc,
    "\n  query WorkshopSessions($offerId: ID!) {\n    workshopSessions(offerId: $offerId) {\n      ...BookingSessionFields\n    }\n  }\n": typeof types.WorkshopSessionsDocument,
    "\n  mutation BookWorkshop($input: BookWorkshopInput!) {\n    bookWorkshop(input: $input) {\n      id\n      token\n      status\n      waitlistPosition\n      offerId\n      offerTitle\n      organisationName\n      session {\n        ...BookingSessionFields\n      }\n    }\n  }\n": typeof types.BookWorkshopDocument,
    "\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n": typeof types.BookingByTokenDocument,
    "\n  mutation CancelBooking($token: String!) {\n    cancelBooking(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  fragment BookingTrackingFields on BookingTracking {\n    id\n    status\n    waitlistPosition\n    cancellable\n    cancelledBy\n    promotedAt\n    createdAt\n    offerId\n    offerTitle\n    organisationName\n    session {\n      ...BookingSessionFields\n    }\n  }\n": typeof types.BookingTrackingFieldsFragmentDoc,
    "\n  query BookingCalendar($token: String!) {\n    bookingCalendar(token: $token) {\n      filename\n      contentType\n      text\n    }\n  }\n": typeof types.BookingCalendarDocument,
    "\n  query ContactNotice {\n    contactNotice {\n      version\n      retentionMonths\n    }\n  }\n": typeof types.ContactNoticeDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      token\n      status\n      dueAt\n      dueDateLabel\n      offerTitle\n      organisation {\n        id\n        name\n        phone\n      }\n    }\n  }\n": typeof types.RequestContactDocument,
    "\n  fragment ContactTrackingFields on ContactRequestTracking {\n    id\n    status\n    outcome\n    dueAt\n    dueDateLabel\n    overdue\n    canReportNotContacted\n    reportedContacted\n    reportedNotContacted\n    transferred\n    erased\n    offerId\n    offerTitle\n    createdAt\n    organisation {\n      id\n      name\n      phone\n    }\n  }\n": typeof types.ContactTrackingFieldsFragmentDoc,
    "\n  query ContactTracking($token: String!) {\n    contactRequestByToken(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": typeof types.ContactTrackingDocument,
    "\n  mutation ReportContacted($token: String!) {\n    reportContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": typeof types.ReportContactedDocument,
    "\n  mutation ReportNotContacted($token: String!) {\n    reportNotContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": typeof types.ReportNotContactedDocument,
    "\n  mutation CancelContactRequest($token: String!) {\n    cancelContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": typeof types.CancelContactRequestDocument,
    "\n  mutation EraseContactRequest($token: String!) {\n    eraseContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": typeof types.EraseContactRequestDocument,
    "\n  query OfferPage($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      summary\n      description\n      theme\n      format\n      cost\n      remote\n      responseDelayDays\n      engagement\n      externalUrl\n      phone\n      validFrom\n      validUntil\n      eligibility {\n        ageMin\n        ageMax\n        situations\n        conditions\n      }\n      organisation {\n        id\n        name\n        kind\n        phone\n        email\n        website\n      }\n      venues {\n        id\n        name\n        address\n        commune {\n          code\n          name\n        }\n        point {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": typeof types.OfferPageDocument,
    "query ProMe { me { id email displayName memberships { role departements organisation { id name } } } }": typeof types.ProMeDocument,
    "mutation ProSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email displayName memberships { role departements organisation { id name } } } }": typeof types.ProSignInDocument,
    "mutation ProSignOut { signOut }": typeof types.ProSignOutDocument,
    "mutation ProAcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id } }": typeof types.ProAcceptInvitationDocument,
    "mutation ProRequestReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.ProRequestResetDocument,
    "mutation ProResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": typeof types.ProResetPasswordDocument,
    "\n  query CommuneSuggestions($query: String!) {\n    communes(query: $query, first: 6) {\n      code\n      name\n      postcodes\n      point {\n        lat\n        lng\n      }\n    }\n  }\n": typeof types.CommuneSuggestionsDocument,
    "\n  query SearchResults($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      total\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        themes {\n          value\n          count\n        }\n        formats {\n          value\n          count\n        }\n      }\n      hits {\n        distanceKm\n        remote\n        offer {\n          id\n          title\n          summary\n          theme\n          format\n          responseDelayDays\n          engagement\n          organisation {\n            id\n            name\n          }\n          venues {\n            id\n            commune {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchResultsDocument,
    "\n  query NearestInfoJeunes($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      hits {\n        distanceKm\n        offer {\n          id\n          organisation {\n            id\n            name\n            kind\n            phone\n            venues {\n              id\n              name\n              address\n              commune {\n                code\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NearestInfoJeunesDocument,
};
const documents: Documents = {
    "\n  fragment BookingSessionFields on WorkshopSession {\n    id\n    startsAt\n    endsAt\n    status\n    seatsLeft\n    waitlistLength\n    waitlistFull\n    onlineUrl\n    venue {\n      id\n      name\n      address\n      commune {\n        code\n        name\n      }\n    }\n  }\n": types.BookingSessionFieldsFragmentDoc,
    "\n  query WorkshopSessions($offerId: ID!) {\n    workshopSessions(offerId: $offerId) {\n      ...BookingSessionFields\n    }\n  }\n": types.WorkshopSessionsDocument,
    "\n  mutation BookWorkshop($input: BookWorkshopInput!) {\n    bookWorkshop(input: $input) {\n      id\n      token\n      status\n      waitlistPosition\n      offerId\n      offerTitle\n      organisationName\n      session {\n        ...BookingSessionFields\n      }\n    }\n  }\n": types.BookWorkshopDocument,
    "\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n": types.BookingByTokenDocument,
    "\n  mutation CancelBooking($token: String!) {\n    cancelBooking(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  fragment BookingTrackingFields on BookingTracking {\n    id\n    status\n    waitlistPosition\n    cancellable\n    cancelledBy\n    promotedAt\n    createdAt\n    offerId\n    offerTitle\n    organisationName\n    session {\n      ...BookingSessionFields\n    }\n  }\n": types.BookingTrackingFieldsFragmentDoc,
    "\n  query BookingCalendar($token: String!) {\n    bookingCalendar(token: $token) {\n      filename\n      contentType\n      text\n    }\n  }\n": types.BookingCalendarDocument,
    "\n  query ContactNotice {\n    contactNotice {\n      version\n      retentionMonths\n    }\n  }\n": types.ContactNoticeDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      token\n      status\n      dueAt\n      dueDateLabel\n      offerTitle\n      organisation {\n        id\n        name\n        phone\n      }\n    }\n  }\n": types.RequestContactDocument,
    "\n  fragment ContactTrackingFields on ContactRequestTracking {\n    id\n    status\n    outcome\n    dueAt\n    dueDateLabel\n    overdue\n    canReportNotContacted\n    reportedContacted\n    reportedNotContacted\n    transferred\n    erased\n    offerId\n    offerTitle\n    createdAt\n    organisation {\n      id\n      name\n      phone\n    }\n  }\n": types.ContactTrackingFieldsFragmentDoc,
    "\n  query ContactTracking($token: String!) {\n    contactRequestByToken(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": types.ContactTrackingDocument,
    "\n  mutation ReportContacted($token: String!) {\n    reportContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": types.ReportContactedDocument,
    "\n  mutation ReportNotContacted($token: String!) {\n    reportNotContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": types.ReportNotContactedDocument,
    "\n  mutation CancelContactRequest($token: String!) {\n    cancelContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": types.CancelContactRequestDocument,
    "\n  mutation EraseContactRequest($token: String!) {\n    eraseContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n": types.EraseContactRequestDocument,
    "\n  query OfferPage($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      summary\n      description\n      theme\n      format\n      cost\n      remote\n      responseDelayDays\n      engagement\n      externalUrl\n      phone\n      validFrom\n      validUntil\n      eligibility {\n        ageMin\n        ageMax\n        situations\n        conditions\n      }\n      organisation {\n        id\n        name\n        kind\n        phone\n        email\n        website\n      }\n      venues {\n        id\n        name\n        address\n        commune {\n          code\n          name\n        }\n        point {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": types.OfferPageDocument,
    "query ProMe { me { id email displayName memberships { role departements organisation { id name } } } }": types.ProMeDocument,
    "mutation ProSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email displayName memberships { role departements organisation { id name } } } }": types.ProSignInDocument,
    "mutation ProSignOut { signOut }": types.ProSignOutDocument,
    "mutation ProAcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id } }": types.ProAcceptInvitationDocument,
    "mutation ProRequestReset($email: String!) { requestPasswordReset(email: $email) }": types.ProRequestResetDocument,
    "mutation ProResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": types.ProResetPasswordDocument,
    "\n  query CommuneSuggestions($query: String!) {\n    communes(query: $query, first: 6) {\n      code\n      name\n      postcodes\n      point {\n        lat\n        lng\n      }\n    }\n  }\n": types.CommuneSuggestionsDocument,
    "\n  query SearchResults($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      total\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        themes {\n          value\n          count\n        }\n        formats {\n          value\n          count\n        }\n      }\n      hits {\n        distanceKm\n        remote\n        offer {\n          id\n          title\n          summary\n          theme\n          format\n          responseDelayDays\n          engagement\n          organisation {\n            id\n            name\n          }\n          venues {\n            id\n            commune {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchResultsDocument,
    "\n  query NearestInfoJeunes($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      hits {\n        distanceKm\n        offer {\n          id\n          organisation {\n            id\n            name\n            kind\n            phone\n            venues {\n              id\n              name\n              address\n              commune {\n                code\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NearestInfoJeunesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingSessionFields on WorkshopSession {\n    id\n    startsAt\n    endsAt\n    status\n    seatsLeft\n    waitlistLength\n    waitlistFull\n    onlineUrl\n    venue {\n      id\n      name\n      address\n      commune {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BookingSessionFields on WorkshopSession {\n    id\n    startsAt\n    endsAt\n    status\n    seatsLeft\n    waitlistLength\n    waitlistFull\n    onlineUrl\n    venue {\n      id\n      name\n      address\n      commune {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopSessions($offerId: ID!) {\n    workshopSessions(offerId: $offerId) {\n      ...BookingSessionFields\n    }\n  }\n"): (typeof documents)["\n  query WorkshopSessions($offerId: ID!) {\n    workshopSessions(offerId: $offerId) {\n      ...BookingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookWorkshop($input: BookWorkshopInput!) {\n    bookWorkshop(input: $input) {\n      id\n      token\n      status\n      waitlistPosition\n      offerId\n      offerTitle\n      organisationName\n      session {\n        ...BookingSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookWorkshop($input: BookWorkshopInput!) {\n    bookWorkshop(input: $input) {\n      id\n      token\n      status\n      waitlistPosition\n      offerId\n      offerTitle\n      organisationName\n      session {\n        ...BookingSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n"): (typeof documents)["\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($token: String!) {\n    cancelBooking(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($token: String!) {\n    cancelBooking(token: $token) {\n      ...BookingTrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingTrackingFields on BookingTracking {\n    id\n    status\n    waitlistPosition\n    cancellable\n    cancelledBy\n    promotedAt\n    createdAt\n    offerId\n    offerTitle\n    organisationName\n    session {\n      ...BookingSessionFields\n    }\n  }\n"): (typeof documents)["\n  fragment BookingTrackingFields on BookingTracking {\n    id\n    status\n    waitlistPosition\n    cancellable\n    cancelledBy\n    promotedAt\n    createdAt\n    offerId\n    offerTitle\n    organisationName\n    session {\n      ...BookingSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingCalendar($token: String!) {\n    bookingCalendar(token: $token) {\n      filename\n      contentType\n      text\n    }\n  }\n"): (typeof documents)["\n  query BookingCalendar($token: String!) {\n    bookingCalendar(token: $token) {\n      filename\n      contentType\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactNotice {\n    contactNotice {\n      version\n      retentionMonths\n    }\n  }\n"): (typeof documents)["\n  query ContactNotice {\n    contactNotice {\n      version\n      retentionMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      token\n      status\n      dueAt\n      dueDateLabel\n      offerTitle\n      organisation {\n        id\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      token\n      status\n      dueAt\n      dueDateLabel\n      offerTitle\n      organisation {\n        id\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactTrackingFields on ContactRequestTracking {\n    id\n    status\n    outcome\n    dueAt\n    dueDateLabel\n    overdue\n    canReportNotContacted\n    reportedContacted\n    reportedNotContacted\n    transferred\n    erased\n    offerId\n    offerTitle\n    createdAt\n    organisation {\n      id\n      name\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment ContactTrackingFields on ContactRequestTracking {\n    id\n    status\n    outcome\n    dueAt\n    dueDateLabel\n    overdue\n    canReportNotContacted\n    reportedContacted\n    reportedNotContacted\n    transferred\n    erased\n    offerId\n    offerTitle\n    createdAt\n    organisation {\n      id\n      name\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTracking($token: String!) {\n    contactRequestByToken(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"): (typeof documents)["\n  query ContactTracking($token: String!) {\n    contactRequestByToken(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContacted($token: String!) {\n    reportContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContacted($token: String!) {\n    reportContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportNotContacted($token: String!) {\n    reportNotContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportNotContacted($token: String!) {\n    reportNotContacted(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelContactRequest($token: String!) {\n    cancelContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelContactRequest($token: String!) {\n    cancelContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseContactRequest($token: String!) {\n    eraseContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"): (typeof documents)["\n  mutation EraseContactRequest($token: String!) {\n    eraseContactRequest(token: $token) {\n      ...ContactTrackingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferPage($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      summary\n      description\n      theme\n      format\n      cost\n      remote\n      responseDelayDays\n      engagement\n      externalUrl\n      phone\n      validFrom\n      validUntil\n      eligibility {\n        ageMin\n        ageMax\n        situations\n        conditions\n      }\n      organisation {\n        id\n        name\n        kind\n        phone\n        email\n        website\n      }\n      venues {\n        id\n        name\n        address\n        commune {\n          code\n          name\n        }\n        point {\n          lat\n          lng\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferPage($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      summary\n      description\n      theme\n      format\n      cost\n      remote\n      responseDelayDays\n      engagement\n      externalUrl\n      phone\n      validFrom\n      validUntil\n      eligibility {\n        ageMin\n        ageMax\n        situations\n        conditions\n      }\n      organisation {\n        id\n        name\n        kind\n        phone\n        email\n        website\n      }\n      venues {\n        id\n        name\n        address\n        commune {\n          code\n          name\n        }\n        point {\n          lat\n          lng\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProMe { me { id email displayName memberships { role departements organisation { id name } } } }"): (typeof documents)["query ProMe { me { id email displayName memberships { role departements organisation { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email displayName memberships { role departements organisation { id name } } } }"): (typeof documents)["mutation ProSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email displayName memberships { role departements organisation { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProSignOut { signOut }"): (typeof documents)["mutation ProSignOut { signOut }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProAcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id } }"): (typeof documents)["mutation ProAcceptInvitation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProRequestReset($email: String!) { requestPasswordReset(email: $email) }"): (typeof documents)["mutation ProRequestReset($email: String!) { requestPasswordReset(email: $email) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }"): (typeof documents)["mutation ProResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneSuggestions($query: String!) {\n    communes(query: $query, first: 6) {\n      code\n      name\n      postcodes\n      point {\n        lat\n        lng\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommuneSuggestions($query: String!) {\n    communes(query: $query, first: 6) {\n      code\n      name\n      postcodes\n      point {\n        lat\n        lng\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResults($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      total\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        themes {\n          value\n          count\n        }\n        formats {\n          value\n          count\n        }\n      }\n      hits {\n        distanceKm\n        remote\n        offer {\n          id\n          title\n          summary\n          theme\n          format\n          responseDelayDays\n          engagement\n          organisation {\n            id\n            name\n          }\n          venues {\n            id\n            commune {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchResults($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      total\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        themes {\n          value\n          count\n        }\n        formats {\n          value\n          count\n        }\n      }\n      hits {\n        distanceKm\n        remote\n        offer {\n          id\n          title\n          summary\n          theme\n          format\n          responseDelayDays\n          engagement\n          organisation {\n            id\n            name\n          }\n          venues {\n            id\n            commune {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearestInfoJeunes($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      hits {\n        distanceKm\n        offer {\n          id\n          organisation {\n            id\n            name\n            kind\n            phone\n            venues {\n              id\n              name\n              address\n              commune {\n                code\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NearestInfoJeunes($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      hits {\n        distanceKm\n        offer {\n          id\n          organisation {\n            id\n            name\n            kind\n            phone\n            venues {\n              id\n              name\n              address\n              commune {\n                code\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;