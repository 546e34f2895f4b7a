import { TZDate } from '@date-fns/tz';
import { addMonths, differenceInCalendarMonths } from 'date-fns';
import { FRANCE_TIME_ZONE } from '../shared/clock.js';
import { DomainError } from '../shared/domain-error.js';

export const MAX_PERIOD_MONTHS = 24;

/** Months "YYYY-MM" of France, inclusive; `from` and `to` are the instants bounding them (`to` excluded). */
export interface StatisticsPeriod {
  fromMonth: string;
  toMonth: string;
  months: string[];
  from: Date;
  to: Date;
  /** First days of the months, for date columns: `fromDay` included, `toDay` excluded. */
  fromDay: string;
  toDay: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parseMonth(field: string, raw: string): TZDate {
  const match = MONTH.exec(raw);
  if (!match) throw new DomainError('BAD_USER_INPUT', 'Mois attendu au format AAAA-MM (par exemple 2026-01).', field);
  return new TZDate(Number(match[1]), Number(match[2]) - 1, 1, FRANCE_TIME_ZONE);
}

const monthOf = (date: TZDate) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

export function parsePeriod(input: { fromMonth: string; toMonth: string }): StatisticsPeriod {
  const first = parseMonth('period.fromMonth', input.fromMonth);
  const last = parseMonth('period.toMonth', input.toMonth);
  const count = differenceInCalendarMonths(last, first) + 1;
  if (count < 1) throw new DomainError('BAD_USER_INPUT', 'Le mois de fin doit suivre le mois de début.', 'period.toMonth');
  if (count > MAX_PERIOD_MONTHS) throw new DomainError('BAD_USER_INPUT', `La période ne peut pas dépasser ${MAX_PERIOD_MONTHS} mois.`, 'period.toMonth');
  const months = Array.from({ length: count }, (_, index) => monthOf(addMonths(first, index)));
  const end = addMonths(first, count);
  return { fromMonth: months[0]!, toMonth: months.at(-1)!, months, from: new Date(first.getTime()), to: new Date(end.getTime()), fromDay: `${monthOf(first)}-01`, toDay: `${monthOf(end)}-01` };
}
