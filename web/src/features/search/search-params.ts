import type { OfferFormat, SearchOffersInput, SearchSort, Situation, ThemeCode } from '../../gql/graphql.js';
import { isSituation, parseAge } from '../profile/profile.js';

/**
 * The results page state lives in the URL query string, so results can be shared and reloaded:
 * `commune` (INSEE code) or `lat`+`lng` (near), `themes` (comma list), `formats` (comma list),
 * `texte`, `age`, `situation`, `rayon` (km), `tri` (`distance` or `pertinence`).
 */
export interface SearchState {
  commune?: string;
  near?: { lat: number; lng: number };
  themes: ThemeCode[];
  formats: OfferFormat[];
  texte?: string;
  age?: number;
  situation?: Situation;
  rayon?: number;
  tri: 'distance' | 'pertinence';
}

export const THEME_CODES: readonly ThemeCode[] = ['HEALTH', 'HOUSING', 'MOBILITY', 'INTERNATIONAL_MOBILITY', 'CIVIC_ENGAGEMENT', 'EMPLOYMENT', 'TRAINING', 'DAILY_LIFE', 'CULTURE_SPORT'];
export const FORMAT_CODES: readonly OfferFormat[] = ['INDIVIDUAL_APPOINTMENT', 'WORKSHOP', 'DROP_IN', 'FINANCIAL_AID', 'ONLINE'];
export const RADII = [5, 10, 20, 50, 100] as const;
export const PAGE_SIZE = 20;

function list<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(',').map((part) => part.trim().toUpperCase()));
  return allowed.filter((code) => wanted.has(code));
}

function coordinate(raw: string | null, limit: number): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : undefined;
}

export function parseSearch(params: URLSearchParams): SearchState {
  const commune = params.get('commune')?.trim();
  const lat = coordinate(params.get('lat'), 90);
  const lng = coordinate(params.get('lng'), 180);
  const rayon = Number(params.get('rayon'));
  const texte = params.get('texte')?.trim().slice(0, 200);
  const situation = params.get('situation')?.toUpperCase();
  return {
    commune: commune && /^[0-9AB]{5}$/i.test(commune) ? commune.toUpperCase() : undefined,
    near: lat !== undefined && lng !== undefined ? { lat, lng } : undefined,
    themes: list(params.get('themes'), THEME_CODES),
    formats: list(params.get('formats'), FORMAT_CODES),
    texte: texte || undefined,
    age: parseAge(params.get('age') ?? undefined),
    situation: isSituation(situation) ? situation : undefined,
    rayon: Number.isFinite(rayon) && rayon > 0 && rayon <= 200 ? rayon : undefined,
    tri: params.get('tri') === 'distance' ? 'distance' : 'pertinence',
  };
}

export function searchToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.commune) params.set('commune', state.commune);
  else if (state.near) {
    params.set('lat', state.near.lat.toFixed(4));
    params.set('lng', state.near.lng.toFixed(4));
  }
  if (state.themes.length) params.set('themes', state.themes.join(','));
  if (state.formats.length) params.set('formats', state.formats.join(','));
  if (state.texte) params.set('texte', state.texte);
  if (state.age !== undefined) params.set('age', String(state.age));
  if (state.situation) params.set('situation', state.situation);
  if (state.rayon !== undefined) params.set('rayon', String(state.rayon));
  if (state.tri === 'distance') params.set('tri', 'distance');
  return params;
}

export function resultsHref(state: SearchState): string {
  const query = searchToParams(state).toString();
  return query ? `/recherche?${query}` : '/recherche';
}

export function hasPlace(state: SearchState): boolean {
  return Boolean(state.commune || state.near);
}

/** The GraphQL input for a state (without the pagination cursor). */
export function toSearchInput(state: SearchState): SearchOffersInput {
  const sort: SearchSort = state.tri === 'distance' && hasPlace(state) ? 'DISTANCE' : 'RELEVANCE';
  return {
    communeCode: state.commune ?? null,
    near: state.commune ? null : (state.near ?? null),
    themes: state.themes.length ? state.themes : null,
    formats: state.formats.length ? state.formats : null,
    text: state.texte ?? null,
    age: state.age ?? null,
    situation: state.situation ?? null,
    radiusKm: hasPlace(state) ? (state.rayon ?? null) : null,
    sort,
    first: PAGE_SIZE,
  };
}
