import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { THEME_CODES, type CatalogueSeed, type ThemeCode } from '../catalogue-types.js';
import { apportion, generateNationalCatalogue, type NationalCommune } from './index.js';

const require = createRequire(import.meta.url);
const raw = require('@etalab/decoupage-administratif/data/communes.json') as {
  code: string;
  nom: string;
  type: string;
  departement: string;
  population?: number;
}[];
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; membres: { code: string }[] }[];
const epciOf = new Map(epcis.flatMap((e) => e.membres.map((m): [string, string] => [m.code, e.code])));
const communes: NationalCommune[] = raw
  .filter((c) => c.type === 'commune-actuelle')
  .map((c) => ({ code: c.code, name: c.nom, departement: c.departement, epci: epciOf.get(c.code) ?? null, population: c.population ?? 0 }));
const departementOf = new Map(communes.map((c) => [c.code, c.departement]));

function collect(offers: number, seed?: number): CatalogueSeed[] {
  return [...generateNationalCatalogue({ offers, communes, ...(seed === undefined ? {} : { seed }) })];
}

describe('national generator', () => {
  // 100,000 offers: checks are plain comparisons collected into one list, so that the test stays quick.
  it('produces exactly 100,000 offers over more than 90 départements, with sound references', { timeout: 60_000 }, () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    const offerKeys = new Set<string>();
    const organisationKeys = new Set<string>();
    const departements = new Set<string>();
    const themes = new Map<ThemeCode, number>();
    let offers = 0;
    let national = 0;
    let workshops = 0;
    for (const batch of generateNationalCatalogue({ offers: 100_000, seed: 42, communes })) {
      const organisations = new Map(batch.organisations.map((o) => [o.key, o]));
      for (const organisation of batch.organisations) {
        check(!organisationKeys.has(organisation.key), `duplicate organisation ${organisation.key}`);
        organisationKeys.add(organisation.key);
        check(organisation.venues.length > 0, `${organisation.key} has no venue`);
        check(organisation.email.endsWith('.balise.test'), `${organisation.key} email`);
        check(/^0\d( \d\d){4}$/.test(organisation.phone), `${organisation.key} phone ${organisation.phone}`);
        for (const venue of organisation.venues) {
          const departement = departementOf.get(venue.communeCode);
          check(departement !== undefined, `${organisation.key} commune ${venue.communeCode}`);
          if (!organisation.coverage.national && departement) departements.add(departement);
        }
      }
      for (const offer of batch.offers) {
        offers++;
        check(!offerKeys.has(offer.key), `duplicate offer ${offer.key}`);
        offerKeys.add(offer.key);
        const organisation = organisations.get(offer.organisationKey);
        check(organisation !== undefined, `${offer.key} → ${offer.organisationKey}`);
        const venues = new Set(organisation?.venues.map((v) => v.key));
        for (const key of offer.venueKeys) check(venues.has(key), `${offer.key} venue ${key}`);
        check(offer.ageMin >= 15 && offer.ageMin <= offer.ageMax && offer.ageMax <= 30, `${offer.key} ages`);
        check(offer.responseDelayDays >= 1 && offer.responseDelayDays <= 7, `${offer.key} delay`);
        check(offer.engagement.length > 0, `${offer.key} engagement`);
        if (offer.engagement.includes('EXTERNAL_LINK')) check(/^https:\/\//.test(offer.externalUrl ?? ''), `${offer.key} url`);
        if (offer.engagement.includes('PHONE')) check(Boolean(offer.phone), `${offer.key} phone`);
        for (const session of offer.sessions ?? []) {
          check(session.dayOffset >= 1 && session.dayOffset <= 56, `${offer.key} day ${session.dayOffset}`);
          check(session.capacity >= 8 && session.capacity <= 15, `${offer.key} capacity`);
          check(session.venueKey ? venues.has(session.venueKey) : Boolean(session.onlineUrl), `${offer.key} session place`);
        }
        if (offer.sessions) workshops++;
        if (offer.coverage?.national || organisation?.coverage.national) national++;
        themes.set(offer.theme, (themes.get(offer.theme) ?? 0) + 1);
      }
    }
    expect(problems).toEqual([]);
    expect(offers).toBe(100_000);
    expect(departements.size).toBeGreaterThanOrEqual(90);
    expect(national).toBeGreaterThan(0);
    expect(workshops).toBeGreaterThan(0);
    for (const theme of THEME_CODES) expect(themes.get(theme) ?? 0, theme).toBeGreaterThan(1000);
    const ranked = [...themes.entries()].sort((a, b) => b[1] - a[1]).map(([theme]) => theme);
    expect(ranked.slice(0, 2).sort()).toEqual(['EMPLOYMENT', 'TRAINING']);
  });

  it('yields one batch at a time, a département with its organisations', () => {
    const generator = generateNationalCatalogue({ offers: 20_000, seed: 3, communes });
    const first = generator.next();
    const second = generator.next();
    expect(first.done).toBe(false);
    expect(second.value?.offers.length ?? 0).toBeLessThan(20_000);
    const batch = second.value as CatalogueSeed;
    const keys = new Set(batch.organisations.map((o) => o.key));
    for (const offer of batch.offers) expect(keys.has(offer.organisationKey)).toBe(true);
    generator.return(undefined);
  });

  it('produces exactly the requested number of offers, small or large', { timeout: 30_000 }, () => {
    for (const n of [0, 1, 37, 999, 1000, 12_345]) {
      expect(collect(n, 5).reduce((sum, b) => sum + b.offers.length, 0), String(n)).toBe(n);
    }
  });

  it('is deterministic for a seed and varies with it', { timeout: 30_000 }, () => {
    const a = collect(5_000, 11);
    expect(collect(5_000, 11)).toEqual(a);
    expect(collect(5_000, 12)).not.toEqual(a);
    expect(collect(2_000)).toEqual(collect(2_000, 1));
  });

  it('never repeats a title within one organisation', { timeout: 30_000 }, () => {
    const repeated: string[] = [];
    for (const batch of collect(30_000, 9)) {
      const seen = new Set<string>();
      for (const offer of batch.offers) {
        const id = `${offer.organisationKey}|${offer.title}`;
        if (seen.has(id)) repeated.push(id);
        seen.add(id);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('apportions exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    expect(apportion(100, [5, 0, 15]).reduce((a, b) => a + b, 0)).toBe(100);
  });
});
