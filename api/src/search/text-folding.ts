import { normaliseName } from '../geo/normalise.js';

/** Lower case, accent-free, words separated by single spaces ("L'Hôpital-Saint" → "l hopital saint"). */
export const foldText = normaliseName;

/** Folded words of a text, in order, stop words included. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}
