import type { CommuneRecord } from '@balise/seeds/reference';
import { distanceKm, type Point } from './distance.js';

const CELL_DEGREES = 0.25;

/**
 * Nearest commune centre to a point, through a grid of 0.25° cells: a look-up scans the
 * cell and its rings until the nearest found is closer than any unscanned ring.
 */
export class NearestCommuneFinder {
  private readonly cells = new Map<string, CommuneRecord[]>();

  constructor(communes: readonly CommuneRecord[]) {
    for (const commune of communes) {
      const key = cellKey(cellOf(commune.lat), cellOf(commune.lng));
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(commune);
      else this.cells.set(key, [commune]);
    }
  }

  /** The nearest commune within `maxKm`, or undefined. */
  nearest(point: Point, maxKm: number): { commune: CommuneRecord; distanceKm: number } | undefined {
    const row = cellOf(point.lat);
    const column = cellOf(point.lng);
    let best: { commune: CommuneRecord; distanceKm: number } | undefined;
    const maxRing = Math.ceil(maxKm / 20) + 1; // a 0.25° cell is at least ~17 km wide in France
    for (let ring = 0; ring <= maxRing; ring += 1) {
      for (const commune of this.ring(row, column, ring)) {
        const distance = distanceKm(point, commune);
        if (distance <= maxKm && (!best || distance < best.distanceKm)) best = { commune, distanceKm: distance };
      }
      if (best && best.distanceKm < ring * 17) break;
    }
    return best;
  }

  private *ring(row: number, column: number, ring: number): Generator<CommuneRecord> {
    for (let r = row - ring; r <= row + ring; r += 1) {
      for (let c = column - ring; c <= column + ring; c += 1) {
        if (Math.max(Math.abs(r - row), Math.abs(c - column)) !== ring) continue;
        yield* this.cells.get(cellKey(r, c)) ?? [];
      }
    }
  }
}

const cellOf = (degrees: number) => Math.floor(degrees / CELL_DEGREES);
const cellKey = (row: number, column: number) => `${row}:${column}`;
