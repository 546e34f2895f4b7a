import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { OfferService } from '../offers/offer.service.js';
import { OrganisationService } from '../organisations/organisation.service.js';
import type { SearchIndex } from '../search/search-index.port.js';
import type { SearchLog } from '../search/search-log.js';
import { SearchService } from '../search/search.service.js';
import type { Clock } from '../shared/clock.js';

export interface AppServices {
  offers: OfferService;
  organisations: OrganisationService;
  search: SearchService;
}

export interface GraphQLContext {
  requestId: string;
  log: Logger;
  geo: GeoDirectory;
  services: AppServices;
}

export interface ContextDeps {
  em: EntityManager;
  geo: GeoDirectory;
  clock: Clock;
  searchIndex: SearchIndex;
  searchLog: SearchLog;
}

/** One entity manager per request: its identity map never leaks between requests. */
export function createContext(deps: ContextDeps, requestId: string, log: Logger): GraphQLContext {
  const em = deps.em.fork();
  return {
    requestId,
    log,
    geo: deps.geo,
    services: {
      offers: new OfferService(em, deps.clock),
      organisations: new OrganisationService(em),
      search: new SearchService(em, deps.searchIndex, deps.geo, deps.searchLog, deps.clock),
    },
  };
}
