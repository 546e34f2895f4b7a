import { createHash } from 'node:crypto';
import type { VenueSeed } from '@balise/seeds/catalogue-types';
import type { GeoDirectory } from '../geo/geo-directory.js';

/**
 * A seed venue's point: its own when given, else its commune's centre moved by a few
 * hundred metres (stable for a key) so that venues of one town do not sit on one pixel.
 */
export function venuePoint(venue: VenueSeed, organisationKey: string, geo: GeoDirectory): { lat: number; lng: number } {
  if (venue.lat !== undefined && venue.lng !== undefined) return { lat: venue.lat, lng: venue.lng };
  const commune = geo.byCode(venue.communeCode);
  if (!commune) throw new Error(`catalogue: venue ${organisationKey}/${venue.key} names unknown commune ${venue.communeCode}`);
  const digest = createHash('sha256').update(`${organisationKey}/${venue.key}`).digest();
  const offset = (byte: number) => ((byte / 255) * 2 - 1) * 0.004;
  return { lat: commune.lat + offset(digest[0] ?? 0), lng: commune.lng + offset(digest[1] ?? 0) };
}
