import { FRENCH_SYNONYM_GROUPS } from '../synonyms.fr.js';
import { analyseText, type AnalysedWord } from './text-analysis.js';
import type { Vocabulary } from './typo.js';

/** One way to satisfy a unit: the offer must contain every stem (a phrase needs them all). */
export type Alternative = readonly string[];

/** One word (or synonym phrase) of the query; an offer matches the query when it matches every unit. */
export interface QueryUnit {
  alternatives: Alternative[];
  /** The word itself is unknown and was read as a near word. */
  typo: boolean;
}

interface CompiledGroup {
  members: Alternative[];
}

/** Synonym groups as stem sequences, indexed by single stem and listed by phrase. */
const groups: CompiledGroup[] = FRENCH_SYNONYM_GROUPS.map((group) => ({
  members: group.map((member) => analyseText(member).map((w) => w.stem)).filter((stems) => stems.length > 0),
}));
const groupsByStem = new Map<string, CompiledGroup[]>();
const phrases: { stems: Alternative; group: CompiledGroup }[] = [];
for (const group of groups) {
  for (const member of group.members) {
    if (member.length === 1) {
      const stem = member[0] as string;
      const list = groupsByStem.get(stem) ?? [];
      if (!list.includes(group)) list.push(group);
      groupsByStem.set(stem, list);
    } else phrases.push({ stems: member, group });
  }
}
phrases.sort((a, b) => b.stems.length - a.stems.length);

function phraseAt(words: readonly AnalysedWord[], start: number): { length: number; group: CompiledGroup } | null {
  for (const phrase of phrases) {
    if (start + phrase.stems.length > words.length) continue;
    if (phrase.stems.every((stem, i) => words[start + i]?.stem === stem)) return { length: phrase.stems.length, group: phrase.group };
  }
  return null;
}

function addGroup(target: Map<string, Alternative>, group: CompiledGroup): void {
  for (const member of group.members) target.set(member.join(' '), member);
}

/**
 * Turns the query text into units: synonym phrases first ("code de la route"), then single words.
 * A word found in the index matches itself (and its synonyms); an unknown word is read as the
 * indexed words within its typo budget ("logment" → "logement").
 */
export function planTextQuery(text: string, vocabulary: Vocabulary, hasStem: (stem: string) => boolean): QueryUnit[] {
  const words = analyseText(text);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phraseAt(words, i);
    if (phrase) {
      const alternatives = new Map<string, Alternative>();
      addGroup(alternatives, phrase.group);
      units.push({ alternatives: [...alternatives.values()], typo: false });
      i += phrase.length;
      continue;
    }
    const { word, stem } = words[i] as AnalysedWord;
    i++;
    const alternatives = new Map<string, Alternative>();
    const known = hasStem(stem) || groupsByStem.has(stem);
    const stems = known ? [stem] : vocabulary.typoStems(word);
    for (const s of stems) {
      alternatives.set(s, [s]);
      for (const group of groupsByStem.get(s) ?? []) addGroup(alternatives, group);
    }
    units.push({ alternatives: [...alternatives.values()], typo: !known });
  }
  return units;
}
