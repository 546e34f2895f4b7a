import { stopwords as oramaFrenchStopWords } from '@orama/stopwords/french';
import type { Meilisearch, Settings } from 'meilisearch';
import { FRENCH_SYNONYM_GROUPS } from '../synonyms.fr.js';
import { waitFor, type WaitOptions } from './tasks.js';

/** Every word of a group maps to the other words of its group (and of any other group it belongs to). */
export function buildSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const word of group) {
      const others = synonyms.get(word) ?? new Set<string>();
      for (const other of group) if (other !== word) others.add(other);
      synonyms.set(word, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([word, others]) => [word, [...others]]));
}

/** French stop words, minus any word a synonym group needs to match. */
export function buildStopWords(): string[] {
  const synonymWords = new Set(FRENCH_SYNONYM_GROUPS.flat());
  return [...new Set(oramaFrenchStopWords)].filter((word) => word.length > 0 && !synonymWords.has(word));
}

/**
 * The index settings, as code. `sort` comes first, so that DISTANCE is nearest first even with
 * text (the conformance suite requires it); RELEVANCE with text therefore sends no sort and
 * the text rules decide (see search-request.ts). The last rule breaks the remaining ties:
 * the offer changed most recently first.
 */
export const INDEX_SETTINGS = {
  searchableAttributes: ['title', 'category', 'themeLabel', 'summary', 'organisationName', 'description', 'venuePostcode'],
  filterableAttributes: [
    'id',
    'offerId',
    'theme',
    'format',
    'ageMin',
    'ageMax',
    'situations',
    'coverageCommunes',
    'coverageEpcis',
    'coverageDepartements',
    'coverageNational',
    'remote',
    '_geo',
  ],
  sortableAttributes: ['_geo', 'updatedAt'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'updatedAt:desc'],
  distinctAttribute: 'offerId',
  synonyms: buildSynonyms(FRENCH_SYNONYM_GROUPS),
  stopWords: buildStopWords(),
  typoTolerance: { enabled: true, disableOnAttributes: ['venuePostcode'], disableOnNumbers: true },
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
  pagination: { maxTotalHits: 100_000 },
  // The embedded engine matches whole words (with typos), not prefixes: both must answer alike.
  prefixSearch: 'disabled',
} satisfies Settings;

export type IndexSettings = typeof INDEX_SETTINGS;

/** Order matters only for these; Meilisearch returns the other lists sorted. */
const ORDERED_KEYS = new Set<string>(['searchableAttributes', 'rankingRules', 'localizedAttributes']);
/** Dictionaries: a key the server has and the code no longer has is a difference too. */
const DICTIONARY_KEYS = new Set<string>(['synonyms']);

interface Comparison {
  ordered: boolean;
  exactKeys: boolean;
}

/** True when `current` already holds `desired`; setting objects compare on the desired keys only. */
function holds(desired: unknown, current: unknown, how: Comparison): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    if (how.ordered) return desired.every((item, i) => holds(item, current[i], how));
    const canonical = (list: unknown[]) => list.map((item) => JSON.stringify(item)).sort();
    return JSON.stringify(canonical(desired)) === JSON.stringify(canonical(current));
  }
  if (desired !== null && typeof desired === 'object') {
    if (current === null || typeof current !== 'object') return false;
    const currentRecord = current as Record<string, unknown>;
    if (how.exactKeys && Object.keys(currentRecord).length !== Object.keys(desired).length) return false;
    return Object.entries(desired).every(([key, value]) => holds(value, currentRecord[key], how));
  }
  return desired === current;
}

/** The part of `desired` that `current` does not hold yet (empty: nothing to update). */
export function settingsDiff(desired: Settings, current: Settings): Settings {
  const currentRecord = current as Record<string, unknown>;
  const differs = ([key, value]: [string, unknown]) =>
    !holds(value, currentRecord[key], { ordered: ORDERED_KEYS.has(key), exactKeys: DICTIONARY_KEYS.has(key) });
  return Object.fromEntries(Object.entries(desired).filter(differs)) as Settings;
}

/** Applies INDEX_SETTINGS when the index differs; returns the keys it updated. Idempotent. */
export async function applySettings(
  client: Meilisearch,
  indexUid: string,
  options: WaitOptions & { settings?: Settings } = {},
): Promise<string[]> {
  const index = client.index(indexUid);
  const diff = settingsDiff(options.settings ?? INDEX_SETTINGS, await index.getSettings());
  const keys = Object.keys(diff);
  if (keys.length > 0) await waitFor(index.updateSettings(diff), options);
  return keys;
}
