import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { ensureDemoAccounts } from '../accounts/demo-accounts.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import type { Clock } from '../shared/clock.js';
import { CatalogueLoad } from './catalogue-load.entity.js';
import { loadCatalogue } from './catalogue.loader.js';

export const DEMO_CATALOGUE = 'demo';

/**
 * Loads the demo catalogue on the first start only; later starts keep what is there. The demo
 * accounts come with it (and are added on a later start to a database loaded before they existed).
 */
export async function ensureDemoCatalogue(em: EntityManager, geo: GeoDirectory, clock: Clock, logger: Logger): Promise<boolean> {
  if (await em.findOne(CatalogueLoad, { name: DEMO_CATALOGUE })) {
    await ensureDemoAccounts(em, clock, logger);
    return false;
  }
  const started = performance.now();
  // Imported here: a restart, which does not load the catalogue, never holds it in memory.
  const { buildDemoCatalogue } = await import('@balise/seeds/demo');
  const seed = buildDemoCatalogue();
  await loadCatalogue(em, seed, { geo, now: clock() });
  await ensureDemoAccounts(em, clock, logger);
  await em.upsert(CatalogueLoad, { name: DEMO_CATALOGUE, loadedAt: clock(), organisations: seed.organisations.length, offers: seed.offers.length });
  logger.info(
    { organisations: seed.organisations.length, offers: seed.offers.length, ms: Math.round(performance.now() - started) },
    'catalogue: demo catalogue loaded',
  );
  return true;
}
