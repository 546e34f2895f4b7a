import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { GeoDirectory } from '../geo/geo-directory.js';
import type { OutboxWorker } from '../outbox/outbox-worker.js';
import { frenchDay, type Clock } from '../shared/clock.js';
import { readIndexableOffer, readIndexableOffers, readOfferIdsOfOrganisation } from './indexable-offers.js';
import { toSearchDocuments } from './offer-documents.js';
import type { OfferSearchDocument, SearchIndex } from './search-index.port.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { enqueue } from '../outbox/outbox.js';
import { SEARCH_OFFER_TOPIC, SEARCH_ORGANISATION_TOPIC, SEARCH_REBUILD_TOPIC } from './search-outbox.subscriber.js';

/** Keeps the search index equal to what the database says is visible. */
export class SearchIndexer {
  /** Offers refreshed while a rebuild runs: refreshed again after it, whatever the engine does at the swap. */
  private changedDuringRebuild: Set<string> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly index: SearchIndex,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Rebuilds the whole index from the database. */
  async rebuild(): Promise<{ offers: number; documents: number; ms: number }> {
    const started = performance.now();
    const counts = { offers: 0, documents: 0 };
    const em = this.em.fork();
    await supersedePendingSearchEvents(em, this.clock());
    const today = frenchDay(this.clock());
    const geo = this.geo;
    async function* documents(): AsyncGenerator<OfferSearchDocument[]> {
      for await (const batch of readIndexableOffers(em, today)) {
        const docs = batch.flatMap((offer) => toSearchDocuments(offer, geo));
        counts.offers += batch.length;
        counts.documents += docs.length;
        yield docs;
      }
    }
    this.changedDuringRebuild = new Set();
    try {
      await this.index.replaceAll(documents());
    } finally {
      const changed = this.changedDuringRebuild;
      this.changedDuringRebuild = undefined;
      for (const offerId of changed) await this.refreshOffer(offerId);
    }
    const result = { ...counts, ms: Math.round(performance.now() - started) };
    this.logger.info({ engine: this.index.engine, ...result }, 'search: index built');
    return result;
  }

  /**
   * The start-up build. An external engine that does not answer must not keep the API from
   * starting (search answers SEARCH_UNAVAILABLE meanwhile): the rebuild goes to the outbox,
   * which retries it with backoff until the engine is back.
   */
  async buildAtStartup(): Promise<void> {
    try {
      await this.rebuild();
    } catch (error) {
      if (this.index.engine !== 'meilisearch') throw error;
      this.logger.error({ err: error, engine: this.index.engine }, 'search: start-up build failed; retried through the outbox');
      const em = this.em.fork();
      enqueue(em, SEARCH_REBUILD_TOPIC, {});
      await em.flush();
    }
  }

  /** Re-reads one offer: indexed if visible today, removed otherwise. Idempotent. */
  async refreshOffer(offerId: string): Promise<void> {
    this.changedDuringRebuild?.add(offerId);
    const offer = await readIndexableOffer(this.em.fork(), offerId, frenchDay(this.clock()));
    await this.index.replaceOffer(offerId, offer ? toSearchDocuments(offer, this.geo) : []);
  }

  async refreshOrganisation(organisationId: string): Promise<void> {
    for (const offerId of await readOfferIdsOfOrganisation(this.em.fork(), organisationId)) await this.refreshOffer(offerId);
  }

  /** Delivers the search topics of the outbox. */
  subscribe(worker: OutboxWorker): void {
    worker
      .on(SEARCH_OFFER_TOPIC, (payload) => this.refreshOffer(String(payload['offerId'])))
      .on(SEARCH_ORGANISATION_TOPIC, (payload) => this.refreshOrganisation(String(payload['organisationId'])))
      .on(SEARCH_REBUILD_TOPIC, async () => {
        await this.rebuild();
      });
  }
}

/**
 * A rebuild reads the whole catalogue after this point: search events written before it
 * (e.g. the demo catalogue's, at first start) have nothing left to do. "Before" by the events'
 * own numbering, not by a clock: `createdAt` is the wall clock, the worker may run on another.
 */
async function supersedePendingSearchEvents(em: EntityManager, now: Date): Promise<void> {
  const [last] = await em.find(OutboxEvent, {}, { orderBy: { id: 'desc' }, limit: 1, fields: ['id'] });
  if (!last) return;
  await em.nativeUpdate(
    OutboxEvent,
    { topic: { $in: [SEARCH_OFFER_TOPIC, SEARCH_ORGANISATION_TOPIC] }, deliveredAt: null, failedAt: null, id: { $lte: last.id } },
    { deliveredAt: now, lastError: 'superseded by a full rebuild' },
  );
}
