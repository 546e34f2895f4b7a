import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import { FRENCH_SYNONYM_GROUPS } from '../synonyms.fr.js';
import { foldText, foldedWords } from '../text-folding.js';

export { foldText, foldedWords };

/**
 * Text analysis shared by indexing and querying, so both sides always agree:
 * fold (lower case, no accents, punctuation → space) → split → drop stop words → stem.
 * Stemming runs on the folded word ("financière" and "financiere" give the same stem).
 */


/** Single words that appear in a synonym group are never dropped as stop words ("sous" means money). */
const KEEP_WORDS: ReadonlySet<string> = new Set(
  FRENCH_SYNONYM_GROUPS.flat()
    .map(foldedWords)
    .filter((words) => words.length === 1)
    .map((words) => words[0] as string),
);

const STOP_WORDS: ReadonlySet<string> = new Set(
  stopwords.map((word) => foldText(word)).filter((word) => word !== '' && !KEEP_WORDS.has(word)),
);

export function isStopWord(foldedWord: string): boolean {
  return STOP_WORDS.has(foldedWord);
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * Stem of a folded word. A plural "s" is dropped first (the French Snowball stemmer
 * keeps it after "oi": "emplois" ≠ "emploi"); the same rule applies on both sides.
 */
export function stemWord(foldedWord: string): string {
  const cached = stemCache.get(foldedWord);
  if (cached !== undefined) return cached;
  let word = foldedWord;
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  const stem = word.length <= 2 || /^[0-9]+$/.test(word) ? word : stemmer(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(foldedWord, stem);
  return stem;
}

/** One searchable word of a text: its folded surface form and its stem. */
export interface AnalysedWord {
  word: string;
  stem: string;
}

/** The searchable words of a text (stop words removed), in order. */
export function analyseText(text: string): AnalysedWord[] {
  const result: AnalysedWord[] = [];
  for (const word of foldedWords(text)) {
    if (isStopWord(word)) continue;
    result.push({ word, stem: stemWord(word) });
  }
  return result;
}

/** Stems that a phrase requires (stop words removed): "code de la route" → ["code", "rout"]. */
export function phraseStems(phrase: string): string[] {
  return analyseText(phrase).map((w) => w.stem);
}
