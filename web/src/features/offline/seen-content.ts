/**
 * What the youth has already seen stays readable offline. Pages store what they display
 * here (IndexedDB), and read it back when the network fails. GraphQL responses are never
 * cached by the service worker: this store is the only offline copy of catalogue data.
 *
 * CONTRACT (implemented in seen-content.store.ts by the PWA work; used by the pages):
 */
export interface SeenOffer {
  id: string;
  /** The offer as the offer page displays it (the `OfferPage` query's `offer` field). */
  data: unknown;
  seenAt: string;
}

export interface SeenResults {
  /** A stable key of the search input (see `resultsKey`). */
  key: string;
  /** The `searchOffers` result as the results page displays it. */
  data: unknown;
  seenAt: string;
}

/** Stable key for a search input: same input → same key, whatever the property order. */
export function resultsKey(input: Record<string, unknown>): string {
  const sorted = Object.keys(input)
    .filter((name) => input[name] !== undefined && input[name] !== null)
    .sort()
    .map((name) => [name, input[name]]);
  return JSON.stringify(sorted);
}

export { rememberOffer, readSeenOffer, rememberResults, readSeenResults } from './seen-content.store.js';
