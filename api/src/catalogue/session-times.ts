import { TZDate } from '@date-fns/tz';
import { addDays, addMinutes, isAfter, isWeekend, nextMonday, previousFriday } from 'date-fns';
import type { SessionSeed } from '@balise/seeds/catalogue-types';
import { FRANCE_TIME_ZONE } from '../shared/clock.js';

/** Start and end of a seed session: `dayOffset` days after `loadDay`, at a wall-clock time in France. */
export function sessionTimes(session: SessionSeed, loadDay: Date): { startsAt: Date; endsAt: Date } {
  const [hours, minutes] = session.startTime.split(':').map(Number);
  const day = onWeekday(addDays(new TZDate(loadDay, FRANCE_TIME_ZONE), session.dayOffset), loadDay);
  const start = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours ?? 0, minutes ?? 0, FRANCE_TIME_ZONE);
  return { startsAt: new Date(start.getTime()), endsAt: new Date(addMinutes(start, session.durationMinutes).getTime()) };
}

/** Workshops run on weekdays: a weekend day moves to the Friday before, or the Monday after when that Friday is not after the load day. */
function onWeekday(day: TZDate, loadDay: Date): TZDate {
  if (!isWeekend(day)) return day;
  const friday = previousFriday(day);
  return isAfter(friday, loadDay) ? friday : nextMonday(day);
}
