/**
 * Lowercase, accent-free, words separated by single spaces; hyphens, apostrophes and other punctuation
 * become spaces: "L'Hôpital-Saint-Blaise " → "l hopital saint blaise". Ligatures are expanded (œ → oe).
 */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Search key: the normalised name without spaces, so "l hopital", "l'hopital" and "lhopital" all match. */
export function compactKey(s: string): string {
  return normaliseName(s).replace(/ /g, '');
}
