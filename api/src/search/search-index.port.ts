import type { OfferFormat, Situation, ThemeCode } from '@balise/seeds/catalogue-types';

/**
 * One document per (published offer × venue); an offer with no venue has one document
 * with `venueId` and `point` null. Nothing personal ever goes in: only catalogue data.
 */
export interface OfferSearchDocument {
  /** `${offerId}:${venueId}` or `${offerId}:remote`. */
  id: string;
  offerId: string;
  venueId: string | null;
  title: string;
  summary: string;
  description: string;
  category: string;
  organisationName: string;
  theme: ThemeCode;
  /** French label of the theme, so that "santé" or "logement" match by text too. */
  themeLabel: string;
  format: OfferFormat;
  ageMin: number;
  ageMax: number;
  /** Empty: open to every situation. */
  situations: Situation[];
  coverageCommunes: string[];
  coverageEpcis: string[];
  coverageDepartements: string[];
  coverageNational: boolean;
  /** Can be followed online or by phone. */
  remote: boolean;
  /** The venue's point; null for the venue-less document. */
  point: { lat: number; lng: number } | null;
  venueCommuneCode: string | null;
  venuePostcode: string | null;
  /** ISO timestamp of the offer's last change; newest first breaks the last ties. */
  updatedAt: string;
}

/** Where the youth is: a commune (chosen, or the nearest to their position) and a point. */
export interface SearchPlace {
  communeCode: string;
  epci: string | null;
  departement: string;
  point: { lat: number; lng: number };
}

export type SearchSort = 'RELEVANCE' | 'DISTANCE';

export interface SearchQuery {
  /** Already trimmed, 1..200 characters; absent for a browse by place/theme. */
  text?: string;
  /** When set: only offers whose coverage includes the commune (directly, EPCI, département, national). */
  place?: SearchPlace;
  /** With a place: venues farther than this are dropped; remote offers stay. */
  radiusKm?: number;
  themes?: ThemeCode[];
  formats?: OfferFormat[];
  /** Drops offers whose age range excludes it. */
  age?: number;
  /** Keeps offers open to every situation or to this one. */
  situation?: Situation;
  /**
   * RELEVANCE: text relevance, then distance (without text: distance).
   * DISTANCE: nearest venue first; offers without a venue last.
   */
  sort: SearchSort;
  offset: number;
  limit: number;
}

export interface SearchHit {
  offerId: string;
  /** Distance from the place to the offer's nearest matching venue; null without place or venue. */
  distanceKm: number | null;
  remote: boolean;
}

export interface SearchPage {
  /** Distinct offers matching every filter. */
  total: number;
  hits: SearchHit[];
  /** Offer counts per value; each facet ignores its own filter (what a tap on the chip would give). */
  facets: { themes: Partial<Record<ThemeCode, number>>; formats: Partial<Record<OfferFormat, number>> };
}

/** The search engine behind `searchOffers`; the embedded and Meilisearch adapters answer alike. */
export interface SearchIndex {
  readonly engine: 'embedded' | 'meilisearch' | 'postgres-baseline';
  /** Replaces the whole index with these documents (start-up build, `reindex`). */
  replaceAll(documents: AsyncIterable<OfferSearchDocument[]>): Promise<void>;
  /** Replaces every document of one offer; an empty list removes the offer. */
  replaceOffer(offerId: string, documents: OfferSearchDocument[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchPage>;
  /** Built and answering. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}
