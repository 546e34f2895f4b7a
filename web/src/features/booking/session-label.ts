/**
 * How a workshop session reads for a youth: its day and hours in Europe/Paris (wherever the
 * phone is set), its place, and what is left of its seats. Pure functions: unit-tested.
 */

export const PARIS = 'Europe/Paris';

/** The fields of a `WorkshopSession` these labels read. */
export interface SessionFacts {
  startsAt: string;
  endsAt: string;
  status?: string;
  seatsLeft: number;
  waitlistLength: number;
  waitlistFull: boolean;
  onlineUrl?: string | null;
  venue?: { name: string; address: string; commune: { name: string } } | null;
}

/** What a session has left: seats, a waitlist (with the number already waiting), or nothing. */
export type Availability = { kind: 'seats'; seats: number } | { kind: 'waitlist'; waiting: number } | { kind: 'full' } | { kind: 'cancelled' };

export function availability(session: Pick<SessionFacts, 'status' | 'seatsLeft' | 'waitlistLength' | 'waitlistFull'>): Availability {
  if (session.status === 'CANCELLED') return { kind: 'cancelled' };
  if (session.seatsLeft > 0) return { kind: 'seats', seats: session.seatsLeft };
  if (session.waitlistFull) return { kind: 'full' };
  return { kind: 'waitlist', waiting: session.waitlistLength };
}

/** A session can still be chosen: seats left, or room on its waitlist. */
export function bookable(session: Pick<SessionFacts, 'status' | 'seatsLeft' | 'waitlistLength' | 'waitlistFull'>): boolean {
  const kind = availability(session).kind;
  return kind === 'seats' || kind === 'waitlist';
}

/** The words each availability needs (from the `booking` messages). */
export interface SeatsWords {
  seatsLeft: (seats: number) => string;
  waitlist: (waiting: number) => string;
  waitlistFull: string;
  sessionCancelled: string;
}

export function seatsText(session: Pick<SessionFacts, 'status' | 'seatsLeft' | 'waitlistLength' | 'waitlistFull'>, words: SeatsWords): string {
  const state = availability(session);
  switch (state.kind) {
    case 'seats':
      return words.seatsLeft(state.seats);
    case 'waitlist':
      return words.waitlist(state.waiting);
    case 'full':
      return words.waitlistFull;
    case 'cancelled':
      return words.sessionCancelled;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, { timeZone: PARIS, ...options })));
  return found;
}

/** « mardi 1 décembre » (« mardi 1 décembre 2027 » when not this year), in Paris. */
export function sessionDay(iso: string, locale: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const year = formatter(locale, { year: 'numeric' });
  const sameYear = year.format(date) === year.format(now);
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(date);
}

/** « 14:00 » in Paris (24-hour clock in French, « 2:00 pm » in English). */
export function sessionTime(iso: string, locale: string): string {
  return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** The place in one line: « Salle Jean Moulin, 12 rue des Arènes, Dax », or the online label. */
export function placeText(session: Pick<SessionFacts, 'venue'>, onlineLabel: string): string {
  const venue = session.venue;
  if (!venue) return onlineLabel;
  return [venue.name, venue.address, venue.commune.name].filter(Boolean).join(', ');
}

/** True once the session has started (then nobody can book or cancel it online). */
export function hasStarted(session: Pick<SessionFacts, 'startsAt'>, now: Date = new Date()): boolean {
  return new Date(session.startsAt).getTime() <= now.getTime();
}
