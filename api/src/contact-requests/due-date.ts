import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { FRANCE_TIME_ZONE } from '../shared/clock.js';

/**
 * The promise: "te contacte d'ici le jeudi 26 novembre". A request made on a French calendar
 * day with a delay of N days is due at the end of the N-th day after it (23:59:59 in France),
 * calendar days, as the offers state it ("d'ici N jours maximum").
 */
export function dueDateFor(requestedAt: Date, delayDays: number): Date {
  const day = addDays(new TZDate(requestedAt, FRANCE_TIME_ZONE), delayDays);
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 0, FRANCE_TIME_ZONE).getTime());
}

/** The organisation's reminder: 9:00 in France, the day before the due day. */
export function reminderTimeFor(dueAt: Date): Date {
  const before = addDays(new TZDate(dueAt, FRANCE_TIME_ZONE), -1);
  return new Date(new TZDate(before.getFullYear(), before.getMonth(), before.getDate(), 9, 0, 0, 0, FRANCE_TIME_ZONE).getTime());
}

/** "jeudi 26 novembre" — the due date as every screen and email says it (the web uses the same words). */
export function frenchDayLabel(instant: Date): string {
  return format(new TZDate(instant, FRANCE_TIME_ZONE), 'EEEE d MMMM', { locale: fr });
}

/** Requests still open this long after they were made expire, and the youth is told. */
export const EXPIRY_DAYS = 30;
