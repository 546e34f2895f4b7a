import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../app/page-title.js';
import { useSession } from '../ProPage.js';
import { BarChart } from './BarChart.js';
import { outcomesChart, requestsChart } from './chart-data.js';
import { LoadState, PeriodNotice, StatSection } from './LoadState.js';
import { periodError, periodParams, readPeriod } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { ORGANISATION_STATISTICS, statisticsOrganisations, type OrganisationStatistics } from './statistics-api.js';
import { ms } from './statistics-messages.js';
import { StatTable, type CsvScope } from './StatTable.js';
import { organisationIsEmpty, organisationMonthsTable, organisationOffersTable, organisationOutcomesTable } from './tables.js';
import { useStatistics } from './use-statistics.js';

/** `/pro/organisation/:id/statistiques`: an organisation's figures per month and per offer. */
export function OrganisationStatisticsPage() {
  const { id = '' } = useParams();
  const { me } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = params.toString();
  const period = useMemo(() => readPeriod(new URLSearchParams(query)), [query]);
  const invalid = periodError(period);
  const variables = { organisationId: id, period };
  const state = useStatistics<{ organisationStatistics: OrganisationStatistics }>(ORGANISATION_STATISTICS, variables, JSON.stringify(variables), !invalid);
  const stats = state.status === 'ready' ? state.data.organisationStatistics : undefined;
  const name = stats?.organisationName ?? statisticsOrganisations(me).find((o) => o.id === id)?.name;
  const title = name ? ms.orgTitle(name) : ms.nav;
  usePageTitle(title);

  const apply = (next: typeof period) => void navigate({ search: periodParams(next, '').toString() });
  const scope: CsvScope = { period, organisationId: id };

  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p>{ms.orgIntro}</p>
      <p>{ms.privacy}</p>
      <PeriodPicker period={period} onApply={apply} />
      <PeriodNotice period={period} invalid={invalid} />
      <LoadState state={state} forbidden={ms.forbiddenOrg} />
      {stats ? <OrganisationFigures stats={stats} scope={scope} /> : null}
    </>
  );
}

function OrganisationFigures({ stats, scope }: { stats: OrganisationStatistics; scope: CsvScope }) {
  const charts = useMemo(() => ({ requests: requestsChart(stats), outcomes: outcomesChart(stats) }), [stats]);
  if (organisationIsEmpty(stats)) return <p className="pro__empty">{ms.empty}</p>;
  return (
    <>
      <StatSection id="stats-requests" title={ms.requestsTitle}>
        <BarChart caption={ms.requestsChart} data={charts.requests} />
        <StatTable model={organisationMonthsTable(stats)} scope={scope} />
      </StatSection>
      <StatSection id="stats-outcomes" title={ms.outcomesTitle}>
        <BarChart caption={ms.outcomesChart} data={charts.outcomes} stacked />
        <StatTable model={organisationOutcomesTable(stats)} scope={scope} />
      </StatSection>
      <StatSection id="stats-offers" title={ms.offersTitle}>
        {stats.offers.length ? <StatTable model={organisationOffersTable(stats)} scope={scope} /> : <p>{ms.noOffers}</p>}
      </StatSection>
    </>
  );
}
