import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { frenchDay } from '../shared/clock.js';
import { ALL_THEMES, NO_THEME } from './search-month-stats.entity.js';

export interface LoggedSearch {
  searchedAt: Date;
  departement?: string | null;
  communeCode?: string | null;
  themes: string[];
  resultCount: number;
}

interface Cell {
  month: string;
  departement: string;
  communeCode: string;
  theme: string;
  searches: number;
  withoutResult: number;
}

/** Rebuilds the rollup's cells from the whole search log (same cells as `rollupCells`): the migration's backfill, and the bench. */
export const SEARCH_MONTH_STATS_FROM_LOG = `
  insert into search_month_stats (month, departement, commune_code, theme, searches, without_result)
  select date_trunc('month', e.searched_at at time zone 'Europe/Paris')::date, coalesce(e.departement, ''), coalesce(e.commune_code, ''), t.theme,
         count(*)::int, (count(*) filter (where e.result_count = 0))::int
    from search_log_entry e
    cross join lateral (select '${ALL_THEMES}' as theme
                        union all
                        select distinct unnest(case when cardinality(e.themes) = 0 then array['${NO_THEME}']::text[] else e.themes end)) t
   group by 1, 2, 3, 4`;

/** The rollup cells a batch of searches adds to (see SearchMonthStats). */
export function rollupCells(searches: readonly LoggedSearch[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const search of searches) {
    const month = `${frenchDay(search.searchedAt).slice(0, 7)}-01`;
    const themes = [ALL_THEMES, ...(search.themes.length ? new Set(search.themes) : [NO_THEME])];
    for (const theme of themes) {
      const cell = { month, departement: search.departement ?? '', communeCode: search.communeCode ?? '', theme };
      const key = `${cell.month}|${cell.departement}|${cell.communeCode}|${theme}`;
      const counted = cells.get(key) ?? { ...cell, searches: 0, withoutResult: 0 };
      counted.searches += 1;
      if (search.resultCount === 0) counted.withoutResult += 1;
      cells.set(key, counted);
    }
  }
  return [...cells.values()];
}

/** Adds a batch of searches to the monthly rollup, in `em`'s transaction. */
export async function addToSearchMonthStats(em: EntityManager, searches: readonly LoggedSearch[]): Promise<void> {
  const cells = rollupCells(searches);
  if (cells.length === 0) return;
  await (em as unknown as SqlEntityManager).execute(
    `insert into search_month_stats (month, departement, commune_code, theme, searches, without_result)
     values ${cells.map(() => '(?::date, ?, ?, ?, ?, ?)').join(', ')}
     on conflict (month, departement, commune_code, theme) do update
       set searches = search_month_stats.searches + excluded.searches,
           without_result = search_month_stats.without_result + excluded.without_result`,
    cells.flatMap((cell) => [cell.month, cell.departement, cell.communeCode, cell.theme, cell.searches, cell.withoutResult]),
  );
}
