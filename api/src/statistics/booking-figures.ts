import { statCount, statRate } from './stat-figures.js';
import type { BookingFigures } from './statistics.model.js';

export interface BookingCounts {
  sessionsHeld: number;
  seatsOffered: number;
  booked: number;
  attended: number;
  noShows: number;
}

export const NO_BOOKINGS: BookingCounts = { sessionsHeld: 0, seatsOffered: 0, booked: 0, attended: 0, noShows: 0 };

/** Fill rate from the youths who booked; no-show rate from those whose attendance was marked. */
export function bookingFigures(row: BookingCounts = NO_BOOKINGS): BookingFigures {
  return {
    sessionsHeld: row.sessionsHeld,
    seatsOffered: row.seatsOffered,
    booked: statCount(row.booked),
    attended: statCount(row.attended),
    noShows: statCount(row.noShows),
    fillRate: statRate(row.booked, row.seatsOffered, row.booked),
    noShowRate: statRate(row.noShows, row.attended + row.noShows),
  };
}
