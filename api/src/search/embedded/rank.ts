import type { SearchHit, SearchSort } from '../search-index.port.js';
import type { OfferStore } from './offer-store.js';

export interface RankInput {
  slots: number[];
  /** Nearest venue per result, Infinity without place or venue. */
  distances: number[];
  /** Text score per slot (higher first); null without text. */
  score: Int32Array | null;
  sort: SearchSort;
  offset: number;
  limit: number;
}

/**
 * Orders results and cuts the page. RELEVANCE: text score, then distance, then newest.
 * DISTANCE: distance (no venue last), then text score, then newest. Indexing order breaks the last tie.
 * Only the first offset + limit results are ordered (bounded insertion), not all of them.
 */
export function rankAndPage(store: OfferStore, input: RankInput): SearchHit[] {
  const { slots, distances, score, sort } = input;
  const offset = Math.max(0, Math.floor(input.offset));
  const limit = Math.max(0, Math.floor(input.limit));
  const wanted = Math.min(slots.length, offset + limit);
  if (wanted === 0 || offset >= slots.length) return [];

  const byScore = (a: number, b: number): number =>
    score ? (score[slots[b] as number] as number) - (score[slots[a] as number] as number) : 0;
  const byDistance = (a: number, b: number): number => {
    const da = distances[a] as number;
    const db = distances[b] as number;
    return da === db ? 0 : da < db ? -1 : 1;
  };
  const byNewest = (a: number, b: number): number => {
    const sa = slots[a] as number;
    const sb = slots[b] as number;
    return (store.updatedAt[sb] as number) - (store.updatedAt[sa] as number) || sa - sb;
  };
  const compare =
    sort === 'DISTANCE'
      ? (a: number, b: number) => byDistance(a, b) || byScore(a, b) || byNewest(a, b)
      : (a: number, b: number) => byScore(a, b) || byDistance(a, b) || byNewest(a, b);

  const order = selectTop(slots.length, wanted, compare);
  return order.slice(offset, wanted).map((i) => {
    const slot = slots[i] as number;
    const distance = distances[i] as number;
    return {
      offerId: store.offerIds[slot] as string,
      distanceKm: Number.isFinite(distance) ? Math.round(distance * 1000) / 1000 : null,
      remote: store.remote[slot] === 1,
    };
  });
}

/** Indices 0..n-1 of the `k` smallest elements under `compare`, in order. */
function selectTop(n: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k * 8 >= n) {
    const all = Array.from({ length: n }, (_, i) => i);
    all.sort(compare);
    return all.slice(0, k);
  }
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (top.length === k && compare(i, top[k - 1] as number) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(top[mid] as number, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
