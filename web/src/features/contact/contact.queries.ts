import { graphql } from '../../gql/index.js';

/** The retention period the notice states (its version is the app's own, see notice.ts). */
export const ContactNoticeQuery = graphql(`
  query ContactNotice {
    contactNotice {
      version
      retentionMonths
    }
  }
`);

/** Sent with plain fetch (see send-contact-request.ts): the same code sends from the form and from the offline queue. */
export const RequestContactMutation = graphql(`
  mutation RequestContact($input: RequestContactInput!) {
    requestContact(input: $input) {
      id
      token
      status
      dueAt
      dueDateLabel
      offerTitle
      organisation {
        id
        name
        phone
      }
    }
  }
`);
