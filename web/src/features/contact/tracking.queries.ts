import { graphql } from '../../gql/index.js';

/** The tracking page's documents (a chunk of their own: only /suivi/:token needs them). */
export const ContactTrackingFields = graphql(`
  fragment ContactTrackingFields on ContactRequestTracking {
    id
    status
    outcome
    dueAt
    dueDateLabel
    overdue
    canReportNotContacted
    reportedContacted
    reportedNotContacted
    transferred
    erased
    offerId
    offerTitle
    createdAt
    organisation {
      id
      name
      phone
    }
  }
`);

export const ContactTrackingQuery = graphql(`
  query ContactTracking($token: String!) {
    contactRequestByToken(token: $token) {
      ...ContactTrackingFields
    }
  }
`);

export const ReportContactedMutation = graphql(`
  mutation ReportContacted($token: String!) {
    reportContacted(token: $token) {
      ...ContactTrackingFields
    }
  }
`);

export const ReportNotContactedMutation = graphql(`
  mutation ReportNotContacted($token: String!) {
    reportNotContacted(token: $token) {
      ...ContactTrackingFields
    }
  }
`);

export const CancelContactRequestMutation = graphql(`
  mutation CancelContactRequest($token: String!) {
    cancelContactRequest(token: $token) {
      ...ContactTrackingFields
    }
  }
`);

export const EraseContactRequestMutation = graphql(`
  mutation EraseContactRequest($token: String!) {
    eraseContactRequest(token: $token) {
      ...ContactTrackingFields
    }
  }
`);
