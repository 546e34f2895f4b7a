import { loadCommunes, type CommuneRecord } from '@balise/seeds/reference';
import type { Point } from './distance.js';
import { NearestCommuneFinder } from './nearest-commune.js';
import { compactKey } from './normalise.js';

let shared: GeoDirectory | undefined;

interface Entry {
  key: string;
  commune: CommuneRecord;
}

/** Biggest population first; name then code make the order total. */
function compareCommunes(a: CommuneRecord, b: CommuneRecord): number {
  return b.population - a.population || a.name.localeCompare(b.name, 'fr') || a.code.localeCompare(b.code);
}

/** Index of the first entry whose key is >= `key`. */
function lowerBound(entries: Entry[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedEntries(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * In-memory directory of the current French communes.
 *
 * `search` is a prefix search, either on the name (case, accents, spaces, hyphens and apostrophes ignored:
 * "saint paul les dax", "l'hopital", "lhopital") or, for 2 to 5 digits, on the postcode. It does not
 * match inner words ("dax" does not find Saint-Paul-lès-Dax) nor abbreviations ("st" for "saint").
 * Keys are sorted once; a query binary-searches its prefix range, then keeps the `first` most populous
 * communes of that range with a bounded insertion (the widest range, one letter, is a few thousand entries).
 */
export class GeoDirectory {
  private readonly communes: readonly CommuneRecord[];
  private readonly byCodeIndex: Map<string, CommuneRecord>;
  private readonly names: Entry[];
  private readonly postcodes: Entry[];
  private nearestFinder: NearestCommuneFinder | undefined;

  /** The directory of all current communes, built on first use (~0.6 s) and shared afterwards. */
  static load(): GeoDirectory {
    return (shared ??= new GeoDirectory(loadCommunes()));
  }

  constructor(communes: readonly CommuneRecord[]) {
    this.communes = communes;
    this.byCodeIndex = new Map(communes.map((c) => [c.code, c]));
    this.names = sortedEntries(communes.map((commune) => ({ key: compactKey(commune.name), commune })));
    this.postcodes = sortedEntries(communes.flatMap((commune) => commune.postcodes.map((key) => ({ key, commune }))));
  }

  all(): readonly CommuneRecord[] {
    return this.communes;
  }

  /** The commune whose centre is nearest to `point`, within `maxKm`. */
  nearest(point: Point, maxKm: number): CommuneRecord | undefined {
    this.nearestFinder ??= new NearestCommuneFinder(this.communes);
    return this.nearestFinder.nearest(point, maxKm)?.commune;
  }

  byCode(code: string): CommuneRecord | undefined {
    return this.byCodeIndex.get(code);
  }

  search(query: string, first: number): CommuneRecord[] {
    if (first <= 0) return [];
    const digits = query.replace(/\s+/g, '');
    if (/^\d+$/.test(digits)) {
      return digits.length >= 2 && digits.length <= 5 ? this.topOfRange(this.postcodes, digits, first) : [];
    }
    const key = compactKey(query);
    return key ? this.topOfRange(this.names, key, first) : [];
  }

  private topOfRange(entries: Entry[], prefix: string, first: number): CommuneRecord[] {
    const top: CommuneRecord[] = [];
    const seen = new Set<string>();
    for (let i = lowerBound(entries, prefix); i < entries.length; i++) {
      const entry = entries[i]!;
      if (!entry.key.startsWith(prefix)) break;
      const commune = entry.commune;
      if (top.length === first && compareCommunes(commune, top[first - 1]!) >= 0) continue;
      if (seen.has(commune.code)) continue; // several postcodes of one commune
      seen.add(commune.code);
      let at = top.length;
      while (at > 0 && compareCommunes(commune, top[at - 1]!) < 0) at--;
      top.splice(at, 0, commune);
      if (top.length > first) top.pop();
    }
    return top;
  }
}
