import { describe, expect, it } from 'vitest';
import { GeoDirectory } from '../geo/geo-directory.js';
import type { Booking } from './booking.entity.js';
import { bookingCalendar } from './booking-ics.js';

const geo = GeoDirectory.load();

function booking(startsAt: string, endsAt: string, overrides: Partial<{ status: string; sessionStatus: string; sequence: number; online: boolean }> = {}): Booking {
  const organisation = { name: 'Mission Locale des Landes', email: 'contact@ml-landes.balise.test' };
  const venue = overrides.online ? null : { name: 'Antenne de Dax', address: '12 rue des Arènes', communeCode: '40088', lat: 43.7, lng: -1.05 };
  return {
    id: '0b6a3f0e-8a43-4f57-9f3e-0d7c1c1f2a11',
    status: overrides.status ?? 'CONFIRMED',
    calendarSequence: overrides.sequence ?? 0,
    session: {
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      status: overrides.sessionStatus ?? 'SCHEDULED',
      venue,
      onlineUrl: venue ? null : 'https://visio.balise.test/atelier',
      offer: { title: 'Atelier CV; lettre, et entretien', organisation },
    },
  } as unknown as Booking;
}

/** RFC 5545 content lines, unfolded. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('booking calendar file (RFC 5545)', () => {
  const stamp = new Date('2026-11-23T09:00:00Z');

  it('puts a summer session at its Paris wall-clock time (CEST, UTC+2) with the Europe/Paris VTIMEZONE', () => {
    const ics = bookingCalendar(booking('2027-07-06T12:00:00Z', '2027-07-06T13:30:00Z'), geo, stamp, 'https://balise.example.fr/reservation?jeton=abc');
    const content = lines(ics);
    expect(content).toContain('DTSTART;TZID=Europe/Paris:20270706T140000');
    expect(content).toContain('DTEND;TZID=Europe/Paris:20270706T153000');
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris\r\n/);
    expect(ics).toMatch(/BEGIN:DAYLIGHT\r\nTZNAME:CEST\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/);
    expect(ics).toMatch(/BEGIN:STANDARD\r\nTZNAME:CET\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/);
  });

  it('puts a winter session at its Paris wall-clock time (CET, UTC+1)', () => {
    const content = lines(bookingCalendar(booking('2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z'), geo, stamp));
    expect(content).toContain('DTSTART;TZID=Europe/Paris:20261201T140000');
    expect(content).toContain('DTEND;TZID=Europe/Paris:20261201T153000');
  });

  it('does not depend on the server’s own time zone', () => {
    const previous = process.env['TZ'];
    process.env['TZ'] = 'America/New_York';
    try {
      expect(lines(bookingCalendar(booking('2027-07-06T12:00:00Z', '2027-07-06T13:30:00Z'), geo, stamp))).toContain('DTSTART;TZID=Europe/Paris:20270706T140000');
    } finally {
      if (previous === undefined) delete process.env['TZ'];
      else process.env['TZ'] = previous;
    }
  });

  it('is a PUBLISH calendar with a stable UID, SEQUENCE, UTC DTSTAMP, organiser, escaped text and CRLF lines of at most 75 octets', () => {
    const ics = bookingCalendar(booking('2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z', { sequence: 2 }), geo, stamp, 'https://balise.example.fr/reservation?jeton=abc');
    const content = lines(ics);
    expect(content[0]).toBe('BEGIN:VCALENDAR');
    expect(content).toContain('VERSION:2.0');
    expect(content).toContain('METHOD:PUBLISH');
    expect(content).toContain('UID:0b6a3f0e-8a43-4f57-9f3e-0d7c1c1f2a11@reservations.balise');
    expect(content).toContain('SEQUENCE:2');
    expect(content).toContain('DTSTAMP:20261123T090000Z');
    expect(content).toContain('STATUS:CONFIRMED');
    expect(content).toContain('SUMMARY:Atelier CV\\; lettre\\, et entretien');
    expect(content).toContain('LOCATION:Antenne de Dax\\, 12 rue des Arènes\\, 40100 Dax');
    expect(content.find((line) => line.startsWith('ORGANIZER'))).toMatch(/^ORGANIZER;CN="Mission Locale des Landes":mailto:contact@ml-landes\.balise\.test$/);
    expect(content.find((line) => line.startsWith('DESCRIPTION'))).toContain('https://balise.example.fr/reservation?jeton=abc');
    expect(ics.endsWith('END:VCALENDAR')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('says CANCELLED for a cancelled booking or session, TENTATIVE while waitlisted, and the link for an online session', () => {
    const status = (b: Booking) => lines(bookingCalendar(b, geo, stamp)).find((line) => line.startsWith('STATUS:'));
    expect(status(booking('2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z', { status: 'CANCELLED' }))).toBe('STATUS:CANCELLED');
    expect(status(booking('2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z', { sessionStatus: 'CANCELLED' }))).toBe('STATUS:CANCELLED');
    expect(status(booking('2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z', { status: 'WAITLISTED' }))).toBe('STATUS:TENTATIVE');
    const online = lines(bookingCalendar(booking('2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z', { online: true }), geo, stamp));
    expect(online).toContain('LOCATION:En ligne : https://visio.balise.test/atelier');
    expect(online).toContain('URL;VALUE=URI:https://visio.balise.test/atelier');
    const waiting = lines(bookingCalendar(booking('2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z', { online: true, status: 'WAITLISTED' }), geo, stamp));
    expect(waiting.join('\n')).not.toContain('visio.balise.test');
  });
});
