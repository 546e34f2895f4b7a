/**
 * The request mix of the search bench: what youths would send to `searchOffers`, drawn once with a
 * fixed seed so that every engine answers exactly the same bodies in the same order.
 */
import { THEME_CODES, type Situation } from '@balise/seeds/catalogue-types';
import type { CommuneRecord } from '@balise/seeds/reference';

export const SEARCH_QUERY = `query Search($input: SearchOffersInput!) {
  searchOffers(input: $input) {
    total
    hits { distanceKm remote offer { id title summary theme format responseDelayDays organisation { name } } }
    facets { themes { value count } formats { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Words youths type: plain needs, slang and synonyms, phrases, and a few typos. */
export const YOUTH_TEXTS = [
  'logement', 'appart', 'studio', 'coloc', 'foyer jeunes travailleurs', 'caution', 'trouver un logement', 'logment',
  'psy', 'psycologue', 'santé', 'sante', 'médecin', 'dépistage', 'contraception', 'soutien psychologique', 'addiction',
  'permis', 'permis de conduire', 'code de la route', 'aide au permis', 'transport', 'vélo', 'scooter',
  'job', 'taf', 'boulot', 'emploi', 'emplois', 'travail', 'job été', 'garantie jeunes', 'mission locale', 'recrutement',
  'alternance', 'alternence', 'apprentissage', 'stage', 'cv', 'atelier cv', 'lettre de motivation', 'orientation',
  'formation', 'formaton', 'diplôme', 'numérique', 'erasmus', 'étranger', 'partir à l’étranger', 'service civique',
  'bénévolat', 'volontariat', 'aide financière', 'argent', 'sous', 'bourse', 'colis alimentaire', 'manger', 'épicerie solidaire',
  'sport', 'pass sport', 'culture', 'écoute', 'accompagnement',
];

export interface SearchInput {
  text?: string;
  communeCode?: string;
  radiusKm?: number;
  themes?: string[];
  age?: number;
  situation?: Situation;
  sort: 'RELEVANCE' | 'DISTANCE';
  first: number;
}

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks communes of all départements with a probability proportional to their population. */
function populationSampler(communes: readonly CommuneRecord[], random: () => number): () => CommuneRecord {
  const populated = communes.filter((c) => c.population > 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const commune of populated) cumulative.push((sum += commune.population));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return populated[lo] as CommuneRecord;
  };
}

const SITUATIONS: Situation[] = ['SCHOOL', 'HIGHER_EDUCATION', 'APPRENTICESHIP', 'JOB_SEEKER', 'EMPLOYED', 'NO_ACTIVITY'];
const RADII = [10, 20, 30, 50];

/**
 * The mix: 60 % without text / 40 % with text; a commune drawn by population for every browse and
 * 90 % of text searches (the rest search all of France); half with one theme; 40 % with an age of
 * 16–25; 20 % of placed searches with a radius; 10 % with a situation; 15 % sorted by distance; first 20.
 */
export function searchInputs(count: number, communes: readonly CommuneRecord[], seed = 2026): SearchInput[] {
  const random = seededRandom(seed);
  const commune = populationSampler(communes, random);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const inputs: SearchInput[] = [];
  for (let i = 0; i < count; i++) {
    const input: SearchInput = { sort: random() < 0.15 ? 'DISTANCE' : 'RELEVANCE', first: 20 };
    const withText = random() < 0.4;
    if (withText) input.text = pick(YOUTH_TEXTS);
    if (!withText || random() < 0.9) {
      input.communeCode = commune().code;
      if (random() < 0.2) input.radiusKm = pick(RADII);
    } else input.sort = 'RELEVANCE';
    if (random() < 0.5) input.themes = [pick(THEME_CODES)];
    if (random() < 0.4) input.age = 16 + Math.floor(random() * 10);
    if (random() < 0.1) input.situation = pick(SITUATIONS);
    inputs.push(input);
  }
  return inputs;
}

export function describeMix(inputs: readonly SearchInput[]): string {
  const share = (predicate: (input: SearchInput) => boolean) => `${Math.round((100 * inputs.filter(predicate).length) / inputs.length)} %`;
  return [
    `${inputs.length} requests`,
    `text ${share((i) => i.text !== undefined)}`,
    `commune ${share((i) => i.communeCode !== undefined)}`,
    `radius ${share((i) => i.radiusKm !== undefined)}`,
    `1 theme ${share((i) => i.themes !== undefined)}`,
    `age ${share((i) => i.age !== undefined)}`,
    `situation ${share((i) => i.situation !== undefined)}`,
    `sort DISTANCE ${share((i) => i.sort === 'DISTANCE')}`,
  ].join(', ');
}
