import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { EmbeddedSearchIndex } from './embedded/embedded-search-index.js';
import { MeilisearchSearchIndex } from './meilisearch/meilisearch-search-index.js';
import { PostgresBaselineSearchIndex } from './postgres-baseline/postgres-baseline-search-index.js';
import type { SearchIndex } from './search-index.port.js';

/**
 * The engine behind searchOffers: the in-process one by default, Meilisearch when MEILI_URL
 * is set, or the PostgreSQL full-text baseline (for benchmarks, SEARCH_ENGINE=postgres-baseline).
 */
export function createSearchIndex(config: Pick<Config, 'searchEngine' | 'meilisearch'>, em: EntityManager): SearchIndex {
  switch (config.searchEngine) {
    case 'meilisearch':
      return new MeilisearchSearchIndex(config.meilisearch!);
    case 'postgres-baseline':
      return new PostgresBaselineSearchIndex(em);
    default:
      return new EmbeddedSearchIndex();
  }
}
