import type { GeoDirectory } from '../geo/geo-directory.js';
import type { Organisation } from './organisation.entity.js';
import type { Venue } from './venue.entity.js';
import type { Coverage, OrganisationType, VenueType } from './organisation.types.js';

interface CoverageColumns {
  coverageCommunes: string[];
  coverageEpcis: string[];
  coverageDepartements: string[];
  coverageNational: boolean;
}

export const toCoverage = (row: CoverageColumns): Coverage => ({
  communes: row.coverageCommunes,
  epcis: row.coverageEpcis,
  departements: row.coverageDepartements,
  national: row.coverageNational,
});

export function toVenueType(venue: Venue, geo: GeoDirectory): VenueType {
  const commune = geo.byCode(venue.communeCode);
  return {
    id: venue.id,
    name: venue.name,
    address: venue.address,
    commune: { code: venue.communeCode, name: commune?.name ?? venue.communeCode },
    point: { lat: venue.lat, lng: venue.lng },
  };
}

/** Expects `venues` to be populated. */
export function toOrganisationType(organisation: Organisation, geo: GeoDirectory): OrganisationType {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    description: organisation.description,
    email: organisation.email,
    phone: organisation.phone,
    website: organisation.website ?? null,
    venues: organisation.venues.getItems().map((venue) => toVenueType(venue, geo)),
    coverage: toCoverage(organisation),
    defaultResponseDelayDays: organisation.defaultResponseDelayDays,
    status: organisation.status,
  };
}
