import { graphql } from '../../gql/index.js';

export const OfferPageQuery = graphql(`
  query OfferPage($id: ID!) {
    offer(id: $id) {
      id
      title
      summary
      description
      theme
      format
      cost
      remote
      responseDelayDays
      engagement
      externalUrl
      phone
      validFrom
      validUntil
      eligibility {
        ageMin
        ageMax
        situations
        conditions
      }
      organisation {
        id
        name
        kind
        phone
        email
        website
      }
      venues {
        id
        name
        address
        commune {
          code
          name
        }
        point {
          lat
          lng
        }
      }
    }
  }
`);
