import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionReach } from '../accounts/authorization.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import type { Offer } from '../offers/offer.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';

/**
 * The organisations a permission reaches, as a query: everything (admin), the viewer's own
 * organisations, and those present in the coordinator's départements — the same rule as
 * `organisationScope` (covered département, commune or EPCI there, or a venue there; national
 * coverage alone does not count). Null when it reaches nothing.
 */
export function organisationsInReach(reach: PermissionReach, geo: GeoDirectory): FilterQuery<Organisation> | null {
  if (reach.everywhere) return {};
  const conditions: FilterQuery<Organisation>[] = [];
  if (reach.organisationIds.length) conditions.push({ id: { $in: reach.organisationIds } });
  if (reach.departements.length) {
    const departements = new Set(reach.departements);
    const communes: string[] = [];
    const epcis = new Set<string>();
    for (const commune of geo.all()) {
      if (!departements.has(commune.departement)) continue;
      communes.push(commune.code);
      if (commune.epci) epcis.add(commune.epci);
    }
    conditions.push({ coverageDepartements: { $overlap: reach.departements } });
    conditions.push({ coverageCommunes: { $overlap: communes } });
    if (epcis.size) conditions.push({ coverageEpcis: { $overlap: [...epcis] } });
    conditions.push({ venues: { communeCode: { $in: communes } } });
  }
  return conditions.length ? { $or: conditions } : null;
}

/** The offers of the organisations a permission reaches (see `organisationsInReach`). */
export function offersInReach(reach: PermissionReach, geo: GeoDirectory): FilterQuery<Offer> | null {
  if (reach.everywhere) return {};
  const organisations = organisationsInReach(reach, geo);
  return organisations ? { organisation: organisations } : null;
}
