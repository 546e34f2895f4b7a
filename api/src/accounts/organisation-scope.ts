import type { GeoDirectory } from '../geo/geo-directory.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import type { OrganisationScope } from './authorization.js';

let epciDepartements: Map<string, Set<string>> | undefined;

function departementsOfEpci(geo: GeoDirectory, epci: string): Iterable<string> {
  if (!epciDepartements) {
    epciDepartements = new Map();
    for (const commune of geo.all()) {
      if (!commune.epci) continue;
      const set = epciDepartements.get(commune.epci) ?? new Set<string>();
      set.add(commune.departement);
      epciDepartements.set(commune.epci, set);
    }
  }
  return epciDepartements.get(epci) ?? [];
}

/** What decides where an organisation is present. */
export interface PresenceParts {
  coverageCommunes: readonly string[];
  coverageEpcis: readonly string[];
  coverageDepartements: readonly string[];
  venueCommuneCodes: readonly string[];
}

/**
 * The départements where an organisation is present: those it covers (départements, communes,
 * EPCI) and those of its venues. National coverage adds none: a national organisation belongs
 * to a coordinator's territory only through its venues there.
 */
export function presenceScope(id: string, parts: PresenceParts, geo: GeoDirectory): OrganisationScope {
  const departements = new Set<string>(parts.coverageDepartements);
  for (const code of [...parts.coverageCommunes, ...parts.venueCommuneCodes]) {
    const commune = geo.byCode(code);
    if (commune) departements.add(commune.departement);
  }
  for (const epci of parts.coverageEpcis) for (const departement of departementsOfEpci(geo, epci)) departements.add(departement);
  return { id, departements: [...departements].sort() };
}

/** `presenceScope` of a stored organisation. Venues must be loaded. */
export function organisationScope(organisation: Organisation, geo: GeoDirectory): OrganisationScope {
  return presenceScope(
    organisation.id,
    { ...organisation, venueCommuneCodes: organisation.venues.getItems().map((venue) => venue.communeCode) },
    geo,
  );
}
