import { FRENCH_SYNONYM_GROUPS } from '../synonyms.fr.js';
import { joinSql, sql, type SqlFragment } from './sql-fragment.js';
import { foldText, foldedWords } from '../text-folding.js';


/** Synonym groups with folded members; members are phrases of one or more words. */
const GROUPS: readonly (readonly string[])[] = FRENCH_SYNONYM_GROUPS.map((group) => [...new Set(group.map(foldText).filter(Boolean))]);
const GROUP_OF_WORD = new Map<string, (readonly string[])[]>();
const PHRASES: { words: string[]; group: readonly string[] }[] = [];
for (const group of GROUPS) {
  for (const member of group) {
    const words = member.split(' ');
    if (words.length === 1) GROUP_OF_WORD.set(member, [...(GROUP_OF_WORD.get(member) ?? []), group]);
    else PHRASES.push({ words, group });
  }
}
PHRASES.sort((a, b) => b.words.length - a.words.length);

/** [single word, member of one of its groups] pairs, for the SQL side of typo tolerance. */
export function synonymPairs(): [string, string][] {
  return [...GROUP_OF_WORD].flatMap(([word, groups]) => [...new Set(groups.flat())].map((member): [string, string] => [word, member]));
}

/**
 * One unit of the query; the offer must match every unit.
 * - `synonyms`: any member of the groups (a member phrase needs all its words);
 * - `word`: the word itself, or, when no indexed word has its lexeme, the nearest indexed words
 *   by trigram similarity (typo tolerance, done in SQL by `search_baseline_word_query`).
 */
export type TextUnit = { kind: 'synonyms'; members: string[] } | { kind: 'word'; word: string };

export function planText(text: string): TextUnit[] {
  const words = foldedWords(text);
  const units: TextUnit[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = PHRASES.find((p) => p.words.every((word, k) => words[i + k] === word));
    if (phrase) {
      units.push({ kind: 'synonyms', members: [...phrase.group] });
      i += phrase.words.length;
      continue;
    }
    const word = words[i] as string;
    i++;
    const groups = GROUP_OF_WORD.get(word);
    units.push(groups ? { kind: 'synonyms', members: [...new Set(groups.flat())] } : { kind: 'word', word });
  }
  return units.slice(0, 12);
}

/**
 * An SQL expression giving the `tsquery` of the text: units joined with `&&`, synonyms with `||`.
 * Stop words give an empty `tsquery`, which `&&` and `||` simply ignore.
 */
export function tsqueryExpression(units: readonly TextUnit[]): SqlFragment {
  const parts = units.map((unit) =>
    unit.kind === 'word'
      ? sql`search_baseline_word_query(${unit.word})`
      : sql`(${joinSql(unit.members.map((member) => sql`websearch_to_tsquery('french', ${member})`), ' || ')})`,
  );
  return joinSql(parts, ' && ');
}
