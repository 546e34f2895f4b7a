import { OFFER_FORMATS, THEME_CODES, type OfferFormat, type ThemeCode } from '@balise/seeds/catalogue-types';
import { distanceKm } from '../../geo/distance.js';
import type { SearchPage, SearchQuery } from '../search-index.port.js';
import { formatIndex, situationBit, themeIndex, type OfferStore } from './offer-store.js';
import { planTextQuery } from './query-plan.js';
import { rankAndPage } from './rank.js';
import { matchText, type Scratch } from './text-match.js';

/** Runs one search synchronously on a store: candidates → filters → facets → rank → page. */
export function executeSearch(store: OfferStore, scratch: Scratch, query: SearchQuery): SearchPage {
  const gen = scratch.next(store.slotCount);
  const units = query.text ? planTextQuery(query.text, store.vocabulary, (s) => store.postings.has(s)) : [];
  const hasText = units.length > 0;
  const textSlots = hasText ? matchText(store, scratch, gen, units) : null;
  const { stamp, matchedUnits, seen, score } = scratch;
  const unitCount = units.length;

  const themeFilter = query.themes?.length ? new Set(query.themes.map((t) => themeIndex.get(t))) : null;
  const formatFilter = query.formats?.length ? new Set(query.formats.map((f) => formatIndex.get(f))) : null;
  const situation = query.situation ? (situationBit.get(query.situation) ?? 0) : 0;
  const age = query.age;
  const place = query.place;
  const radius = place && query.radiusKm !== undefined ? query.radiusKm : Infinity;

  const themeCounts = new Int32Array(THEME_CODES.length);
  const formatCounts = new Int32Array(OFFER_FORMATS.length);
  const resultSlots: number[] = [];
  const resultDistances: number[] = [];

  const consider = (slot: number): void => {
    if (seen[slot] === gen) return;
    seen[slot] = gen;
    if (store.alive[slot] !== 1) return;
    if (hasText && (stamp[slot] !== gen || matchedUnits[slot] !== unitCount)) return;
    if (age !== undefined && (age < (store.ageMin[slot] as number) || age > (store.ageMax[slot] as number))) return;
    if (situation !== 0) {
      const mask = store.situations[slot] as number;
      if (mask !== 0 && (mask & situation) === 0) return;
    }
    let distance = Infinity;
    if (place) {
      const points = store.points[slot];
      if (points) distance = nearest(points, place.point);
      if (!(distance <= radius) && store.remote[slot] !== 1) return;
    }
    const theme = store.theme[slot] as number;
    const format = store.format[slot] as number;
    const themeOk = !themeFilter || themeFilter.has(theme);
    const formatOk = !formatFilter || formatFilter.has(format);
    if (formatOk && theme < themeCounts.length) themeCounts[theme]!++;
    if (themeOk && format < formatCounts.length) formatCounts[format]!++;
    if (themeOk && formatOk) {
      resultSlots.push(slot);
      resultDistances.push(distance);
    }
  };

  if (place) {
    for (const slot of store.byCommune.get(place.communeCode) ?? []) consider(slot);
    if (place.epci) for (const slot of store.byEpci.get(place.epci) ?? []) consider(slot);
    for (const slot of store.byDepartement.get(place.departement) ?? []) consider(slot);
    for (const slot of store.national) consider(slot);
  } else if (textSlots) {
    for (const slot of textSlots) consider(slot);
  } else {
    for (let slot = 0; slot < store.slotCount; slot++) consider(slot);
  }

  const hits = rankAndPage(store, {
    slots: resultSlots,
    distances: resultDistances,
    score: hasText ? score : null,
    sort: query.sort,
    offset: query.offset,
    limit: query.limit,
  });
  return {
    total: resultSlots.length,
    hits,
    facets: { themes: toRecord(THEME_CODES, themeCounts), formats: toRecord(OFFER_FORMATS, formatCounts) },
  };
}

function nearest(points: Float64Array, from: { lat: number; lng: number }): number {
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const d = distanceKm(from, { lat: points[i] as number, lng: points[i + 1] as number });
    if (d < best) best = d;
  }
  return best;
}

function toRecord<K extends ThemeCode | OfferFormat>(keys: readonly K[], counts: Int32Array): Partial<Record<K, number>> {
  const record: Partial<Record<K, number>> = {};
  keys.forEach((key, i) => {
    const count = counts[i] as number;
    if (count > 0) record[key] = count;
  });
  return record;
}
