/**
 * Funding by source (DOMAIN.md: Tổng = NSTW + NSĐP + khác), per programme and in total, from
 * the first funding table with a total column: each row's cells of the four source columns.
 */
import type { FundingCode } from './summaryCodes';
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import { sourceCell, type SourceCell } from './sourceCell';

export const fundingColumns: readonly FundingCode[] = [
  'funding.total',
  'funding.central',
  'funding.local',
  'funding.other',
];

export interface FundingRow {
  label?: string;
  text: string;
  /** A total row ("Tổng cộng", "Cộng"): shown bold. */
  total: boolean;
  cells: Partial<Record<FundingCode, SourceCell>>;
}

export interface FundingSources {
  sheet: string;
  /** The table's unit ("Triệu đồng"), if stated. */
  unit?: string;
  /** The header over the source columns, e.g. "Nhu cầu kinh phí năm 2023". */
  heading?: string;
  /** Which sources the table has (the total always). */
  columns: Partial<Record<FundingCode, PeriodColumn>>;
  rows: FundingRow[];
}

export function fundingSources(tables: readonly AppendixTable[]): FundingSources | undefined {
  for (const table of tables) {
    if (table.kind !== 'funding') continue;
    const columns: Partial<Record<FundingCode, PeriodColumn>> = {};
    for (const code of fundingColumns) {
      const column = table.columns.find((c) => c.indicator === code);
      if (column) columns[code] = column;
    }
    const total = columns['funding.total'];
    if (!total) continue;
    const rows = table.rows
      .filter((row) => hasFigures(row, columns))
      .map((row) => fundingRow(table, row, columns));
    if (rows.length === 0) continue;
    return {
      sheet: table.sheet,
      ...(table.unit && { unit: table.unit }),
      ...(total.group && { heading: total.group }),
      columns,
      rows,
    };
  }
  return undefined;
}

function hasFigures(row: TableRow, columns: Partial<Record<FundingCode, PeriodColumn>>): boolean {
  return Object.values(columns).some(
    (column) => (row.cells[column.column]?.number ?? null) !== null,
  );
}

function fundingRow(
  table: AppendixTable,
  row: TableRow,
  columns: Partial<Record<FundingCode, PeriodColumn>>,
): FundingRow {
  const cells: Partial<Record<FundingCode, SourceCell>> = {};
  for (const code of fundingColumns) {
    const column = columns[code];
    const cell = column && sourceCell(table.sheet, row.cells[column.column]);
    if (cell) cells[code] = cell;
  }
  return {
    ...(row.label && { label: row.label }),
    text: row.text,
    total: row.role === 'total',
    cells,
  };
}
