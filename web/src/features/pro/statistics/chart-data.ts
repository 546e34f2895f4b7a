/**
 * What the charts draw, as plain data. A masked count ("< 5") or a missing one is drawn as an empty
 * bar with its label written next to it: the chart never guesses a value the API kept secret.
 */
import { monthLabel } from './period.js';
import { ms } from './statistics-messages.js';
import type { OrganisationStatistics, StatCount, TerritoryStatistics } from './statistics-api.js';

export interface ChartPoint {
  value: number;
  label: string;
}
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}
export interface ChartData {
  labels: string[];
  series: ChartSeries[];
  /** What the chart shows, in words (its accessible name). */
  summary: string;
}

export const point = (count: StatCount): ChartPoint => ({ value: count.value ?? 0, label: count.label });

export function requestsChart(stats: OrganisationStatistics): ChartData {
  const totals = stats.totals.contactRequests;
  return {
    labels: stats.months.map((m) => monthLabel(m.month, 'short')),
    series: [
      { name: ms.received, points: stats.months.map((m) => point(m.contactRequests.received)) },
      { name: ms.handledInTime, points: stats.months.map((m) => point(m.contactRequests.handledInTime)) },
    ],
    summary: ms.requestsSummary(stats.months.length, totals.received.label, totals.handledInTime.label, totals.inTimeRate.label),
  };
}

/** One stacked bar per month, one segment per outcome (in the API's fixed order). */
export function outcomesChart(stats: OrganisationStatistics): ChartData {
  const outcomes = stats.totals.contactRequests.outcomes;
  return {
    labels: stats.months.map((m) => monthLabel(m.month, 'short')),
    series: outcomes.map((o) => ({
      name: o.label,
      points: stats.months.map((m) => point(m.contactRequests.outcomes.find((x) => x.outcome === o.outcome)?.count ?? { value: 0, label: '0' })),
    })),
    summary: ms.outcomesSummary(
      stats.months.length,
      stats.totals.contactRequests.closed.label,
      outcomes
        .filter((o) => o.count.value !== 0)
        .map((o) => `${o.label} : ${o.count.label}`)
        .join(', '),
    ),
  };
}

export function searchesChart(stats: TerritoryStatistics): ChartData {
  const sum = (pick: (m: TerritoryStatistics['months'][number]) => StatCount) => total(stats.months.map(pick));
  return {
    labels: stats.months.map((m) => monthLabel(m.month, 'short')),
    series: [
      { name: ms.searches, points: stats.months.map((m) => point(m.searches)) },
      { name: ms.withoutResult, points: stats.months.map((m) => point(m.searchesWithoutResult)) },
    ],
    summary: ms.searchesSummary(stats.months.length, sum((m) => m.searches), sum((m) => m.searchesWithoutResult)),
  };
}

/**
 * A total for the summary when the API gives none: the sum of the shown figures, or a lower bound
 * when some months are masked (each is 1 to 4: their exact sum is as secret as they are).
 */
export function total(counts: StatCount[]): string {
  const known = counts.reduce((sum, c) => sum + (c.value ?? 0), 0);
  const masked = counts.filter((c) => c.value === null).length;
  if (masked === 0) return known.toLocaleString('fr-FR');
  if (masked === 1 && known === 0) return '< 5';
  return ms.atLeast((known + masked).toLocaleString('fr-FR'));
}
