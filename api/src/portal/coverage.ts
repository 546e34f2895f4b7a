import { z } from 'zod';
import { loadDepartements, loadEpcis } from '@balise/seeds/reference';
import type { GeoDirectory } from '../geo/geo-directory.js';

let epciCodes: Set<string> | undefined;
let departementCodes: Set<string> | undefined;

/**
 * Where an organisation or offer is available: INSEE commune codes, EPCI SIREN codes,
 * département codes (all checked against the reference data), or the whole country.
 * Codes are de-duplicated and sorted; nowhere at all is refused.
 */
export function coverageSchema(geo: GeoDirectory) {
  epciCodes ??= new Set(loadEpcis().map((epci) => epci.code));
  departementCodes ??= new Set(loadDepartements().map((departement) => departement.code));
  const epcis = epciCodes;
  const departements = departementCodes;
  const codes = (label: string, known: (code: string) => boolean) =>
    z
      .array(z.string().trim())
      .max(2000, { error: `${label} : 2000 codes au plus.` })
      .superRefine((values, ctx) => {
        values.forEach((code, index) => {
          if (!known(code)) ctx.addIssue({ code: 'custom', path: [index], message: `${label} : le code « ${code.slice(0, 20)} » n’existe pas.` });
        });
      })
      .transform((values) => [...new Set(values)].sort());
  return z
    .object({
      communes: codes('Communes couvertes', (code) => Boolean(geo.byCode(code))).default([]),
      epcis: codes('Intercommunalités couvertes', (code) => epcis.has(code)).default([]),
      departements: codes('Départements couverts', (code) => departements.has(code)).default([]),
      national: z.boolean().default(false),
    })
    .refine((coverage) => coverage.national || coverage.communes.length + coverage.epcis.length + coverage.departements.length > 0, {
      error: 'Indique où l’offre est disponible : au moins une commune, une intercommunalité, un département, ou toute la France.',
    });
}

export type CoverageValue = z.output<ReturnType<typeof coverageSchema>>;

export const coverageColumns = (coverage: CoverageValue) => ({
  coverageCommunes: coverage.communes,
  coverageEpcis: coverage.epcis,
  coverageDepartements: coverage.departements,
  coverageNational: coverage.national,
});
