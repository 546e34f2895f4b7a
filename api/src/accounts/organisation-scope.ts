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

/**
 * The départements where an organisation is present: those it covers (départements, communes,
 * EPCI) and those of its venues. National coverage adds none: a national organisation belongs
 * to a coordinator's territory only through its venues there. Venues must be loaded.
 */
export function organisationScope(organisation: Organisation, geo: GeoDirectory): OrganisationScope {
  const departements = new Set<string>(organisation.coverageDepartements);
  for (const code of organisation.coverageCommunes) {
    const commune = geo.byCode(code);
    if (commune) departements.add(commune.departement);
  }
  for (const epci of organisation.coverageEpcis) for (const departement of departementsOfEpci(geo, epci)) departements.add(departement);
  for (const venue of organisation.venues.getItems()) {
    const commune = geo.byCode(venue.communeCode);
    if (commune) departements.add(commune.departement);
  }
  return { id: organisation.id, departements: [...departements].sort() };
}
