/**
 * Typo tolerance: the folded words seen in the index, bucketed by length, and a bounded
 * Damerau-Levenshtein (optimal string alignment) scan. Same budget as Meilisearch's
 * defaults: 1 typo from 5 letters, 2 typos from 9 letters, none below nor in numbers.
 */
export function allowedTypos(word: string): number {
  if (/^[0-9]+$/.test(word)) return 0;
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** Edit distance (insert, delete, substitute, swap adjacent) if ≤ max, else max + 1. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[m] as number;
}

const CACHE_LIMIT = 5_000;

/** Folded words of the index with their stem; finds the stems a misspelt word stands for. */
export class Vocabulary {
  private readonly stemOf = new Map<string, string>();
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string[]>();

  add(word: string, stem: string): void {
    if (this.stemOf.has(word)) return;
    this.stemOf.set(word, stem);
    let bucket = this.byLength.get(word.length);
    if (!bucket) this.byLength.set(word.length, (bucket = []));
    bucket.push(word);
    this.cache.clear();
  }

  get size(): number {
    return this.stemOf.size;
  }

  /** Stems of the indexed words within the typo budget of `word` (the word itself excluded). */
  typoStems(word: string): string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const max = allowedTypos(word);
    const stems = new Set<string>();
    if (max > 0) {
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const candidate of this.byLength.get(len) ?? []) {
          if (candidate === word) continue;
          // As in Meilisearch, a typo on the first letter counts twice.
          const budget = candidate.charCodeAt(0) === word.charCodeAt(0) ? max : max - 1;
          if (budget < 1) continue;
          if (boundedEditDistance(word, candidate, budget) <= budget) stems.add(this.stemOf.get(candidate) as string);
        }
      }
    }
    const result = [...stems];
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }
}
