import type { OfferFormat, Situation, ThemeCode } from '@balise/seeds/catalogue-types';
import { THEME_LABELS } from '../../offers/themes.js';
import type { OfferSearchDocument, SearchPlace } from '../search-index.port.js';

/** Real communes (INSEE code, EPCI SIREN, département, centre) used by the fixture. */
export const COMMUNES = {
  dax: { communeCode: '40088', epci: '244000675', departement: '40', point: { lat: 43.71032, lng: -1.05366 }, postcode: '40100' },
  saintPaulLesDax: { communeCode: '40279', epci: '244000675', departement: '40', point: { lat: 43.72566, lng: -1.05283 }, postcode: '40990' },
  montDeMarsan: { communeCode: '40192', epci: '244000808', departement: '40', point: { lat: 43.89022, lng: -0.49713 }, postcode: '40000' },
  biscarrosse: { communeCode: '40046', epci: '244000873', departement: '40', point: { lat: 44.39454, lng: -1.16721 }, postcode: '40600' },
  pau: { communeCode: '64445', epci: '200067254', departement: '64', point: { lat: 43.31117, lng: -0.35583 }, postcode: '64000' },
  billere: { communeCode: '64129', epci: '200067254', departement: '64', point: { lat: 43.30264, lng: -0.39733 }, postcode: '64140' },
  lille: { communeCode: '59350', epci: '200093201', departement: '59', point: { lat: 50.63297, lng: 3.05858 }, postcode: '59000' },
  lambersart: { communeCode: '59328', epci: '200093201', departement: '59', point: { lat: 50.65, lng: 3.03333 }, postcode: '59130' },
  amiens: { communeCode: '80021', epci: '248000531', departement: '80', point: { lat: 49.9, lng: 2.3 }, postcode: '80000' },
  paris: { communeCode: '75056', epci: '200054781', departement: '75', point: { lat: 48.85341, lng: 2.3488 }, postcode: '75001' },
} as const;

export type CommuneName = keyof typeof COMMUNES;

/** The place of a youth in one of the fixture communes (at the commune centre). */
export function placeOf(name: CommuneName): SearchPlace {
  const { communeCode, epci, departement, point } = COMMUNES[name];
  return { communeCode, epci, departement, point: { ...point } };
}

export interface VenueSpec {
  id: string;
  commune: CommuneName;
  /** Shift from the commune centre, in degrees of latitude (≈ 111 km per degree). */
  north?: number;
}

export interface OfferSpec {
  id: string;
  title: string;
  summary: string;
  description: string;
  category: string;
  organisation: string;
  theme: ThemeCode;
  format: OfferFormat;
  ages?: [number, number];
  situations?: Situation[];
  communes?: CommuneName[];
  epcis?: CommuneName[];
  departements?: CommuneName[];
  national?: boolean;
  remote?: boolean;
  venues?: VenueSpec[];
  /** Day of January 2025 of the last change. */
  updatedDay: number;
}

/** The documents of one offer, as the API would index them (one per venue, one without). */
export function offerDocuments(spec: OfferSpec): OfferSearchDocument[] {
  const base = {
    offerId: spec.id,
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    category: spec.category,
    organisationName: spec.organisation,
    theme: spec.theme,
    themeLabel: THEME_LABELS[spec.theme],
    format: spec.format,
    ageMin: spec.ages?.[0] ?? 15,
    ageMax: spec.ages?.[1] ?? 30,
    situations: spec.situations ?? [],
    coverageCommunes: (spec.communes ?? []).map((c) => COMMUNES[c].communeCode),
    coverageEpcis: (spec.epcis ?? []).map((c) => COMMUNES[c].epci),
    coverageDepartements: (spec.departements ?? []).map((c) => COMMUNES[c].departement),
    coverageNational: spec.national ?? false,
    remote: spec.remote ?? false,
    updatedAt: new Date(Date.UTC(2025, 0, spec.updatedDay, 9)).toISOString(),
  };
  const venues = spec.venues ?? [];
  if (venues.length === 0) {
    return [{ ...base, id: `${spec.id}:remote`, venueId: null, point: null, venueCommuneCode: null, venuePostcode: null }];
  }
  return venues.map((venue) => {
    const commune = COMMUNES[venue.commune];
    return {
      ...base,
      id: `${spec.id}:${venue.id}`,
      venueId: venue.id,
      point: { lat: commune.point.lat + (venue.north ?? 0), lng: commune.point.lng },
      venueCommuneCode: commune.communeCode,
      venuePostcode: commune.postcode,
    };
  });
}
