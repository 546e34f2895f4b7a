import { CONTACT_OUTCOMES } from '../contact-requests/contact-request.entity.js';
import { OUTCOME } from '../contact-requests/contact-request-csv.js';
import { statCount, statHours, statRate } from './stat-figures.js';
import type { ContactRequestFigures } from './statistics.model.js';

/**
 * SQL columns of contact-request figures over `contact_request r`, for a GROUP BY.
 * Handled = first contact, or closure without one. Due = handled, or past its due date at `?`
 * (now) — except a request the youth cancelled before its due date, which nobody owed anything.
 */
export const CONTACT_REQUEST_COLUMNS = `
  count(*)::int as received,
  count(*) filter (where r.status = 'CLOSED')::int as closed,
  count(*) filter (where coalesce(r.first_contact_at, case when r.status = 'CLOSED' then r.ended_at end) <= r.due_at)::int as "handledInTime",
  count(*) filter (where coalesce(r.first_contact_at, case when r.status = 'CLOSED' then r.ended_at end) is not null
                      or (r.due_at <= ? and not (r.status = 'CANCELLED' and r.ended_at <= r.due_at)))::int as due,
  count(r.first_contact_at)::int as contacted,
  percentile_cont(0.5) within group (order by extract(epoch from r.first_contact_at - r.created_at) / 3600.0) as "medianHours",
  ${CONTACT_OUTCOMES.map((outcome) => `count(*) filter (where r.status = 'CLOSED' and r.outcome = '${outcome}')::int as "outcome_${outcome}"`).join(',\n  ')}`;

export interface ContactRequestRow {
  received: number;
  closed: number;
  handledInTime: number;
  due: number;
  contacted: number;
  medianHours: number | string | null;
  [outcome: `outcome_${string}`]: number;
}

export const EMPTY_CONTACT_ROW: ContactRequestRow = {
  received: 0, closed: 0, handledInTime: 0, due: 0, contacted: 0, medianHours: null,
  ...Object.fromEntries(CONTACT_OUTCOMES.map((outcome) => [`outcome_${outcome}`, 0])),
};

export function contactRequestFigures(row: ContactRequestRow = EMPTY_CONTACT_ROW): ContactRequestFigures {
  return {
    received: statCount(row.received),
    closed: statCount(row.closed),
    handledInTime: statCount(row.handledInTime),
    inTimeRate: statRate(row.handledInTime, row.due),
    medianHoursToFirstContact: statHours(row.medianHours === null ? null : Number(row.medianHours), row.contacted),
    outcomes: CONTACT_OUTCOMES.map((outcome) => ({ outcome, label: OUTCOME[outcome], count: statCount(row[`outcome_${outcome}`] ?? 0) })),
  };
}
