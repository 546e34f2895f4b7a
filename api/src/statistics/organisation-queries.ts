import type { EntityManager } from '@mikro-orm/core';
import { queryRows } from '../db/sql.js';
import type { StatisticsPeriod } from './statistics-period.js';
import { CONTACT_REQUEST_COLUMNS, type ContactRequestRow } from './contact-request-figures.js';

/** A row per month, per offer and for the whole period (`level`), from one GROUPING SETS query. */
export type Level = 'month' | 'offer' | 'total';
interface Keyed {
  level: Level;
  month: string | null;
  offerId: string | null;
}

const PARIS_MONTH = (column: string) => `to_char(${column} at time zone 'Europe/Paris', 'YYYY-MM')`;
const LEVEL = `case when grouping(month) = 0 then 'month' when grouping(offer_id) = 0 then 'offer' else 'total' end as level, month, offer_id as "offerId"`;
const SETS = 'group by grouping sets ((month), (offer_id), ())';

export type ContactRequestKeyedRow = Keyed & ContactRequestRow;

/** Requests now routed to the organisation, by month received. */
export function contactRequestRows(em: EntityManager, organisationId: string, period: StatisticsPeriod, now: Date) {
  return queryRows<ContactRequestKeyedRow>(
    em,
    `select ${LEVEL}, ${CONTACT_REQUEST_COLUMNS}
       from (select r.*, ${PARIS_MONTH('r.created_at')} as month from contact_request r
              where r.organisation_id = ? and r.created_at >= ? and r.created_at < ?) r
      ${SETS}`,
    [now, organisationId, period.from, period.to],
  );
}

export interface BookingRow extends Keyed {
  sessionsHeld: number;
  seatsOffered: number;
  booked: number;
  attended: number;
  noShows: number;
}

/**
 * Sessions held (scheduled, started by now) in the period, by month of their start. Same
 * definitions as the offers' booking figures (booking-stats.ts): booked = confirmed, attended or no-show.
 */
export function bookingRows(em: EntityManager, organisationId: string, period: StatisticsPeriod, now: Date) {
  return queryRows<BookingRow>(
    em,
    `with held as (
       select s.id, s.offer_id, s.capacity, ${PARIS_MONTH('s.starts_at')} as month,
              count(b.id) filter (where b.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int as booked,
              count(b.id) filter (where b.status = 'ATTENDED')::int as attended,
              count(b.id) filter (where b.status = 'NO_SHOW')::int as no_shows
         from workshop_session s
         join offer o on o.id = s.offer_id
         left join booking b on b.session_id = s.id
        where o.organisation_id = ? and s.status = 'SCHEDULED' and s.starts_at <= ? and s.starts_at >= ? and s.starts_at < ?
        group by s.id)
     select ${LEVEL}, count(*)::int as "sessionsHeld", coalesce(sum(capacity), 0)::int as "seatsOffered", coalesce(sum(booked), 0)::int as booked,
            coalesce(sum(attended), 0)::int as attended, coalesce(sum(no_shows), 0)::int as "noShows"
       from held ${SETS}`,
    [organisationId, now, period.from, period.to],
  );
}

export interface ViewRow extends Keyed {
  views: number;
}

export function offerViewRows(em: EntityManager, organisationId: string, period: StatisticsPeriod) {
  return queryRows<ViewRow>(
    em,
    `select ${LEVEL}, sum(views)::int as views
       from (select v.offer_id, v.views, to_char(v.day, 'YYYY-MM') as month
               from offer_view_day v join offer o on o.id = v.offer_id
              where o.organisation_id = ? and v.day >= ?::date and v.day < ?::date) v
      ${SETS}`,
    [organisationId, period.fromDay, period.toDay],
  );
}

export interface OfferTitleRow {
  id: string;
  title: string;
}

/** The organisation's offers that have been public (not drafts), and any offer named in `extraIds`. */
export function offerTitles(em: EntityManager, organisationId: string, extraIds: string[]) {
  return queryRows<OfferTitleRow>(
    em,
    `select id, title from offer
      where (organisation_id = ? and status <> 'DRAFT') or id = any(?::uuid[])
      order by title, id`,
    [organisationId, `{${extraIds.join(',')}}`],
  );
}
