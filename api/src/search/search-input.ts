import type { OfferFormat, Situation, ThemeCode } from '@balise/seeds/catalogue-types';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { invalidInput } from '../shared/domain-error.js';
import { decodeCursor, invalidCursor, pageSize } from '../shared/pagination.js';
import type { SearchPlace, SearchQuery, SearchSort } from './search-index.port.js';

export interface SearchOffersArgs {
  text?: string | null;
  communeCode?: string | null;
  near?: { lat: number; lng: number } | null;
  radiusKm?: number | null;
  themes?: ThemeCode[] | null;
  formats?: OfferFormat[] | null;
  age?: number | null;
  situation?: Situation | null;
  sort?: SearchSort | null;
  first?: number | null;
  after?: string | null;
}

export const MAX_TEXT_LENGTH = 200;
export const MAX_RADIUS_KM = 200;
/** "Autour de moi" must be in or near a French commune. */
const NEAR_MAX_KM = 30;

/** Checks a youth's search and turns it into an engine query; every refusal names its field. */
export function toSearchQuery(args: SearchOffersArgs, geo: GeoDirectory): SearchQuery {
  const limit = pageSize(args.first);
  const offset = args.after ? cursorOffset(args.after) : 0;
  const text = args.text?.trim() || undefined;
  if (text && text.length > MAX_TEXT_LENGTH) throw invalidInput('text', `La recherche ne doit pas dépasser ${MAX_TEXT_LENGTH} caractères.`);
  const place = resolvePlace(args, geo);
  const radiusKm = args.radiusKm ?? undefined;
  if (radiusKm !== undefined && !(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
    throw invalidInput('radiusKm', `Le rayon doit être compris entre 0 et ${MAX_RADIUS_KM} km.`);
  }
  if (radiusKm !== undefined && !place) throw invalidInput('radiusKm', 'Un rayon demande une commune ou une position.');
  if (args.age != null && !(Number.isInteger(args.age) && args.age >= 1 && args.age <= 120)) {
    throw invalidInput('age', 'L’âge doit être un nombre entier d’années.');
  }
  return {
    ...(text ? { text } : {}),
    ...(place ? { place } : {}),
    ...(radiusKm !== undefined ? { radiusKm } : {}),
    ...(args.themes?.length ? { themes: [...new Set(args.themes)] } : {}),
    ...(args.formats?.length ? { formats: [...new Set(args.formats)] } : {}),
    ...(args.age != null ? { age: args.age } : {}),
    ...(args.situation ? { situation: args.situation } : {}),
    sort: args.sort ?? 'RELEVANCE',
    offset,
    limit,
  };
}

function resolvePlace(args: SearchOffersArgs, geo: GeoDirectory): SearchPlace | undefined {
  const near = args.near ?? undefined;
  if (near && !(Math.abs(near.lat) <= 90 && Math.abs(near.lng) <= 180)) {
    throw invalidInput('near', 'La position donnée n’existe pas (latitude entre -90 et 90, longitude entre -180 et 180).');
  }
  if (args.communeCode != null) {
    const commune = geo.byCode(args.communeCode);
    if (!commune) throw invalidInput('communeCode', 'Cette commune est inconnue : choisis-la dans la liste proposée.');
    return { communeCode: commune.code, epci: commune.epci, departement: commune.departement, point: near ?? { lat: commune.lat, lng: commune.lng } };
  }
  if (!near) return undefined;
  const commune = geo.nearest(near, NEAR_MAX_KM);
  if (!commune) throw invalidInput('near', 'Cette position est hors de France : choisis plutôt une commune.');
  return { communeCode: commune.code, epci: commune.epci, departement: commune.departement, point: near };
}

function cursorOffset(after: string): number {
  const [offset] = decodeCursor(after, 1);
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw invalidCursor();
  }
  return offset;
}
