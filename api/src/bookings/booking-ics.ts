import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { FRANCE_TIME_ZONE } from '../shared/clock.js';
import type { Booking } from './booking.entity.js';
import { holdsSeat, placeText } from './booking-details.js';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';
export const ICS_FILENAME = 'atelier-balise.ics';

/**
 * The booking's calendar file (RFC 5545), for the email attachment and the app's
 * « ajouter à mon agenda ».
 *
 * - Times are `DTSTART;TZID=Europe/Paris` with the zone's VTIMEZONE (CET/CEST rules from
 *   timezones-ical-library's current tzdata). ical-generator prints a native Date with the
 *   process's own zone, so the times are handed over as `TZDate`s in Europe/Paris; the
 *   calendar-level zone stays unset so DTSTAMP stays in UTC (`…Z`), as RFC 5545 requires.
 * - `UID` is the booking's id: stable, so a later file (moved session, cancellation) replaces
 *   the event; `SEQUENCE` is the booking's `calendarSequence`, raised on each change.
 * - `METHOD:PUBLISH`: a file to add, not an invitation. REQUEST would make mail clients show
 *   accept/decline buttons and send iTIP replies to the organiser; we have no attendee list to
 *   keep and no mailbox reading replies. PUBLISH needs an ORGANIZER (RFC 5546): the
 *   organisation's public address. A cancellation is the same event with `STATUS:CANCELLED`
 *   and a higher SEQUENCE (METHOD:CANCEL needs attendees, which PUBLISH events do not have).
 */
export function bookingCalendar(booking: Booking, geo: GeoDirectory, stamp: Date, trackingUrl?: string): string {
  const { session } = booking;
  const { offer } = session;
  const onlineUrl = holdsSeat(booking) ? (session.onlineUrl ?? null) : null;
  const calendar = ical({ prodId: { company: 'Balise', product: 'Ateliers', language: 'FR' }, method: ICalCalendarMethod.PUBLISH });
  calendar.timezone({ name: null, generator: (zone) => vtimezone(zone) });
  const description = [
    `Atelier proposé par ${offer.organisation.name}.`,
    onlineUrl ? `Lien de la visio : ${onlineUrl}` : null,
    trackingUrl ? `Ta réservation (pour annuler si tu ne peux pas venir) : ${trackingUrl}` : 'Ta réservation est dans Mes démarches, sur Balise.',
  ].filter(Boolean).join('\n');
  calendar.createEvent({
    id: `${booking.id}@reservations.balise`,
    sequence: booking.calendarSequence,
    stamp,
    start: new TZDate(session.startsAt, FRANCE_TIME_ZONE),
    end: new TZDate(session.endsAt, FRANCE_TIME_ZONE),
    timezone: FRANCE_TIME_ZONE,
    summary: offer.title,
    description,
    location: placeText(session, geo, Boolean(onlineUrl)),
    url: onlineUrl,
    organizer: { name: offer.organisation.name, email: offer.organisation.email },
    status: eventStatus(booking),
  });
  return calendar.toString();
}

function eventStatus(booking: Booking): ICalEventStatus {
  if (booking.status === 'CANCELLED' || booking.session.status === 'CANCELLED') return ICalEventStatus.CANCELLED;
  return booking.status === 'WAITLISTED' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

const vtimezones = new Map<string, string | null>();

/** The zone's VTIMEZONE block, computed once per zone (a few ms each time otherwise). */
function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) {
    const block = tzlib_get_ical_block(zone);
    vtimezones.set(zone, Array.isArray(block) ? (block[0] ?? null) : null);
  }
  return vtimezones.get(zone)!;
}

/** The attachment of an email: base64 of the file. */
export function calendarAttachment(ics: string) {
  return { filename: ICS_FILENAME, contentType: ICS_CONTENT_TYPE, content: Buffer.from(ics, 'utf8').toString('base64') };
}
