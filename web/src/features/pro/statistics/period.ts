/** The statistics period: whole months in France ("2026-01"), kept in the URL as `?du=2026-01&au=2026-11`. */
import { ms } from './statistics-messages.js';

export interface Period {
  fromMonth: string;
  toMonth: string;
}

/** What the API accepts (StatisticsPeriodInput). */
export const MAX_MONTHS = 24;
/** How far back the month lists go. */
export const CHOICE_MONTHS = 48;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string | null | undefined): text is string {
  return !!text && MONTH.test(text);
}

/** The month it is in France (the API counts in Europe/Paris months). */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from one to the other, both included (0 or less when reversed). */
export function monthSpan({ fromMonth, toMonth }: Period): number {
  const index = (month: string) => {
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    return year * 12 + monthNumber;
  };
  return index(toMonth) - index(fromMonth) + 1;
}

/** The last 12 months, up to the current one. */
export function defaultPeriod(now = new Date()): Period {
  const toMonth = currentMonth(now);
  return { fromMonth: addMonths(toMonth, -11), toMonth };
}

/** The months a picker offers, newest first: the current month and the 47 before it. */
export function monthChoices(now = new Date()): string[] {
  const last = currentMonth(now);
  return Array.from({ length: CHOICE_MONTHS }, (_, i) => addMonths(last, -i));
}

const longMonth = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthDate = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1));
};

/** "janvier 2026" (tables, pickers); "janv. 2026" (chart axes). */
export function monthLabel(month: string, style: 'long' | 'short' = 'long'): string {
  if (!isMonth(month)) return month;
  return (style === 'long' ? longMonth : shortMonth).format(monthDate(month));
}

export function periodLabel(period: Period): string {
  return period.fromMonth === period.toMonth ? monthLabel(period.fromMonth) : ms.periodRange(monthLabel(period.fromMonth), monthLabel(period.toMonth));
}

/** Why a period cannot be asked for, in French, or undefined when it can. */
export function periodError(period: Period, now = new Date()): string | undefined {
  if (!isMonth(period.fromMonth) || !isMonth(period.toMonth)) return ms.periodInvalid;
  if (monthSpan(period) < 1) return ms.periodReversed;
  if (monthSpan(period) > MAX_MONTHS) return ms.periodTooLong(MAX_MONTHS);
  if (monthSpan({ fromMonth: period.toMonth, toMonth: currentMonth(now) }) < 1) return ms.periodFuture;
  return undefined;
}

/** The period of the URL; the default (last 12 months) for what is absent or not a month. */
export function readPeriod(params: URLSearchParams, now = new Date()): Period {
  const fallback = defaultPeriod(now);
  const from = params.get('du');
  const to = params.get('au');
  if (isMonth(to) && !isMonth(from)) return { fromMonth: addMonths(to, -11), toMonth: to };
  return { fromMonth: isMonth(from) ? from : fallback.fromMonth, toMonth: isMonth(to) ? to : fallback.toMonth };
}

/** The query string for a period and an optional département; the default period is left out. */
export function periodParams(period: Period, departement: string, now = new Date()): URLSearchParams {
  const params = new URLSearchParams();
  const fallback = defaultPeriod(now);
  if (period.fromMonth !== fallback.fromMonth || period.toMonth !== fallback.toMonth) {
    params.set('du', period.fromMonth);
    params.set('au', period.toMonth);
  }
  if (departement) params.set('departement', departement);
  return params;
}
