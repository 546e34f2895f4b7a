import { Meilisearch } from 'meilisearch';
import { DomainError } from '../../shared/domain-error.js';
import type { OfferSearchDocument, SearchIndex, SearchPage, SearchQuery } from '../search-index.port.js';
import { toMeilisearchDocument } from './documents.js';
import { FailFast, SearchEngineDownError, isServerDown } from './fail-fast.js';
import { staleDocumentsFilter } from './filters.js';
import { buildSearchQueries, nearestVenuesQuery, needsNearestVenues, toSearchHit, toSearchPage } from './search-request.js';
import { applySettings } from './settings.js';
import { DEFAULT_TASK_TIMEOUT_MS, waitFor, type WaitOptions } from './tasks.js';

export interface MeilisearchSearchIndexOptions {
  url: string;
  apiKey?: string;
  /** Default `offers`; `replaceAll` builds `${indexUid}_next` and swaps it in. */
  indexUid?: string;
  /** How long a write waits for its task (default 60 s). */
  taskTimeoutMs?: number;
  /** Per HTTP request (default 10 s). */
  requestTimeoutMs?: number;
  /** Per search and health request (default 2 s): a youth waits for these. */
  searchTimeoutMs?: number;
  /** After the server failed to answer, calls fail at once for this long (default 10 s). */
  failFastMs?: number;
}

export const SEARCH_UNAVAILABLE_MESSAGE = 'La recherche est momentanément indisponible. Réessaie dans quelques minutes : le reste de Balise fonctionne.';

/** The server did not answer, or answered that it is broken: SEARCH_UNAVAILABLE. Anything else is a bug of ours and stays one. */
function unavailable(error: unknown): unknown {
  const down = error instanceof SearchEngineDownError || isServerDown(error);
  return down ? new DomainError('SEARCH_UNAVAILABLE', SEARCH_UNAVAILABLE_MESSAGE) : error;
}

/** The search index on a Meilisearch server: one document per offer × venue, `distinct` on the offer. */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const;
  readonly indexUid: string;
  private readonly client: Meilisearch;
  private readonly searchClient: Meilisearch;
  private readonly wait: WaitOptions;
  private indexEnsured: Promise<void> | undefined;
  private readonly failFast: FailFast;

  constructor(options: MeilisearchSearchIndexOptions) {
    this.indexUid = options.indexUid ?? 'offers';
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 10_000 });
    this.searchClient = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.searchTimeoutMs ?? 2_000 });
    this.wait = { timeoutMs: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS };
    this.failFast = new FailFast(options.failFastMs ?? 10_000);
  }

  replaceAll(batches: AsyncIterable<OfferSearchDocument[]>): Promise<void> {
    return this.failFast.run(() => this.buildAndSwap(batches));
  }

  private async buildAndSwap(batches: AsyncIterable<OfferSearchDocument[]>): Promise<void> {
    const next = `${this.indexUid}_next`;
    await this.deleteIndex(next);
    await this.createIndex(next);
    await applySettings(this.client, next, this.wait);
    const index = this.client.index(next);
    for await (const batch of batches) {
      if (batch.length > 0) await waitFor(index.addDocuments(batch.map(toMeilisearchDocument), { primaryKey: 'id' }), this.wait);
    }
    await this.createIndex(this.indexUid);
    await waitFor(this.client.swapIndexes([{ indexes: [this.indexUid, next], rename: false }]), this.wait);
    await this.deleteIndex(next);
    this.indexEnsured = Promise.resolve();
  }

  replaceOffer(offerId: string, documents: OfferSearchDocument[]): Promise<void> {
    return this.failFast.run(() => this.writeOffer(offerId, documents));
  }

  private async writeOffer(offerId: string, documents: OfferSearchDocument[]): Promise<void> {
    const stored = documents.map(toMeilisearchDocument);
    const foreign = stored.find((document) => document.offerId !== offerId);
    if (foreign) throw new Error(`document ${foreign.id} is not of offer ${offerId}`);
    await this.ensureIndex();
    const index = this.client.index(this.indexUid);
    // Add first, then drop what is left of the old version: the offer never vanishes in between.
    if (stored.length > 0) await waitFor(index.addDocuments(stored, { primaryKey: 'id' }), this.wait);
    const stale = staleDocumentsFilter(offerId, stored.map((document) => document.id));
    await waitFor(index.deleteDocuments({ filter: stale }), this.wait);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    try {
      return await this.failFast.run(() => this.multiSearch(query));
    } catch (error) {
      throw unavailable(error);
    }
  }

  private async multiSearch(query: SearchQuery): Promise<SearchPage> {
    const { results } = await this.searchClient.multiSearch({ queries: buildSearchQueries(this.indexUid, query) });
    const page = toSearchPage(query, results);
    if (!needsNearestVenues(query) || page.hits.length === 0) return page;
    const offerIds = page.hits.map((hit) => hit.offerId);
    const nearest = await this.searchClient.multiSearch({ queries: [nearestVenuesQuery(this.indexUid, query, offerIds)] });
    const distances = new Map((nearest.results[0]?.hits ?? []).map(toSearchHit).map((hit) => [hit.offerId, hit.distanceKm]));
    return toSearchPage(query, results, distances);
  }

  async isReady(): Promise<boolean> {
    if (this.failFast.down) return false;
    try {
      if (!(await this.searchClient.isHealthy())) return false;
      await this.searchClient.getRawIndex(this.indexUid);
      return true;
    } catch {
      return false;
    }
  }

  /** The client keeps no connection of its own (it uses `fetch`); nothing to release. */
  async close(): Promise<void> {}

  /** Creates the index if missing and brings its settings up to date, once per process. */
  private ensureIndex(): Promise<void> {
    this.indexEnsured ??= (async () => {
      await this.createIndex(this.indexUid);
      await applySettings(this.client, this.indexUid, this.wait);
    })().catch((error: unknown) => {
      this.indexEnsured = undefined;
      throw error;
    });
    return this.indexEnsured;
  }

  private async createIndex(uid: string): Promise<void> {
    await waitFor(this.client.createIndex(uid, { primaryKey: 'id' }), { ...this.wait, tolerate: ['index_already_exists'] });
  }

  private async deleteIndex(uid: string): Promise<void> {
    await waitFor(this.client.deleteIndex(uid), { ...this.wait, tolerate: ['index_not_found'] });
  }
}
