import type { EntityManager } from '@mikro-orm/core';
import { queryRows } from '../db/sql.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import type { OrganisationKind } from '@balise/seeds/catalogue-types';
import type { VenueType } from '../organisations/organisation.types.js';
import type { OfferType } from './offer.types.js';

interface VenueRow {
  id: string;
  name: string;
  address: string;
  communeCode: string;
  lat: number;
  lng: number;
}

type OfferViewRow = Omit<OfferType, 'organisation' | 'venues' | 'eligibility' | 'coverage' | 'updatedAt'> & {
  ageMin: number;
  ageMax: number;
  situations: OfferType['eligibility']['situations'];
  conditions: string | null;
  coverageCommunes: string[];
  coverageEpcis: string[];
  coverageDepartements: string[];
  coverageNational: boolean;
  updatedAt: Date | string;
  organisation: Omit<OfferType['organisation'], 'venues' | 'coverage' | 'kind'> & {
    kind: OrganisationKind;
    venues: VenueRow[];
    coverage: OfferType['coverage'];
  };
  venues: VenueRow[];
};

const venueJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'address', ${alias}.address, 'communeCode', ${alias}.commune_code, 'lat', ${alias}.lat, 'lng', ${alias}.lng)`;

const SELECT = `
  select o.id, o.title, o.summary, o.description, o.theme, o.category, o.format, o.status,
         o.response_delay_days as "responseDelayDays", o.age_min as "ageMin", o.age_max as "ageMax",
         o.situations, o.conditions, o.coverage_communes as "coverageCommunes", o.coverage_epcis as "coverageEpcis",
         o.coverage_departements as "coverageDepartements", o.coverage_national as "coverageNational",
         o.remote, o.cost, to_char(o.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(o.valid_until, 'YYYY-MM-DD') as "validUntil",
         o.engagement, o.external_url as "externalUrl", o.phone, o.updated_at as "updatedAt",
         json_build_object(
           'id', org.id, 'name', org.name, 'kind', org.kind, 'description', org.description, 'email', org.email,
           'phone', org.phone, 'website', org.website, 'defaultResponseDelayDays', org.default_response_delay_days,
           'status', org.status,
           'coverage', json_build_object('communes', org.coverage_communes, 'epcis', org.coverage_epcis,
                                         'departements', org.coverage_departements, 'national', org.coverage_national),
           'venues', coalesce((select json_agg(${venueJson('ov2')} order by ov2.name) from venue ov2 where ov2.organisation_id = org.id), '[]'::json)
         ) as organisation,
         coalesce((select json_agg(${venueJson('v')} order by v.name) from offer_venue x join venue v on v.id = x.venue_id where x.offer_id = o.id), '[]'::json) as venues
  from offer o join organisation org on org.id = o.organisation_id
  where o.status = 'PUBLISHED' and org.status = 'ACTIVE'
    and (o.valid_from is null or o.valid_from <= ?::date) and (o.valid_until is null or o.valid_until >= ?::date)`;

/**
 * Visible offers by id, shaped for GraphQL in one query: the search results page asks for
 * 20 of them per request, and hydrating entities with their relations cost more than the search.
 */
export async function loadOfferViews(em: EntityManager, ids: string[], today: string, geo: GeoDirectory): Promise<Map<string, OfferType>> {
  if (ids.length === 0) return new Map();
  const placeholders = ids.map(() => '?').join(', ');
  const rows = await queryRows<OfferViewRow>(em, `${SELECT} and o.id in (${placeholders})`, [today, today, ...ids]);
  return new Map(rows.map((row) => [row.id, toView(row, geo)]));
}

function toView(row: OfferViewRow, geo: GeoDirectory): OfferType {
  const toVenue = (venue: VenueRow): VenueType => ({
    id: venue.id,
    name: venue.name,
    address: venue.address,
    commune: { code: venue.communeCode, name: geo.byCode(venue.communeCode)?.name ?? venue.communeCode },
    point: { lat: Number(venue.lat), lng: Number(venue.lng) },
  });
  const { ageMin, ageMax, situations, conditions, coverageCommunes, coverageEpcis, coverageDepartements, coverageNational, organisation, venues, updatedAt, ...offer } = row;
  return {
    ...offer,
    eligibility: { ageMin, ageMax, situations, conditions },
    coverage: { communes: coverageCommunes, epcis: coverageEpcis, departements: coverageDepartements, national: coverageNational },
    organisation: { ...organisation, website: organisation.website ?? null, venues: organisation.venues.map(toVenue) },
    venues: venues.map(toVenue),
    updatedAt: new Date(updatedAt),
  };
}
