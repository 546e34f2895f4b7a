import { graphql } from '../../gql/index.js';

export const CommuneSuggestionsQuery = graphql(`
  query CommuneSuggestions($query: String!) {
    communes(query: $query, first: 6) {
      code
      name
      postcodes
      point {
        lat
        lng
      }
    }
  }
`);

export const SearchResultsQuery = graphql(`
  query SearchResults($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      total
      pageInfo {
        endCursor
        hasNextPage
      }
      facets {
        themes {
          value
          count
        }
        formats {
          value
          count
        }
      }
      hits {
        distanceKm
        remote
        offer {
          id
          title
          summary
          theme
          format
          responseDelayDays
          engagement
          organisation {
            id
            name
          }
          venues {
            id
            commune {
              code
              name
            }
          }
        }
      }
    }
  }
`);

export const NearestInfoJeunesQuery = graphql(`
  query NearestInfoJeunes($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      hits {
        distanceKm
        offer {
          id
          organisation {
            id
            name
            kind
            phone
            venues {
              id
              name
              address
              commune {
                code
                name
              }
            }
          }
        }
      }
    }
  }
`);
