import { describe, expect, it } from 'vitest';
import { FRENCH_SYNONYM_GROUPS } from '../synonyms.fr.js';
import { buildSynonyms, INDEX_SETTINGS, settingsDiff } from './settings.js';

describe('INDEX_SETTINGS', () => {
  it('searches the title first and the venue postcode last', () => {
    expect(INDEX_SETTINGS.searchableAttributes).toEqual([
      'title',
      'category',
      'themeLabel',
      'summary',
      'organisationName',
      'description',
      'venuePostcode',
    ]);
  });

  it('keeps one hit per offer', () => {
    expect(INDEX_SETTINGS.distinctAttribute).toBe('offerId');
  });

  it('never corrects a postcode or a number', () => {
    expect(INDEX_SETTINGS.typoTolerance.disableOnAttributes).toEqual(['venuePostcode']);
    expect(INDEX_SETTINGS.typoTolerance.disableOnNumbers).toBe(true);
  });

  it('filters on everything a query can ask and sorts by distance', () => {
    for (const attribute of ['offerId', 'theme', 'format', 'ageMin', 'ageMax', 'situations', 'remote', '_geo']) {
      expect(INDEX_SETTINGS.filterableAttributes).toContain(attribute);
    }
    expect(INDEX_SETTINGS.sortableAttributes).toEqual(['_geo', 'updatedAt']);
    // The query's sort (distance) first, so that DISTANCE is nearest first even with text; the newest offer last.
    expect(INDEX_SETTINGS.rankingRules[0]).toBe('sort');
    expect(INDEX_SETTINGS.rankingRules.at(-1)).toBe('updatedAt:desc');
  });

  it('keeps the words of the synonym groups out of the stop words', () => {
    const words = new Set(FRENCH_SYNONYM_GROUPS.flat());
    expect(INDEX_SETTINGS.stopWords).toContain('le');
    expect(INDEX_SETTINGS.stopWords).not.toContain('');
    expect(INDEX_SETTINGS.stopWords.filter((word) => words.has(word))).toEqual([]);
  });
});

describe('synonyms', () => {
  const synonyms = INDEX_SETTINGS.synonyms;

  it('maps every word of a group to the others', () => {
    expect(synonyms['psy']).toEqual(expect.arrayContaining(['psychologue', 'psychologique', 'écoute', 'mal-être']));
    expect(synonyms['psy']).not.toContain('psy');
    for (const group of FRENCH_SYNONYM_GROUPS) {
      for (const word of group) expect(synonyms[word]).toEqual(expect.arrayContaining(group.filter((w) => w !== word)));
    }
  });

  it('is symmetric', () => {
    for (const [word, others] of Object.entries(synonyms)) {
      for (const other of others) expect(synonyms[other], `${other} → ${word}`).toContain(word);
    }
  });

  it('merges a word found in two groups', () => {
    expect(buildSynonyms([['a', 'b'], ['b', 'c']])).toEqual({ a: ['b'], b: ['a', 'c'], c: ['b'] });
  });
});

describe('settingsDiff', () => {
  it('is empty when the server already holds the settings, in its own order and with its defaults', () => {
    const current = {
      ...INDEX_SETTINGS,
      filterableAttributes: [...INDEX_SETTINGS.filterableAttributes].sort(),
      stopWords: [...INDEX_SETTINGS.stopWords].sort(),
      synonyms: Object.fromEntries(Object.entries(INDEX_SETTINGS.synonyms).map(([k, v]) => [k, [...v].reverse()])),
      typoTolerance: { ...INDEX_SETTINGS.typoTolerance, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [] },
      displayedAttributes: ['*'],
    };
    expect(settingsDiff(INDEX_SETTINGS, current)).toEqual({});
  });

  it('returns only what differs', () => {
    const current = {
      ...INDEX_SETTINGS,
      searchableAttributes: ['category', 'title', 'themeLabel', 'summary', 'organisationName', 'description', 'venuePostcode'],
      distinctAttribute: null,
      typoTolerance: { ...INDEX_SETTINGS.typoTolerance, disableOnAttributes: [] },
      synonyms: { ...INDEX_SETTINGS.synonyms, obsolete: ['word'] },
    };
    expect(Object.keys(settingsDiff(INDEX_SETTINGS, current)).sort()).toEqual([
      'distinctAttribute',
      'searchableAttributes',
      'synonyms',
      'typoTolerance',
    ]);
  });

  it('sends everything to a fresh index', () => {
    expect(Object.keys(settingsDiff(INDEX_SETTINGS, {}))).toEqual(Object.keys(INDEX_SETTINGS));
  });
});
