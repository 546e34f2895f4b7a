import { OFFER_FORMATS, SITUATIONS, THEME_CODES } from '@balise/seeds/catalogue-types';
import type { OfferSearchDocument } from '../search-index.port.js';
import { PostingList, ensureSize } from './posting-list.js';
import { analyseText } from './text-analysis.js';
import { Vocabulary } from './typo.js';

/** Searchable fields and the level of a match in each (higher ranks first). */
export const FIELD_LEVELS: readonly (readonly [keyof OfferSearchDocument & string, number])[] = [
  ['title', 5],
  ['category', 4],
  ['themeLabel', 4],
  ['summary', 3],
  ['organisationName', 2],
  ['description', 1],
];

export const themeIndex = new Map<string, number>(THEME_CODES.map((code, i) => [code, i]));
export const formatIndex = new Map<string, number>(OFFER_FORMATS.map((code, i) => [code, i]));
export const situationBit = new Map<string, number>(SITUATIONS.map((code, i) => [code, 1 << i]));

/**
 * One immutable-by-swap snapshot of the catalogue, one slot per offer (its documents share the
 * offer's text, filters and coverage; only venue points differ). Columns are typed arrays;
 * place maps and posting lists hold slots in increasing order. A replaced offer gets a new slot
 * and its old one is marked dead.
 */
export class OfferStore {
  offerIds: string[] = [];
  alive = new Uint8Array(1024);
  theme = new Uint8Array(1024);
  format = new Uint8Array(1024);
  ageMin = new Uint8Array(1024);
  ageMax = new Uint8Array(1024);
  situations = new Uint8Array(1024);
  remote = new Uint8Array(1024);
  updatedAt = new Float64Array(1024);
  /** Venue points as [lat, lng, lat, lng…]; null without venue. */
  points: (Float64Array | null)[] = [];
  slotCount = 0;
  liveCount = 0;
  readonly byCommune = new Map<string, number[]>();
  readonly byEpci = new Map<string, number[]>();
  readonly byDepartement = new Map<string, number[]>();
  readonly national: number[] = [];
  readonly postings = new Map<string, PostingList>();
  readonly vocabulary = new Vocabulary();
  private readonly slotByOffer = new Map<string, number>();

  slotOf(offerId: string): number | undefined {
    return this.slotByOffer.get(offerId);
  }

  /** Adds documents during a full build; an offer seen in an earlier batch only gains venues. */
  addDocuments(documents: readonly OfferSearchDocument[]): void {
    for (const [offerId, docs] of groupByOffer(documents)) {
      const slot = this.slotByOffer.get(offerId);
      if (slot === undefined) this.addOffer(docs);
      else this.points[slot] = mergePoints(this.points[slot] ?? null, docs);
    }
  }

  /** Replaces every document of one offer; an empty list removes it. */
  setOffer(offerId: string, documents: readonly OfferSearchDocument[]): void {
    const old = this.slotByOffer.get(offerId);
    if (old !== undefined) {
      this.alive[old] = 0;
      this.points[old] = null;
      this.slotByOffer.delete(offerId);
      this.liveCount--;
    }
    const own = documents.filter((d) => d.offerId === offerId);
    if (own.length > 0) this.addOffer(own);
  }

  /** Drops the spare capacity of posting lists once a full build is done. */
  finishBuild(): void {
    for (const list of this.postings.values()) list.trim();
  }

  private addOffer(docs: readonly OfferSearchDocument[]): void {
    const first = docs[0] as OfferSearchDocument;
    const slot = this.slotCount++;
    this.grow(slot + 1);
    this.offerIds[slot] = first.offerId;
    this.slotByOffer.set(first.offerId, slot);
    this.liveCount++;
    this.alive[slot] = 1;
    this.theme[slot] = themeIndex.get(first.theme) ?? 255;
    this.format[slot] = formatIndex.get(first.format) ?? 255;
    this.ageMin[slot] = first.ageMin;
    this.ageMax[slot] = first.ageMax;
    let mask = 0;
    for (const s of first.situations) mask |= situationBit.get(s) ?? 0;
    this.situations[slot] = mask;
    this.remote[slot] = first.remote ? 1 : 0;
    this.updatedAt[slot] = Date.parse(first.updatedAt) || 0;
    this.points[slot] = mergePoints(null, docs);
    for (const c of first.coverageCommunes) pushTo(this.byCommune, c, slot);
    for (const e of first.coverageEpcis) pushTo(this.byEpci, e, slot);
    for (const d of first.coverageDepartements) pushTo(this.byDepartement, d, slot);
    if (first.coverageNational) this.national.push(slot);
    this.indexText(slot, first, docs);
  }

  /** Offer text fields, plus the venues' postcodes at the lowest level. */
  private indexText(slot: number, doc: OfferSearchDocument, docs: readonly OfferSearchDocument[]): void {
    const levels = new Map<string, number>();
    for (const [field, level] of FIELD_LEVELS) {
      for (const { word, stem } of analyseText(String(doc[field] ?? ''))) {
        this.vocabulary.add(word, stem);
        if ((levels.get(stem) ?? 0) < level) levels.set(stem, level);
      }
    }
    for (const { venuePostcode } of docs) if (venuePostcode && !levels.has(venuePostcode)) levels.set(venuePostcode, 1);
    for (const [stem, level] of levels) {
      let list = this.postings.get(stem);
      if (!list) this.postings.set(stem, (list = new PostingList()));
      list.add(slot, level);
    }
  }

  private grow(size: number): void {
    this.alive = ensureSize(this.alive, size, (n) => new Uint8Array(n));
    this.theme = ensureSize(this.theme, size, (n) => new Uint8Array(n));
    this.format = ensureSize(this.format, size, (n) => new Uint8Array(n));
    this.ageMin = ensureSize(this.ageMin, size, (n) => new Uint8Array(n));
    this.ageMax = ensureSize(this.ageMax, size, (n) => new Uint8Array(n));
    this.situations = ensureSize(this.situations, size, (n) => new Uint8Array(n));
    this.remote = ensureSize(this.remote, size, (n) => new Uint8Array(n));
    this.updatedAt = ensureSize(this.updatedAt, size, (n) => new Float64Array(n));
  }
}

function groupByOffer(documents: readonly OfferSearchDocument[]): Map<string, OfferSearchDocument[]> {
  const groups = new Map<string, OfferSearchDocument[]>();
  for (const doc of documents) {
    const group = groups.get(doc.offerId);
    if (group) group.push(doc);
    else groups.set(doc.offerId, [doc]);
  }
  return groups;
}

function mergePoints(existing: Float64Array | null, docs: readonly OfferSearchDocument[]): Float64Array | null {
  const coords: number[] = existing ? [...existing] : [];
  for (const doc of docs) if (doc.point) coords.push(doc.point.lat, doc.point.lng);
  return coords.length > 0 ? Float64Array.from(coords) : null;
}

function pushTo(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== slot) list.push(slot);
  } else map.set(key, [slot]);
}
