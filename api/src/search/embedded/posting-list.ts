/**
 * The offers (slots) that contain one stem, in increasing slot order, each with the level of
 * the best field it appears in (title 5 … description 1). Slots are only ever appended, so the
 * list stays sorted; removed offers are skipped by the reader (their slot is dead).
 */
export class PostingList {
  slots: Int32Array;
  levels: Uint8Array;
  length = 0;

  constructor(capacity = 4) {
    this.slots = new Int32Array(capacity);
    this.levels = new Uint8Array(capacity);
  }

  add(slot: number, level: number): void {
    if (this.length === this.slots.length) {
      const capacity = this.slots.length * 2;
      const slots = new Int32Array(capacity);
      slots.set(this.slots);
      const levels = new Uint8Array(capacity);
      levels.set(this.levels);
      this.slots = slots;
      this.levels = levels;
    }
    this.slots[this.length] = slot;
    this.levels[this.length] = level;
    this.length++;
  }

  /** Drops the unused capacity (after a full build). */
  trim(): void {
    if (this.length === this.slots.length) return;
    this.slots = this.slots.slice(0, this.length);
    this.levels = this.levels.slice(0, this.length);
  }
}

/** Grows a typed array to at least `size` elements, keeping its content. */
export function ensureSize<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (array.length >= size) return array;
  const grown = make(Math.max(size, array.length * 2, 1024));
  grown.set(array);
  return grown;
}
