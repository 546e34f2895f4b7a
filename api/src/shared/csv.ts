import { stringify } from 'csv-stringify/sync';

/**
 * A CSV file as French spreadsheets open it: UTF-8 with a byte-order mark, `;` between cells,
 * CRLF line ends. A cell starting with = + - @ (or a tab / carriage return) gets a leading
 * apostrophe, so a typed value is never run as a formula (CSV injection).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const safe = rows.map((row) => row.map((cell) => neutralise(cell)));
  return '\uFEFF' + stringify([[...header], ...safe], { delimiter: ';', record_delimiter: 'windows' });
}

function neutralise(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /^[=+\-@\t\r]/.test(text) && typeof cell !== 'number' ? `'${text}` : text;
}
