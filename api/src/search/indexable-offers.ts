import type { EntityManager } from '@mikro-orm/core';
import { queryRows } from '../db/sql.js';
import type { OfferFormat, Situation, ThemeCode } from '@balise/seeds/catalogue-types';

/** The columns the index needs, read with plain SQL: hydrating 100k entities would be slow. */
export interface IndexableOffer {
  id: string;
  title: string;
  summary: string;
  description: string;
  category: string;
  organisationName: string;
  theme: ThemeCode;
  format: OfferFormat;
  ageMin: number;
  ageMax: number;
  situations: Situation[];
  coverageCommunes: string[];
  coverageEpcis: string[];
  coverageDepartements: string[];
  coverageNational: boolean;
  remote: boolean;
  updatedAt: string;
  venues: { id: string; lat: number; lng: number; communeCode: string }[];
}

const SELECT = `
  select o.id, o.title, o.summary, o.description, o.category, org.name as "organisationName",
         o.theme, o.format, o.age_min as "ageMin", o.age_max as "ageMax", o.situations,
         o.coverage_communes as "coverageCommunes", o.coverage_epcis as "coverageEpcis",
         o.coverage_departements as "coverageDepartements", o.coverage_national as "coverageNational",
         o.remote, to_char(o.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt",
         coalesce((select json_agg(json_build_object('id', v.id, 'lat', v.lat, 'lng', v.lng, 'communeCode', v.commune_code) order by v.id)
                   from offer_venue ov join venue v on v.id = ov.venue_id where ov.offer_id = o.id), '[]'::json) as venues
  from offer o join organisation org on org.id = o.organisation_id
  where o.status = 'PUBLISHED' and org.status = 'ACTIVE'
    and (o.valid_from is null or o.valid_from <= ?::date)
    and (o.valid_until is null or o.valid_until >= ?::date)`;

/** Visible offers (same rule as `visibleOfferWhere`), in batches by id. */
export async function* readIndexableOffers(em: EntityManager, today: string, batchSize = 2000): AsyncGenerator<IndexableOffer[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await queryRows<IndexableOffer>(em, `${SELECT} and o.id > ? order by o.id limit ?`, [today, today, after, batchSize]);
    if (rows.length === 0) return;
    yield rows.map(normalise);
    after = rows.at(-1)!.id;
    if (rows.length < batchSize) return;
  }
}

/** The offer if it is visible today, else null. */
export async function readIndexableOffer(em: EntityManager, offerId: string, today: string): Promise<IndexableOffer | null> {
  const rows = await queryRows<IndexableOffer>(em, `${SELECT} and o.id = ?`, [today, today, offerId]);
  return rows[0] ? normalise(rows[0]) : null;
}

export async function readOfferIdsOfOrganisation(em: EntityManager, organisationId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(em, 'select id from offer where organisation_id = ?', [organisationId]);
  return rows.map((row) => row.id);
}

function normalise(row: IndexableOffer): IndexableOffer {
  const venues = typeof row.venues === 'string' ? (JSON.parse(row.venues) as IndexableOffer['venues']) : row.venues;
  return { ...row, venues: venues.map((venue) => ({ ...venue, lat: Number(venue.lat), lng: Number(venue.lng) })) };
}
