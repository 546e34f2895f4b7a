import type { EntityManager } from '@mikro-orm/core';
import { queryRows } from '../db/sql.js';
import { CONTACT_REQUEST_COLUMNS, type ContactRequestRow } from './contact-request-figures.js';
import { ALL_THEMES, NO_THEME } from './search-month-stats.entity.js';
import type { StatisticsPeriod } from './statistics-period.js';

/**
 * What a territory view reads. `departements` / `organisationIds` null: the whole platform.
 * Searches come from the monthly rollup (search_month_stats), never from the raw log.
 */
export interface TerritoryFilter {
  period: StatisticsPeriod;
  departements: string[] | null;
  organisationIds: string[] | null;
  now: Date;
}

const arrayLiteral = (values: readonly string[]) => `{${values.join(',')}}`;

function searchWhere(filter: TerritoryFilter, theme: string): [string, unknown[]] {
  const params: unknown[] = [filter.period.fromDay, filter.period.toDay];
  let sql = `month >= ?::date and month < ?::date and ${theme}`;
  if (filter.departements) {
    sql += ' and departement = any(?::text[])';
    params.push(arrayLiteral(filter.departements));
  }
  return [sql, params];
}

function organisationWhere(filter: TerritoryFilter, column: string): [string, unknown[]] {
  return filter.organisationIds ? [`${column} = any(?::uuid[])`, [arrayLiteral(filter.organisationIds)]] : ['true', []];
}

export interface SearchCountRow {
  key: string;
  searches: number;
  withoutResult: number;
}

const SEARCH_SUMS = 'sum(searches)::int as searches, sum(without_result)::int as "withoutResult"';

export function searchMonths(em: EntityManager, filter: TerritoryFilter) {
  const [where, params] = searchWhere(filter, `theme = '${ALL_THEMES}'`);
  return queryRows<SearchCountRow>(em, `select to_char(month, 'YYYY-MM') as key, ${SEARCH_SUMS} from search_month_stats where ${where} group by month`, params);
}

export function searchThemes(em: EntityManager, filter: TerritoryFilter) {
  const [where, params] = searchWhere(filter, `theme not in ('${ALL_THEMES}', '${NO_THEME}')`);
  return queryRows<SearchCountRow>(em, `select theme as key, ${SEARCH_SUMS} from search_month_stats where ${where} group by theme`, params);
}

export function searchCommunes(em: EntityManager, filter: TerritoryFilter, limit: number) {
  const [where, params] = searchWhere(filter, `theme = '${ALL_THEMES}' and commune_code <> ''`);
  return queryRows<SearchCountRow>(
    em,
    `select commune_code as key, ${SEARCH_SUMS} from search_month_stats where ${where}
      group by commune_code order by searches desc, commune_code limit ${limit}`,
    params,
  );
}

export interface UnmetRow {
  communeCode: string;
  theme: string;
  searches: number;
}

export function unmetSearches(em: EntityManager, filter: TerritoryFilter, limit: number) {
  const [where, params] = searchWhere(filter, `theme <> '${ALL_THEMES}' and commune_code <> '' and without_result > 0`);
  return queryRows<UnmetRow>(
    em,
    `select commune_code as "communeCode", theme, sum(without_result)::int as searches from search_month_stats where ${where}
      group by commune_code, theme order by searches desc, commune_code, theme limit ${limit}`,
    params,
  );
}

export type RequestMonthRow = ContactRequestRow & { month: string };

export function requestMonths(em: EntityManager, filter: TerritoryFilter) {
  const [where, params] = organisationWhere(filter, 'r.organisation_id');
  return queryRows<RequestMonthRow>(
    em,
    `select month, ${CONTACT_REQUEST_COLUMNS}
       from (select r.*, to_char(r.created_at at time zone 'Europe/Paris', 'YYYY-MM') as month from contact_request r
              where r.created_at >= ? and r.created_at < ? and ${where}) r
      group by month`,
    [filter.now, filter.period.from, filter.period.to, ...params],
  );
}

export type OrganisationRequestRow = ContactRequestRow & { organisationId: string; name: string; overdueOpen: number };

/** Per organisation: requests received in the period, and those open now past their due date without first contact. */
export function organisationRequests(em: EntityManager, filter: TerritoryFilter) {
  const [where, params] = organisationWhere(filter, 'r.organisation_id');
  return queryRows<OrganisationRequestRow>(
    em,
    `with received as (
       select r.organisation_id, ${CONTACT_REQUEST_COLUMNS}
         from contact_request r
        where r.created_at >= ? and r.created_at < ? and ${where}
        group by r.organisation_id),
     overdue as (
       select r.organisation_id, count(*)::int as n from contact_request r
        where r.status in ('NEW', 'IN_PROGRESS') and r.due_at < ? and r.first_contact_at is null and ${where}
        group by r.organisation_id)
     select org.id as "organisationId", org.name, received.*, coalesce(overdue.n, 0)::int as "overdueOpen"
       from received full join overdue on overdue.organisation_id = received.organisation_id
       join organisation org on org.id = coalesce(received.organisation_id, overdue.organisation_id)`,
    [filter.now, filter.period.from, filter.period.to, ...params, filter.now, ...params],
  );
}

export interface StaleOfferRow {
  offerId: string;
  title: string;
  organisationName: string;
  updatedAt: Date | string;
  total: number;
}

export function staleOffers(em: EntityManager, filter: TerritoryFilter, staleBefore: Date, limit: number) {
  const [where, params] = organisationWhere(filter, 'o.organisation_id');
  return queryRows<StaleOfferRow>(
    em,
    `select o.id as "offerId", o.title, org.name as "organisationName", o.updated_at as "updatedAt", count(*) over ()::int as total
       from offer o join organisation org on org.id = o.organisation_id
      where o.status = 'PUBLISHED' and o.updated_at < ? and ${where}
      order by o.updated_at, o.id limit ${limit}`,
    [staleBefore, ...params],
  );
}
