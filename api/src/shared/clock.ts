import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const FRANCE_TIME_ZONE = 'Europe/Paris';

/** Time comes from here so that tests can move it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The calendar day in France at `instant`, as YYYY-MM-DD. */
export function frenchDay(instant: Date): string {
  return format(new TZDate(instant, FRANCE_TIME_ZONE), 'yyyy-MM-dd');
}
