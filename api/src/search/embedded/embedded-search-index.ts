import type { OfferSearchDocument, SearchIndex, SearchPage, SearchQuery } from '../search-index.port.js';
import { executeSearch } from './execute-search.js';
import { OfferStore } from './offer-store.js';
import { Scratch } from './text-match.js';

interface Snapshot {
  store: OfferStore;
  scratch: Scratch;
}

const emptySnapshot = (): Snapshot => ({ store: new OfferStore(), scratch: new Scratch() });
const BUILD_SLICE = 1_000;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * In-process search index (see README.md): a hand-written inverted index over French stems plus
 * typed-array columns and place maps. `replaceAll` builds a new snapshot off to the side and swaps
 * it in; searches run synchronously on whichever snapshot is current when they start.
 */
export class EmbeddedSearchIndex implements SearchIndex {
  readonly engine = 'embedded' as const;
  private current: Snapshot = emptySnapshot();
  private ready = false;
  private closed = false;
  /** Offers replaced while a full build runs, replayed on the new snapshot before the swap. */
  private pendingDuringBuild: Map<string, OfferSearchDocument[]> | null = null;
  private building: Promise<void> = Promise.resolve();

  async replaceAll(documents: AsyncIterable<OfferSearchDocument[]>): Promise<void> {
    const run = this.building.then(() => this.build(documents));
    this.building = run.catch(() => undefined);
    return run;
  }

  async replaceOffer(offerId: string, documents: OfferSearchDocument[]): Promise<void> {
    this.current.store.setOffer(offerId, documents);
    this.pendingDuringBuild?.set(offerId, documents);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const { store, scratch } = this.current;
    return executeSearch(store, scratch, query);
  }

  async isReady(): Promise<boolean> {
    return this.ready && !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.current = emptySnapshot();
  }

  /** Number of live offers in the current snapshot (for logs and health). */
  offerCount(): number {
    return this.current.store.liveCount;
  }

  private async build(documents: AsyncIterable<OfferSearchDocument[]>): Promise<void> {
    const next = emptySnapshot();
    const pending = new Map<string, OfferSearchDocument[]>();
    this.pendingDuringBuild = pending;
    try {
      for await (const batch of documents) {
        // Small slices keep searches answering while a big batch is indexed.
        for (let i = 0; i < batch.length; i += BUILD_SLICE) {
          next.store.addDocuments(batch.slice(i, i + BUILD_SLICE));
          await yieldToEventLoop();
        }
      }
      next.store.finishBuild();
      for (const [offerId, docs] of pending) next.store.setOffer(offerId, docs);
      if (this.closed) return;
      this.current = next;
      this.ready = true;
    } finally {
      if (this.pendingDuringBuild === pending) this.pendingDuringBuild = null;
    }
  }
}
