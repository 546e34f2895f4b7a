export type PointSource = 'geonames' | 'postcode' | 'epci' | 'departement' | 'manual';

export interface CommuneRecord {
  /** INSEE code, e.g. '40088'. */
  code: string;
  name: string;
  postcodes: string[];
  departement: string;
  region: string;
  /** SIREN of the EPCI the commune belongs to, null when it has none (islands, overseas collectivities). */
  epci: string | null;
  population: number;
  lat: number;
  lng: number;
  pointSource: PointSource;
}

export interface EpciRecord {
  code: string;
  name: string;
  type: string;
}

export interface DepartementRecord {
  code: string;
  name: string;
  region: string;
  chefLieu: string;
}
