import { graphql } from '../../gql/index.js';

/** What every booking screen shows of a session: when, where, and what is left of its seats. */
export const BookingSessionFields = graphql(`
  fragment BookingSessionFields on WorkshopSession {
    id
    startsAt
    endsAt
    status
    seatsLeft
    waitlistLength
    waitlistFull
    onlineUrl
    venue {
      id
      name
      address
      commune {
        code
        name
      }
    }
  }
`);

/** The upcoming sessions of a workshop offer (offer page picker, booking form). */
export const WorkshopSessionsQuery = graphql(`
  query WorkshopSessions($offerId: ID!) {
    workshopSessions(offerId: $offerId) {
      ...BookingSessionFields
    }
  }
`);

export const BookWorkshopMutation = graphql(`
  mutation BookWorkshop($input: BookWorkshopInput!) {
    bookWorkshop(input: $input) {
      id
      token
      status
      waitlistPosition
      offerId
      offerTitle
      organisationName
      session {
        ...BookingSessionFields
      }
    }
  }
`);

export const BookingByTokenQuery = graphql(`
  query BookingByToken($token: String!) {
    bookingByToken(token: $token) {
      ...BookingTrackingFields
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($token: String!) {
    cancelBooking(token: $token) {
      ...BookingTrackingFields
    }
  }
`);

export const BookingTrackingFields = graphql(`
  fragment BookingTrackingFields on BookingTracking {
    id
    status
    waitlistPosition
    cancellable
    cancelledBy
    promotedAt
    createdAt
    offerId
    offerTitle
    organisationName
    session {
      ...BookingSessionFields
    }
  }
`);

/** The booking's .ics file, for "Ajouter à mon agenda". */
export const BookingCalendarQuery = graphql(`
  query BookingCalendar($token: String!) {
    bookingCalendar(token: $token) {
      filename
      contentType
      text
    }
  }
`);
