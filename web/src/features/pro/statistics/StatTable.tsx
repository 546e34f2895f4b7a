import { useState } from 'react';
import { Link } from 'react-router';
import { downloadText } from '../../../shared/download.js';
import { Button } from '../../../ui/Button.js';
import { request } from '../api.js';
import type { DownloadFile } from '../booking-api.js';
import { Notice } from '../ui.js';
import { errorText } from '../ProPage.js';
import type { Period } from './period.js';
import { STATISTICS_CSV, type StatisticsTable } from './statistics-api.js';
import { ms } from './statistics-messages.js';
import type { Cell, TableModel, TableRow } from './tables.js';

/** What the CSV export needs besides the table: the period and the organisation or the département shown. */
export interface CsvScope {
  period: Period;
  organisationId?: string;
  departement?: string;
}

function CellContent({ cell }: { cell: Cell }) {
  return cell.to ? <Link to={cell.to}>{cell.text}</Link> : <>{cell.text}</>;
}

function Row({ row }: { row: TableRow }) {
  const [head, ...rest] = row.cells;
  return (
    <tr>
      <th scope="row">{head ? <CellContent cell={head} /> : null}</th>
      {rest.map((cell, i) => (
        <td key={i}>
          <CellContent cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/** A statistics table (caption, column and row headers, totals) and its "Télécharger (CSV)" button. */
export function StatTable({ model, scope }: { model: TableModel; scope: CsvScope }) {
  return (
    <div className="stats-table">
      <div className="pro__table-wrap" tabIndex={0} role="region" aria-label={model.caption}>
        <table className="pro__table">
          <caption>{model.caption}</caption>
          <thead>
            <tr>
              {model.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <Row key={row.key} row={row} />
            ))}
          </tbody>
          {model.footer ? (
            <tfoot>
              <Row row={model.footer} />
            </tfoot>
          ) : null}
        </table>
      </div>
      <CsvButton table={model.table} caption={model.caption} scope={scope} />
    </div>
  );
}

export function CsvButton({ table, caption, scope }: { table: StatisticsTable; caption: string; scope: CsvScope }) {
  const [state, setState] = useState<{ busy: boolean; done?: string; error?: string }>({ busy: false });
  async function download() {
    if (state.busy) return;
    setState({ busy: true });
    try {
      const { statisticsCsv: file } = await request<{ statisticsCsv: DownloadFile }>(STATISTICS_CSV, {
        table,
        period: scope.period,
        organisationId: scope.organisationId ?? null,
        departement: scope.departement || null,
      });
      downloadText(file);
      setState({ busy: false, done: ms.csvDone(file.filename) });
    } catch (e) {
      setState({ busy: false, error: errorText(e) });
    }
  }
  return (
    <div className="stats-csv">
      <Button variant="secondary" onClick={() => void download()} aria-disabled={state.busy || undefined}>
        {state.busy ? ms.csvBusy : ms.csv}
        <span className="sr-only">{ms.csvFor(caption)}</span>
      </Button>
      <div role="status">{state.done ? <p className="stats-csv__done">{state.done}</p> : null}</div>
      <div role="alert">{state.error ? <Notice tone="error">{state.error}</Notice> : null}</div>
    </div>
  );
}
