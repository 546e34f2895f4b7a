import type { SearchPage, SearchQuery } from '../search-index.port.js';
import { placeOf, type CommuneName } from './fixture-builder.js';

/** One query on the fixture and what every engine must answer. */
export interface Scenario {
  name: string;
  query: SearchQuery;
  /** Exactly these offers match (any order); implies `total`. Checked on a page of 100. */
  exactly?: string[];
  /** These offers appear within the first `within` hits (default: anywhere on the page). */
  top?: { ids: string[]; within?: number };
  /** These offers appear in this relative order. */
  order?: string[];
  /** These offers never appear. */
  excludes?: string[];
  total?: number;
  /** Exact facet counts (values with no offer are absent or 0). */
  facets?: Partial<SearchPage['facets']>;
  /** Expected distance of an offer's hit in km (± 0.3 km, or ± 15 % above 10 km); null: none. */
  distances?: Record<string, number | null>;
  /** Expected `remote` flag of an offer's hit. */
  remote?: Record<string, boolean>;
  /** Number of hits on the requested page. */
  hitCount?: number;
}

/** A query with defaults: RELEVANCE, first page of 100. */
export function q(options: Partial<SearchQuery> & { at?: CommuneName } = {}): SearchQuery {
  const { at, ...rest } = options;
  return { sort: 'RELEVANCE', offset: 0, limit: 100, ...(at && { place: placeOf(at) }), ...rest };
}

/** The offers seen from Dax when browsing (18 of the Landes and the Grand Dax, 6 national). */
export const DAX_OFFERS = [
  'dax-fjt', 'landes-adil-bail', 'dax-coloc', 'landes-caution', 'dax-psychologue', 'landes-ecoute', 'dax-permis',
  'landes-code', 'dax-velo', 'dax-ml-emploi', 'landes-job-ete', 'landes-cv', 'landes-erasmus', 'dax-volontariat',
  'landes-civique', 'landes-numerique', 'dax-epicerie', 'landes-pass',
  'nat-ecoute', 'nat-urgence', 'nat-international', 'nat-civique', 'nat-code', 'nat-saison',
];

export const NATIONAL_OFFERS = ['nat-ecoute', 'nat-urgence', 'nat-international', 'nat-civique', 'nat-code', 'nat-saison'];

export const DAX_HOUSING = ['dax-fjt', 'landes-adil-bail', 'dax-coloc', 'landes-caution'];
