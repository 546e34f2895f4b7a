/** A GraphQL request outside Apollo (Mes démarches' batched refresh, the offline queue of contact requests). */
export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: Record<string, unknown> }>;
}
export type GraphqlFetch = (query: string, variables: Record<string, unknown>) => Promise<GraphqlResponse>;

/**
 * Plain POST to /graphql: never cached by the service worker, short timeout for poor connections.
 * Throws when no GraphQL answer came back (no network, timeout, a proxy's error page).
 */
export const fetchGraphql: GraphqlFetch = async (query, variables) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    credentials: 'same-origin',
    signal: AbortSignal.timeout(15_000),
  });
  return (await response.json()) as GraphqlResponse;
};
