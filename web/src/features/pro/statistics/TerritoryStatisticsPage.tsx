import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../app/page-title.js';
import { useSession } from '../ProPage.js';
import { BarChart } from './BarChart.js';
import { searchesChart } from './chart-data.js';
import { LoadState, PeriodNotice, StatSection } from './LoadState.js';
import { periodError, periodParams, readPeriod } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { TERRITORY_STATISTICS, type TerritoryStatistics } from './statistics-api.js';
import { ms } from './statistics-messages.js';
import { StatTable, type CsvScope } from './StatTable.js';
import {
  staleOffersTable,
  territoryCommunesTable,
  territoryIsEmpty,
  territoryMonthsTable,
  territoryOrganisationsTable,
  territoryThemesTable,
  unmetSearchesTable,
} from './tables.js';
import { useStatistics } from './use-statistics.js';

/** `/pro/statistiques`: the coordinator's territory (or the whole platform for its admins). */
export function TerritoryStatisticsPage() {
  const { me } = useSession();
  usePageTitle(ms.territoryTitle);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = params.toString();
  const period = useMemo(() => readPeriod(new URLSearchParams(query)), [query]);
  const departement = params.get('departement') ?? '';
  const invalid = periodError(period);
  const variables = { period, departement: departement || null };
  const state = useStatistics<{ territoryStatistics: TerritoryStatistics }>(TERRITORY_STATISTICS, variables, JSON.stringify(variables), !invalid);
  const stats = state.status === 'ready' ? state.data.territoryStatistics : undefined;
  const isAdmin = me.memberships.some((m) => m.role === 'PLATFORM_ADMIN');

  const apply = (next: typeof period, place: string) => void navigate({ search: periodParams(next, place).toString() });
  const scope: CsvScope = { period, departement };

  return (
    <>
      <h1 tabIndex={-1}>{ms.territoryTitle}</h1>
      {stats ? <p className="stats-scope">{ms.scope(stats.scopeLabel)}</p> : null}
      <p>{ms.territoryIntro}</p>
      <p>{ms.privacy}</p>
      <PeriodPicker
        period={period}
        departement={departement}
        departements={stats ? { codes: stats.departements, allLabel: isAdmin ? ms.wholePlatform : ms.allDepartements } : undefined}
        onApply={apply}
      />
      <PeriodNotice period={period} invalid={invalid} />
      <LoadState state={state} forbidden={ms.forbiddenTerritory} />
      {stats ? <TerritoryFigures stats={stats} scope={scope} /> : null}
    </>
  );
}

function TerritoryFigures({ stats, scope }: { stats: TerritoryStatistics; scope: CsvScope }) {
  const chart = useMemo(() => searchesChart(stats), [stats]);
  const empty = territoryIsEmpty(stats);
  return (
    <>
      {empty ? (
        <p className="pro__empty">{ms.empty}</p>
      ) : (
        <>
          <StatSection id="stats-searches" title={ms.searchesTitle}>
            <BarChart caption={ms.searchesChart} data={chart} />
            <StatTable model={territoryMonthsTable(stats)} scope={scope} />
          </StatSection>
          <StatSection id="stats-unmet" title={ms.unmetTitle} intro={ms.unmetIntro}>
            {stats.unmetSearches.length ? <StatTable model={unmetSearchesTable(stats)} scope={scope} /> : <p>{ms.noUnmet}</p>}
          </StatSection>
          <StatSection id="stats-themes" title={ms.themesTitle}>
            <StatTable model={territoryThemesTable(stats)} scope={scope} />
          </StatSection>
          <StatSection id="stats-communes" title={ms.communesTitle}>
            <StatTable model={territoryCommunesTable(stats)} scope={scope} />
          </StatSection>
          <StatSection id="stats-organisations" title={ms.organisationsTitle} intro={ms.notAnsweringIntro}>
            {stats.organisations.length ? <StatTable model={territoryOrganisationsTable(stats)} scope={scope} /> : <p>{ms.noOrganisations}</p>}
          </StatSection>
        </>
      )}
      <StatSection id="stats-stale" title={ms.staleTitle} intro={ms.staleIntro}>
        {stats.staleOffers.length ? <StatTable model={staleOffersTable(stats)} scope={scope} /> : <p>{ms.noStale}</p>}
      </StatSection>
    </>
  );
}
