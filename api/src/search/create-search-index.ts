import type { Config } from '../config.js';
import { EmbeddedSearchIndex } from './embedded/embedded-search-index.js';
import { MeilisearchSearchIndex } from './meilisearch/meilisearch-search-index.js';
import type { SearchIndex } from './search-index.port.js';

/** Meilisearch when MEILI_URL is set, else the in-process engine. */
export function createSearchIndex(config: Pick<Config, 'meilisearch'>): SearchIndex {
  return config.meilisearch ? new MeilisearchSearchIndex(config.meilisearch) : new EmbeddedSearchIndex();
}
