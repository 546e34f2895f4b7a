import { BarChart as ChartistBarChart, type BarChartOptions } from 'chartist';
import { useEffect, useRef } from 'react';
import type { ChartData } from './chart-data.js';
import './chartist-csp.js';
import { ms } from './statistics-messages.js';

/** Pixels per row (a month) and per bar: horizontal bars fit a phone's width and grow down, not across. */
const BAR = 14;
const GAP = 12;
const AXIS = 40;

/**
 * Horizontal bars, one row per label (month): side by side per series, or stacked. Each series has its
 * colour and its own stroke pattern (solid, dashes, dots) in the bars and the legend, so colour is not
 * the only cue; side-by-side bars carry their label (the API's, "< 5" when masked) at their end.
 * Screen readers get the summary (role="img"); the figures are in the data table that follows.
 */
export function BarChart({ caption, data, stacked = false }: { caption: string; data: ChartData; stacked?: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const perRow = stacked ? BAR : data.series.length * BAR;
  const height = data.labels.length * (perRow + GAP) + AXIS;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const options: BarChartOptions = {
      horizontalBars: true,
      stackBars: stacked,
      seriesBarDistance: BAR,
      height: `${height}px`,
      chartPadding: { top: 8, right: stacked ? 16 : 48, bottom: 0, left: 0 },
      axisX: { onlyInteger: true, low: 0 },
      axisY: { offset: 100, showGrid: false },
    };
    // Chartist draws the first label at the bottom and, in a group, the last series on top: both reversed
    // here, so the oldest month is at the top and the series read in legend order (stacks already do, left
    // to right). Its own `reverseData` would leave the bars' labels behind.
    const series = data.series.map((s, i) => ({ name: s.name, className: `stats-series--${i}`, data: s.points.map((p) => ({ value: p.value, meta: p.label })).reverse() }));
    const chart = new ChartistBarChart(
      element,
      {
        labels: [...data.labels].reverse(),
        series: stacked ? series : series.reverse(),
      },
      options,
    );
    if (!stacked)
      chart.on('draw', (event) => {
        if (event.type !== 'bar' || typeof event.meta !== 'string') return;
        event.group.elem('text', { x: event.x2 + 4, y: event.y2 + 4 }, 'stats-bar-label').text(event.meta);
      });
    return () => {
      chart.detach();
    };
  }, [data, stacked, height]);

  return (
    <figure className="stats-figure">
      <figcaption className="stats-figure__caption">{caption}</figcaption>
      <ul className="stats-legend" aria-label={ms.legend}>
        {data.series.map((s, i) => (
          <li key={s.name} className={`stats-series--${i}`}>
            <svg width="32" height="14" aria-hidden="true" focusable="false">
              <line x1="0" y1="7" x2="32" y2="7" className="ct-bar" />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <div ref={container} className="stats-chart" role="img" aria-label={`${data.summary} ${ms.chartNote}`} style={{ height }} />
    </figure>
  );
}
