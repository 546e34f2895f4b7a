import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { OfferFormat, ThemeCode } from '@balise/seeds/catalogue-types';
import type { Clock } from '../shared/clock.js';
import { frenchDay } from '../shared/clock.js';
import { keysetPage } from '../shared/keyset-page.js';
import { parseId, type Page } from '../shared/pagination.js';
import type { OfferViewLog } from '../statistics/offer-view-log.js';
import { Offer } from './offer.entity.js';

export interface OfferListFilter {
  themes?: ThemeCode[] | null;
  formats?: OfferFormat[] | null;
  organisationId?: string | null;
}

const POPULATE = ['organisation', 'organisation.venues', 'venues'] as const;

/** What the public may see: published, inside its validity dates, of an active organisation. */
export function visibleOfferWhere(today: string): FilterQuery<Offer> {
  return {
    status: 'PUBLISHED',
    organisation: { status: 'ACTIVE' },
    $and: [
      { $or: [{ validFrom: null }, { validFrom: { $lte: today } }] },
      { $or: [{ validUntil: null }, { validUntil: { $gte: today } }] },
    ],
  };
}

export class OfferService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly views?: OfferViewLog,
  ) {}

  /** A youth opens an offer's page: the visible offer (or null), counted in the offer's daily views. */
  async openVisible(rawId: string): Promise<Offer | null> {
    const offer = await this.findVisible(rawId);
    if (offer) this.views?.record(offer.id);
    return offer;
  }

  /** A visible offer, or null when it does not exist or is not visible. */
  async findVisible(rawId: string): Promise<Offer | null> {
    const id = parseId('id', rawId);
    // One query with joins instead of one per relation: the offer page is the costliest youth read
    // in the load mix (bench/load-mix.ts).
    return this.em.findOne(Offer, { $and: [{ id }, this.visibleWhere()] }, { populate: POPULATE, strategy: 'joined' });
  }

  /** Visible offers by title, with keyset pagination. */
  listVisible(filter: OfferListFilter | null | undefined, first: number | null | undefined, after?: string | null): Promise<Page<Offer>> {
    return keysetPage(this.em, Offer, { where: this.filterWhere(filter), sortKey: 'title', first, after, populate: POPULATE });
  }

  private visibleWhere() {
    return visibleOfferWhere(frenchDay(this.clock()));
  }

  private filterWhere(filter: OfferListFilter | null | undefined): FilterQuery<Offer> {
    const conditions: FilterQuery<Offer>[] = [this.visibleWhere()];
    if (filter?.themes?.length) conditions.push({ theme: { $in: filter.themes } });
    if (filter?.formats?.length) conditions.push({ format: { $in: filter.formats } });
    if (filter?.organisationId) conditions.push({ organisation: parseId('filter.organisationId', filter.organisationId) });
    return { $and: conditions };
  }
}
