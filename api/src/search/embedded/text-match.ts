import type { OfferStore } from './offer-store.js';
import type { PostingList } from './posting-list.js';
import type { Alternative, QueryUnit } from './query-plan.js';

/**
 * Per-search scratch columns, reused across searches (a search runs synchronously, so one set per
 * store is enough). `stamp[slot] === generation` says the other columns are valid for this search.
 */
export class Scratch {
  generation = 0;
  stamp = new Int32Array(0);
  matchedUnits = new Uint8Array(0);
  unitLevel = new Uint8Array(0);
  score = new Int32Array(0);
  seen = new Int32Array(0);

  /** Starts a new search over `size` slots. */
  next(size: number): number {
    if (this.stamp.length < size) {
      const n = Math.max(size, Math.ceil(this.stamp.length * 1.5));
      this.stamp = new Int32Array(n);
      this.matchedUnits = new Uint8Array(n);
      this.unitLevel = new Uint8Array(n);
      this.score = new Int32Array(n);
      this.seen = new Int32Array(n);
      this.generation = 0;
    }
    if (this.generation >= 0x7ffffff0) {
      this.stamp.fill(0);
      this.seen.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

/**
 * Marks the slots matching every unit: afterwards `stamp[slot] === gen && matchedUnits[slot] ===
 * units.length`, with `score[slot]` = sum over units of the best field level. Returns those slots.
 */
export function matchText(store: OfferStore, scratch: Scratch, gen: number, units: readonly QueryUnit[]): number[] {
  const { stamp, matchedUnits, unitLevel, score } = scratch;
  const matched: number[] = [];
  units.forEach((unit, k) => {
    const last = k === units.length - 1;
    const visit = (slot: number, level: number): void => {
      if (stamp[slot] !== gen) {
        if (k !== 0) return;
        stamp[slot] = gen;
        matchedUnits[slot] = 0;
        score[slot] = 0;
      }
      const count = matchedUnits[slot] as number;
      if (count === k) {
        matchedUnits[slot] = k + 1;
        unitLevel[slot] = level;
        score[slot] = (score[slot] as number) + level;
        if (last) matched.push(slot);
      } else if (count === k + 1 && level > (unitLevel[slot] as number)) {
        score[slot] = (score[slot] as number) + level - (unitLevel[slot] as number);
        unitLevel[slot] = level;
      }
    };
    for (const alternative of unit.alternatives) visitAlternative(store, alternative, visit);
  });
  return matched;
}

function visitAlternative(store: OfferStore, stems: Alternative, visit: (slot: number, level: number) => void): void {
  const lists: PostingList[] = [];
  for (const stem of stems) {
    const list = store.postings.get(stem);
    if (!list) return;
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  const [shortest, ...others] = lists;
  if (!shortest) return;
  const { slots, levels, length } = shortest;
  outer: for (let i = 0; i < length; i++) {
    const slot = slots[i] as number;
    let level = levels[i] as number;
    for (const other of others) {
      const at = binarySearch(other.slots, other.length, slot);
      if (at < 0) continue outer;
      level = Math.min(level, other.levels[at] as number);
    }
    visit(slot, level);
  }
}

function binarySearch(array: Int32Array, length: number, value: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = array[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
