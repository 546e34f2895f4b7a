import type { EntityManager } from '@mikro-orm/core';
import { OFFER_FORMATS, THEME_CODES } from '@balise/seeds/catalogue-types';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { loadOfferViews } from '../offers/offer-views.js';
import type { OfferType } from '../offers/offer.types.js';
import { frenchDay, type Clock } from '../shared/clock.js';
import { encodeCursor } from '../shared/pagination.js';
import type { SearchIndex } from './search-index.port.js';
import { toSearchQuery, type SearchOffersArgs } from './search-input.js';
import type { SearchLog } from './search-log.js';

export interface OfferSearchOutcome {
  total: number;
  hits: { offer: OfferType; distanceKm: number | null; remote: boolean }[];
  facets: { themes: { value: string; count: number }[]; formats: { value: string; count: number }[] };
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly index: SearchIndex,
    private readonly geo: GeoDirectory,
    private readonly log: SearchLog,
    private readonly clock: Clock,
  ) {}

  async searchOffers(args: SearchOffersArgs): Promise<OfferSearchOutcome> {
    const started = performance.now();
    const query = toSearchQuery(args, this.geo);
    const page = await this.index.search(query);
    const offers = await loadOfferViews(this.em, page.hits.map((hit) => hit.offerId), frenchDay(this.clock()), this.geo);
    // The index trails the database by up to a second or two: drop hits that just became invisible.
    const hits = page.hits.flatMap((hit) => {
      const offer = offers.get(hit.offerId);
      return offer ? [{ offer, distanceKm: hit.distanceKm, remote: hit.remote }] : [];
    });
    const nextOffset = query.offset + page.hits.length;
    this.log.record(query, page.total, performance.now() - started, this.clock());
    return {
      total: page.total,
      hits,
      facets: {
        themes: THEME_CODES.map((value) => ({ value, count: page.facets.themes[value] ?? 0 })),
        formats: OFFER_FORMATS.map((value) => ({ value, count: page.facets.formats[value] ?? 0 })),
      },
      pageInfo: { hasNextPage: nextOffset < page.total, endCursor: page.hits.length ? encodeCursor([nextOffset]) : null },
    };
  }
}
