import { describe, expect, it } from 'vitest';
import { CatalogueLoad } from '../src/catalogue/catalogue-load.entity.js';
import { ensureDemoCatalogue } from '../src/catalogue/demo-catalogue.js';
import { migrate, type Database } from '../src/db/orm.js';
import { queryRows } from '../src/db/sql.js';
import { GeoDirectory } from '../src/geo/geo-directory.js';
import { createLogger } from '../src/logging/logger.js';
import { Offer } from '../src/offers/offer.entity.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import { Venue } from '../src/organisations/venue.entity.js';
import { WorkshopSession } from '../src/workshops/workshop-session.entity.js';
import { DATABASE_KINDS, useFreshOrm } from './support/databases.js';
import { FIXED_NOW } from './support/test-server.js';

const silent = createLogger('silent');

async function counts(orm: Database) {
  const em = orm.em.fork();
  return {
    organisations: await em.count(Organisation),
    venues: await em.count(Venue),
    offers: await em.count(Offer),
    sessions: await em.count(WorkshopSession),
  };
}

describe.each(DATABASE_KINDS)('database on %s', (kind) => {
  const fresh = useFreshOrm(kind);
  const open = () => fresh.open({ migrated: false });

  it('migrates an empty database, then has nothing left to apply and no drift', async () => {
    const db = await open();
    const applied = await migrate(db);
    expect(applied.length).toBeGreaterThan(0);
    expect(await migrate(db)).toEqual([]);
    expect(await db.migrator.checkSchema()).toBe(false);
    const tables = await queryRows<{ table_name: string }>(db.em, "select table_name from information_schema.tables where table_schema = 'public'");
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['organisation', 'venue', 'offer', 'offer_venue', 'workshop_session', 'catalogue_load']),
    );
  });

  it('loads the demo catalogue once, and a second load changes nothing', async () => {
    const db = await open();
    await migrate(db);
    const geo = GeoDirectory.load();
    expect(await ensureDemoCatalogue(db.em.fork(), geo, () => FIXED_NOW, silent)).toBe(true);
    const first = await counts(db);
    expect(first.organisations).toBeGreaterThanOrEqual(80);
    expect(first.offers).toBeGreaterThanOrEqual(500);
    expect(await ensureDemoCatalogue(db.em.fork(), geo, () => FIXED_NOW, silent)).toBe(false);
    expect(await counts(db)).toEqual(first);

    // Even a forced reload (marker removed) updates in place instead of duplicating.
    await db.em.fork().nativeDelete(CatalogueLoad, {});
    expect(await ensureDemoCatalogue(db.em.fork(), geo, () => FIXED_NOW, silent)).toBe(true);
    expect(await counts(db)).toEqual(first);
  });

  it('places demo workshop sessions in the 8 weeks after the load day, with 8 to 15 seats', async () => {
    const db = await open();
    await migrate(db);
    await ensureDemoCatalogue(db.em.fork(), GeoDirectory.load(), () => FIXED_NOW, silent);
    const sessions = await db.em.fork().find(WorkshopSession, {}, { populate: ['offer'] });
    const workshopOffers = new Set(sessions.map((session) => session.offer.id));
    expect(workshopOffers.size).toBeGreaterThanOrEqual(30);
    const eightWeeks = FIXED_NOW.getTime() + 57 * 24 * 3600 * 1000;
    for (const session of sessions) {
      expect(session.startsAt.getTime()).toBeGreaterThan(FIXED_NOW.getTime());
      expect(session.startsAt.getTime()).toBeLessThan(eightWeeks);
      expect(session.capacity).toBeGreaterThanOrEqual(8);
      expect(session.capacity).toBeLessThanOrEqual(15);
    }
  });

  it('writes nothing when a catalogue is broken half-way', async () => {
    const db = await open();
    await migrate(db);
    const { loadCatalogue } = await import('../src/catalogue/catalogue.loader.js');
    const { buildDemoCatalogue } = await import('@balise/seeds/demo');
    const seed = buildDemoCatalogue();
    const broken = { ...seed, offers: [...seed.offers.slice(0, 50), { ...seed.offers[50]!, organisationKey: 'nobody' }] };
    await expect(loadCatalogue(db.em.fork(), broken, { geo: GeoDirectory.load(), now: FIXED_NOW })).rejects.toThrow(/unknown organisation/);
    expect(await counts(db)).toEqual({ organisations: 0, venues: 0, offers: 0, sessions: 0 });
  });
});
