import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { FRANCE_TIME_ZONE } from '../shared/clock.js';
import type { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { SEAT_STATUSES, type Booking } from './booking.entity.js';

/** What a booking's emails, calendar file and views read: its session, the session's place, offer and organisation. */
export const BOOKING_POPULATE = ['session.venue', 'session.offer.organisation'] as const;

/** Where the youth follows a booking in the app; the token is the only thing in the URL. */
export const TRACKING_PATH = '/reservation';

export function trackingLink(publicUrl: string, token: string): string {
  return `${publicUrl}${TRACKING_PATH}?jeton=${token}`;
}

const paris = (instant: Date) => new TZDate(instant, FRANCE_TIME_ZONE);

/** « mardi 1 décembre 2026, de 14 h 00 à 15 h 30 » (Europe/Paris). */
export function whenText(session: Pick<WorkshopSession, 'startsAt' | 'endsAt'>): string {
  const day = format(paris(session.startsAt), 'EEEE d MMMM yyyy', { locale: fr });
  const time = (instant: Date) => format(paris(instant), "H 'h' mm", { locale: fr });
  return `${day}, de ${time(session.startsAt)} à ${time(session.endsAt)}`;
}

/**
 * « Salle Jean Moulin, 12 rue des Arènes, 40100 Dax », or « En ligne : https://… ». The visio link
 * goes only to youths holding a seat (`withLink`): anyone holding it could join. Expects `venue` loaded.
 */
export function placeText(session: WorkshopSession, geo: GeoDirectory, withLink: boolean): string {
  if (!session.venue) return withLink && session.onlineUrl ? `En ligne : ${session.onlineUrl}` : 'En ligne (le lien de la visio est donné avec ta place)';
  const commune = geo.byCode(session.venue.communeCode);
  const town = commune ? `${commune.postcodes[0] ?? ''} ${commune.name}`.trim() : session.venue.communeCode;
  return `${session.venue.name}, ${session.venue.address}, ${town}`;
}

/** The booking holds a seat (confirmed, attended or no-show): it may see the visio link. */
export function holdsSeat(booking: Pick<Booking, 'status'>): boolean {
  return (SEAT_STATUSES as readonly string[]).includes(booking.status);
}
