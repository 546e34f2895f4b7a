import { TZDate } from '@date-fns/tz';
import { FRANCE_TIME_ZONE } from '../shared/clock.js';

export interface SeriesRule {
  /** YYYY-MM-DD, the first session's day (its weekday is the series'). */
  firstDate: string;
  /** HH:MM, wall-clock time in Europe/Paris. */
  startTime: string;
  durationMinutes: number;
  /** 1 = every week, 2 = every other week… */
  everyWeeks: number;
  /** YYYY-MM-DD, last possible day (included). */
  until: string;
}

/** A calendar day moved by `days`, computed on the calendar (UTC), never through a local instant. */
export function addCalendarDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + days)).toISOString().slice(0, 10);
}

/** The instant of a wall-clock time on a day in France: 14:00 stays 14:00 on both sides of a DST change. */
export function parisInstant(day: string, time: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(year!, month! - 1, date!, hours!, minutes!, FRANCE_TIME_ZONE).getTime());
}

/** The sessions of a series: same weekday and wall-clock time, every `everyWeeks` weeks, from `firstDate` to `until`. */
export function seriesOccurrences(rule: SeriesRule): { day: string; startsAt: Date; endsAt: Date }[] {
  const occurrences: { day: string; startsAt: Date; endsAt: Date }[] = [];
  for (let day = rule.firstDate; day <= rule.until; day = addCalendarDays(day, 7 * rule.everyWeeks)) {
    const startsAt = parisInstant(day, rule.startTime);
    occurrences.push({ day, startsAt, endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000) });
  }
  return occurrences;
}
