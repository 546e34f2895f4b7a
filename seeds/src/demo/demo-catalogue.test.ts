import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_CODES, type OfferSeed, type OrganisationSeed } from '../catalogue-types.js';
import { buildDemoCatalogue } from './index.js';
import { MNO_COMMUNES } from './places.js';

const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; departement: string }[];
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as { code: string }[];
const departements = require('@etalab/decoupage-administratif/data/departements.json') as { code: string }[];
const currentCommunes = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
const epciCodes = new Set(epcis.map((e) => e.code));
const departementCodes = new Set(departements.map((d) => d.code));

const catalogue = buildDemoCatalogue();
const organisations = new Map(catalogue.organisations.map((o) => [o.key, o]));
const workshops = catalogue.offers.filter((o) => o.format === 'WORKSHOP' && o.engagement.includes('BOOKING'));

function organisationOf(offer: OfferSeed): OrganisationSeed {
  const organisation = organisations.get(offer.organisationKey);
  if (!organisation) throw new Error(`${offer.key}: unknown organisation ${offer.organisationKey}`);
  return organisation;
}

function departementOf(communeCode: string): string {
  return currentCommunes.get(communeCode)?.departement ?? '?';
}

describe('demo catalogue: size and spread', () => {
  it('has at least 80 organisations and 500 offers', () => {
    expect(catalogue.organisations.length).toBeGreaterThanOrEqual(80);
    expect(catalogue.offers.length).toBeGreaterThanOrEqual(500);
  });

  it('covers every theme with at least 25 offers', () => {
    for (const theme of THEME_CODES) {
      expect(catalogue.offers.filter((o) => o.theme === theme).length, theme).toBeGreaterThanOrEqual(25);
    }
  });

  it('has at least 30 bookable workshops, with 8–15 seats over the coming 8 weeks', () => {
    expect(workshops.length).toBeGreaterThanOrEqual(30);
    for (const offer of workshops) {
      const venues = new Set(organisationOf(offer).venues.map((v) => v.key));
      expect(offer.sessions?.length, offer.key).toBeGreaterThan(0);
      for (const session of offer.sessions ?? []) {
        expect(session.capacity).toBeGreaterThanOrEqual(8);
        expect(session.capacity).toBeLessThanOrEqual(15);
        expect(session.dayOffset).toBeGreaterThanOrEqual(1);
        expect(session.dayOffset).toBeLessThanOrEqual(56);
        expect(session.startTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(session.durationMinutes).toBeGreaterThan(0);
        if (session.venueKey) expect(venues.has(session.venueKey), `${offer.key} ${session.venueKey}`).toBe(true);
        else expect(session.onlineUrl).toMatch(/^https:\/\//);
      }
    }
  });

  it('gives sessions only to bookable workshops', () => {
    for (const offer of catalogue.offers) {
      if (offer.sessions) expect(offer.format === 'WORKSHOP' && offer.engagement.includes('BOOKING'), offer.key).toBe(true);
    }
  });

  it('covers the Landes, Pau and the Pays de Nay, the Métropole Nord-Ouest and another Hauts-de-France territory', () => {
    const venueCommunes = new Set(catalogue.organisations.flatMap((o) => o.venues.map((v) => v.communeCode)));
    const venueDepartements = new Set([...venueCommunes].map(departementOf));
    expect(venueDepartements.has('40')).toBe(true);
    expect(venueCommunes.has('40088')).toBe(true); // Dax
    expect(venueCommunes.has('40192')).toBe(true); // Mont-de-Marsan
    expect(venueCommunes.has('64445')).toBe(true); // Pau
    expect(venueCommunes.has('64417')).toBe(true); // Nay
    for (const code of MNO_COMMUNES) expect(venueCommunes.has(code), code).toBe(true);
    expect(venueDepartements.has('80') || venueDepartements.has('62')).toBe(true);
  });

  it('attaches the demo accounts’ organisations', () => {
    expect(organisations.get('ml-landes')?.kind).toBe('MISSION_LOCALE');
    expect(organisations.get('ml-landes')?.name).toBe('Mission Locale des Landes');
    expect(organisations.get('ml-pau')?.kind).toBe('MISSION_LOCALE');
    expect(catalogue.offers.filter((o) => o.organisationKey === 'ml-landes').length).toBeGreaterThan(10);
    expect(catalogue.offers.filter((o) => o.organisationKey === 'ml-pau').length).toBeGreaterThan(10);
  });
});

describe('demo catalogue: real places', () => {
  it('uses only current communes, existing EPCI and départements', () => {
    for (const organisation of catalogue.organisations) {
      for (const venue of organisation.venues) expect(currentCommunes.has(venue.communeCode), `${organisation.key} ${venue.communeCode}`).toBe(true);
    }
    const coverages = [...catalogue.organisations.map((o) => o.coverage), ...catalogue.offers.flatMap((o) => (o.coverage ? [o.coverage] : []))];
    for (const coverage of coverages) {
      for (const code of coverage.communes) expect(currentCommunes.has(code), code).toBe(true);
      for (const code of coverage.epcis) expect(epciCodes.has(code), code).toBe(true);
      for (const code of coverage.departements) expect(departementCodes.has(code), code).toBe(true);
      expect(coverage.national || coverage.communes.length + coverage.epcis.length + coverage.departements.length > 0).toBe(true);
    }
  });

  it('gives every organisation 1–4 venues with a street address, a fictitious email and a regional phone', () => {
    for (const organisation of catalogue.organisations) {
      expect(organisation.venues.length).toBeGreaterThanOrEqual(1);
      expect(organisation.venues.length).toBeLessThanOrEqual(4);
      for (const venue of organisation.venues) expect(venue.address.length).toBeGreaterThan(3);
      expect(organisation.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.balise\.test$/);
      expect(organisation.website ?? 'https://x.balise.test').toMatch(/^https:\/\/[a-z0-9.-]+\.balise\.test/);
      const departement = departementOf(organisation.venues[0]?.communeCode ?? '');
      const prefix = ['40', '64'].includes(departement) ? '05' : '03';
      expect(organisation.phone, organisation.key).toMatch(new RegExp(`^${prefix}( \\d\\d){4}$`));
      expect(organisation.defaultResponseDelayDays).toBeGreaterThanOrEqual(1);
      expect(organisation.defaultResponseDelayDays).toBeLessThanOrEqual(7);
    }
  });
});

describe('demo catalogue: integrity', () => {
  it('has unique keys and resolvable references', () => {
    expect(organisations.size).toBe(catalogue.organisations.length);
    expect(new Set(catalogue.offers.map((o) => o.key)).size).toBe(catalogue.offers.length);
    for (const organisation of catalogue.organisations) {
      expect(new Set(organisation.venues.map((v) => v.key)).size).toBe(organisation.venues.length);
    }
    for (const offer of catalogue.offers) {
      const venues = new Set(organisationOf(offer).venues.map((v) => v.key));
      for (const key of offer.venueKeys) expect(venues.has(key), `${offer.key} ${key}`).toBe(true);
    }
  });

  it('has sound eligibility, delays and ways to engage', () => {
    for (const offer of catalogue.offers) {
      expect(offer.ageMin, offer.key).toBeGreaterThanOrEqual(15);
      expect(offer.ageMax, offer.key).toBeLessThanOrEqual(30);
      expect(offer.ageMin, offer.key).toBeLessThanOrEqual(offer.ageMax);
      expect(offer.responseDelayDays).toBeGreaterThanOrEqual(1);
      expect(offer.responseDelayDays).toBeLessThanOrEqual(7);
      expect(offer.engagement.length).toBeGreaterThan(0);
      if (offer.engagement.includes('EXTERNAL_LINK')) expect(offer.externalUrl, offer.key).toMatch(/^https:\/\/[a-z0-9.-]+\.balise\.test\//);
      if (offer.engagement.includes('PHONE')) expect(offer.phone, offer.key).toMatch(/^0\d( \d\d){4}$/);
      if (offer.venueKeys.length === 0) expect(offer.remote, offer.key).toBe(true);
    }
  });

  it('never repeats a title within one organisation', () => {
    const seen = new Set<string>();
    for (const offer of catalogue.offers) {
      const id = `${offer.organisationKey}|${offer.title}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
    }
  });

  it('speaks plain French to the youth, without HTML', () => {
    const tu = /\b(tu|te|ton|ta|tes|toi)\b|\bt['’]/i;
    for (const offer of catalogue.offers) {
      expect(offer.title.trim().length).toBeGreaterThan(5);
      expect(offer.summary.trim().length).toBeGreaterThan(10);
      expect(offer.description).not.toMatch(/<[a-z/]/i);
      expect(offer.description).not.toMatch(/\{[àa-z]+\}/);
      const paragraphs = offer.description.split('\n\n');
      expect(paragraphs.length, offer.key).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length, offer.key).toBeLessThanOrEqual(4);
    }
    const inTu = catalogue.offers.filter((o) => tu.test(`${o.summary} ${o.description}`));
    expect(inTu.length / catalogue.offers.length).toBeGreaterThan(0.9);
  });

  it('is deterministic', () => {
    expect(buildDemoCatalogue()).toEqual(catalogue);
  });

  it('reads no clock and no unseeded randomness', () => {
    const root = join(import.meta.dirname, '..');
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'reference' ? [] : sources(path);
        return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
      });
    for (const path of sources(root)) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.toMatch(/Date\.now|new Date\(|Math\.random/);
    }
  });
});
