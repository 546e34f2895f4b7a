import type { EntityManager } from '@mikro-orm/core';
import { sqlRows } from './booking-queries.js';

/** Booking figures of one offer. "Held" sessions are scheduled ones that have started; cancelled sessions do not count. */
export interface OfferBookingFigures {
  offerId: string;
  title: string;
  sessionsHeld: number;
  seatsOffered: number;
  /** Seats booked in held sessions (confirmed, attended or no-show). */
  seatsBooked: number;
  attended: number;
  noShows: number;
  /** seatsBooked / seatsOffered; null without held sessions. */
  fillRate: number | null;
  /** noShows / (attended + noShows); null until attendance is marked. */
  noShowRate: number | null;
  upcomingSessions: number;
  upcomingSeatsOffered: number;
  upcomingSeatsBooked: number;
  waitlisted: number;
}

type FigureRow = Omit<OfferBookingFigures, 'fillRate' | 'noShowRate'>;

const SQL = `
  with per_session as (
    select s.id, s.offer_id, s.capacity, s.starts_at <= ? as held,
           count(b.id) filter (where b.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int as booked,
           count(b.id) filter (where b.status = 'ATTENDED')::int as attended,
           count(b.id) filter (where b.status = 'NO_SHOW')::int as no_shows,
           count(b.id) filter (where b.status = 'WAITLISTED')::int as waitlisted
      from workshop_session s
      join offer o on o.id = s.offer_id
      left join booking b on b.session_id = s.id
     where o.organisation_id = ? and s.status = 'SCHEDULED'
     group by s.id
  )
  select o.id as "offerId", o.title,
         count(*) filter (where p.held)::int as "sessionsHeld",
         coalesce(sum(p.capacity) filter (where p.held), 0)::int as "seatsOffered",
         coalesce(sum(p.booked) filter (where p.held), 0)::int as "seatsBooked",
         coalesce(sum(p.attended) filter (where p.held), 0)::int as "attended",
         coalesce(sum(p.no_shows) filter (where p.held), 0)::int as "noShows",
         count(*) filter (where not p.held)::int as "upcomingSessions",
         coalesce(sum(p.capacity) filter (where not p.held), 0)::int as "upcomingSeatsOffered",
         coalesce(sum(p.booked) filter (where not p.held), 0)::int as "upcomingSeatsBooked",
         coalesce(sum(p.waitlisted) filter (where not p.held), 0)::int as "waitlisted"
    from per_session p join offer o on o.id = p.offer_id
   group by o.id, o.title
   order by o.title, o.id`;

export async function offerBookingFigures(em: EntityManager, organisationId: string, now: Date): Promise<OfferBookingFigures[]> {
  const rows = await sqlRows<FigureRow>(em, SQL, [now, organisationId]);
  return rows.map((row) => ({
    ...row,
    fillRate: row.seatsOffered > 0 ? row.seatsBooked / row.seatsOffered : null,
    noShowRate: row.attended + row.noShows > 0 ? row.noShows / (row.attended + row.noShows) : null,
  }));
}
