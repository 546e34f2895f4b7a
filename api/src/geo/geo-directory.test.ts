import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance.js';
import { GeoDirectory } from './geo-directory.js';
import { normaliseName } from './normalise.js';

type Box = [minLat: number, maxLat: number, minLng: number, maxLng: number];

const METROPOLE: Box = [41.3, 51.15, -5.2, 9.6];
const OVERSEAS: Record<string, Box[]> = {
  '971': [[15.8, 16.55, -61.85, -61.0]], // Guadeloupe
  '972': [[14.35, 14.9, -61.25, -60.8]], // Martinique
  '973': [[2.1, 5.8, -54.6, -51.6]], // Guyane
  '974': [[-21.4, -20.85, 55.2, 55.85]], // La Réunion
  '975': [[46.7, 47.15, -56.45, -56.1]], // Saint-Pierre-et-Miquelon
  '976': [[-13.05, -12.6, 44.95, 45.35]], // Mayotte
  '977': [[17.85, 17.97, -62.95, -62.78]], // Saint-Barthélemy
  '978': [[18.0, 18.13, -63.16, -62.97]], // Saint-Martin
  '984': [[-67, -11, 39, 141]], // TAAF, from the Îles Éparses to Terre Adélie
  '986': [[-14.4, -13.2, -178.25, -176.1]], // Wallis-et-Futuna
  '987': [[-28, -7.8, -155, -134]], // Polynésie française
  '988': [[-23, -19.5, 163.5, 168.2]], // Nouvelle-Calédonie
  '989': [[10.2, 10.4, -109.3, -109.1]], // Clipperton
};

const inBox = (lat: number, lng: number, [minLat, maxLat, minLng, maxLng]: Box): boolean =>
  lat >= minLat && lat <= maxLat && lng >= minLng && lng <= maxLng;

describe('GeoDirectory', () => {
  const geo = GeoDirectory.load();
  const codes = (query: string, first = 10): string[] => geo.search(query, first).map((c) => c.code);

  it('finds a commune by INSEE code', () => {
    expect(geo.byCode('40088')?.name).toBe('Dax');
    expect(geo.byCode('99999')).toBeUndefined();
  });

  it('matches name prefixes ignoring case, accents, hyphens, apostrophes and spaces', () => {
    expect(codes('saint paul les dax')[0]).toBe('40279');
    expect(codes('  SAINT-PAUL-LÈS-DAX ')[0]).toBe('40279');
    expect(codes('lambersart')[0]).toBe('59328');
    for (const query of ["l'hopital", 'l hopital', 'lhopital', "L'Hôpital"]) expect(codes(query)).toContain('57336');
  });

  it('matches postcode prefixes of 2 to 5 digits', () => {
    expect(codes('40100')[0]).toBe('40088');
    const partial = geo.search('401', 50);
    expect(partial.length).toBeGreaterThan(10);
    for (const c of partial) expect(c.postcodes.some((p) => p.startsWith('401'))).toBe(true);
    expect(codes('75')).toEqual(['75056']); // one commune, 21 postcodes
    expect(codes('4')).toEqual([]);
    expect(codes('401001')).toEqual([]);
  });

  it('returns at most `first` communes, biggest population first', () => {
    const saints = geo.search('saint', 7);
    expect(saints).toHaveLength(7);
    for (let i = 1; i < saints.length; i++) expect(saints[i - 1]!.population).toBeGreaterThanOrEqual(saints[i]!.population);
    expect(saints[0]?.name).toBe('Saint-Étienne');
    expect(geo.search('s', 3).map((c) => c.name)).toEqual(['Strasbourg', 'Saint-Étienne', 'Saint-Denis']);
    expect(geo.search('saint', 0)).toEqual([]);
  });

  it('returns nothing for unknown or empty queries', () => {
    expect(codes('zzqxw')).toEqual([]);
    expect(codes('')).toEqual([]);
    expect(codes(" - ' ")).toEqual([]);
  });

  it('has a point inside France (metropolitan or overseas) for every commune', () => {
    expect(geo.all().length).toBeGreaterThan(34_000);
    const outside: string[] = [];
    for (const commune of geo.all()) {
      const boxes = OVERSEAS[commune.departement] ?? [METROPOLE];
      if (!boxes.some((box) => inBox(commune.lat, commune.lng, box))) outside.push(`${commune.code} ${commune.name}`);
    }
    expect(outside).toEqual([]);
  });
});

describe('GeoDirectory.nearest', () => {
  const geo = GeoDirectory.load();

  it('finds the commune whose centre is nearest, as a full scan would', () => {
    const points = [
      { lat: 43.7102, lng: -1.0536 }, // Dax
      { lat: 43.2951, lng: -0.3708 }, // Pau
      { lat: 50.6514, lng: 3.0237 }, // Lambersart
      { lat: 48.85, lng: 2.35 }, // Paris
      { lat: 44.1, lng: -0.8 }, // Landes forest, small communes
      { lat: -21.1151, lng: 55.5364 }, // La Réunion
    ];
    for (const point of points) {
      const scanned = [...geo.all()].sort((a, b) => distanceKm(point, a) - distanceKm(point, b))[0]!;
      expect(geo.nearest(point, 50)?.code).toBe(scanned.code);
    }
  });

  it('finds nothing far out at sea', () => {
    expect(geo.nearest({ lat: 46, lng: -15 }, 50)).toBeUndefined();
  });
});

describe('normaliseName', () => {
  it('lowercases, strips accents and separators', () => {
    expect(normaliseName("  L'Hôpital-Saint-Blaise ")).toBe('l hopital saint blaise');
    expect(normaliseName('Œuilly')).toBe('oeuilly');
  });
});

describe('distanceKm', () => {
  it('computes great-circle distances', () => {
    expect(distanceKm({ lat: 43.71, lng: -1.05 }, { lat: 43.71, lng: -1.05 })).toBe(0);
    expect(distanceKm({ lat: 48.8566, lng: 2.3522 }, { lat: 43.2965, lng: 5.3698 })).toBeCloseTo(661, -1);
  });
});
