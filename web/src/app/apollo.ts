import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * The one Apollo Client of the app. Queries are POSTed to /graphql (never cached by the
 * service worker); the offline copy of what the youth saw lives in features/offline.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', fetchOptions: { method: 'POST' } }),
    cache: new InMemoryCache({
      typePolicies: {
        Offer: { keyFields: ['id'] },
        Organisation: { keyFields: ['id'] },
        VenueType: { keyFields: ['id'] },
        Commune: { keyFields: ['code'] },
        CommuneRef: { keyFields: ['code'] },
        Theme: { keyFields: ['code'] },
        // Hits, facets and eligibility have no identity: they stay inside their parent.
        OfferHit: { keyFields: false },
        SearchFacets: { keyFields: false },
        Eligibility: { keyFields: false },
      },
    }),
  });
}

/** True when the request never got a GraphQL answer: no network, server down, or a 5xx. */
export function isNetworkError(error: unknown): boolean {
  if (!error) return false;
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 500 || error.statusCode === 0;
  return true;
}
