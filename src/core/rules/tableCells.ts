/**
 * Reading an AppendixTable the way the rules need it: which columns hold figures, which row
 * carries an indicator, a cell's number, how many decimals it shows, and its unit.
 */
import type {
  AppendixTable,
  PeriodColumn,
  PeriodKind,
  TableCell,
  TableRow,
} from '../layout/appendixTable';
import { memoByText } from '../layout/memoByText';
import { qualifiedAddress } from '../workbook/address';

/** A cell anywhere in the workbook. */
export interface CellRef {
  sheet: string;
  address: string;
}

const VALUE_PERIODS: readonly PeriodKind[] = ['actual', 'plan', 'midyear', 'estimate'];

/** Columns holding figures of a period (never comparison, unit or note columns). */
export function valueColumns(table: AppendixTable): PeriodColumn[] {
  return table.columns.filter((column) => VALUE_PERIODS.includes(column.period));
}

/**
 * Value columns whose period the table states (in a header or the title). A period that layout
 * only defaulted (`periodFrom: 'default'`) is a guess: rules that compare periods, within a table
 * or across tables, leave such columns out.
 */
export function statedColumns(table: AppendixTable): PeriodColumn[] {
  return valueColumns(table).filter((column) => column.periodFrom !== 'default');
}

export function comparisonColumns(table: AppendixTable): PeriodColumn[] {
  return table.columns.filter((column) => column.period === 'comparison');
}

/** The number a cell means, or null when blank, not a number, or not finite. */
export function numberOf(cell: TableCell | undefined): number | null {
  if (!cell || cell.number === null || !Number.isFinite(cell.number)) return null;
  return cell.number;
}

export function cellAt(row: TableRow, column: PeriodColumn): TableCell | undefined {
  return row.cells[column.column];
}

/** Decimals a number carries as typed (capped: binary fractions have long tails). */
export function decimalsOfNumber(value: number): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) {
      return decimals;
    }
  }
  return 6;
}

/** Decimals shown: the displayed ones when known, else those of the number itself. */
export function decimalsOf(cell: TableCell, value: number): number {
  return cell.shownDecimals ?? decimalsOfNumber(cell.percent ? value * 100 : value);
}

export function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) < 1e-9 * Math.max(1, Math.abs(value));
}

/** The rows carrying an indicator code, in table order. */
export function rowsWithCode(table: AppendixTable, code: string): TableRow[] {
  return table.rows.filter((row) => row.indicator === code);
}

/**
 * A lookup of the first row carrying each indicator code, built in one pass: for rules that ask
 * for many codes of the same table (every measure of every block).
 */
export function rowsByCode(table: AppendixTable): (code: string) => TableRow | undefined {
  const index = new Map<string, TableRow>();
  for (const row of table.rows) {
    if (row.indicator !== undefined && !index.has(row.indicator)) index.set(row.indicator, row);
  }
  return (code) => index.get(code);
}

export function rowWithCode(table: AppendixTable, code: string): TableRow | undefined {
  return table.rows.find((row) => row.indicator === code);
}

/**
 * Lower-case, without diacritics: for testing units and labels against a few keywords. Once per
 * distinct text: rules ask for the same units and labels cell after cell.
 */
export function plainKey(text: string | undefined): string {
  return plainKeyOf(text ?? '');
}

const plainKeyOf = memoByText((text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim(),
);

/** The unit that applies to a cell: the row's, else the column's, else the table's. */
export function unitOf(table: AppendixTable, row: TableRow, column?: PeriodColumn): string {
  return plainKey(row.unit ?? column?.unit ?? table.unit);
}

export function isPercentUnit(unit: string): boolean {
  return unit.includes('%') || /\bty le\b/.test(unit);
}

/** Columns grouped by period and year: the columns of one group describe the same moment. */
export function periodGroups(columns: PeriodColumn[]): PeriodColumn[][] {
  const groups = new Map<string, PeriodColumn[]>();
  for (const column of columns) {
    const key = `${column.period}:${column.year ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), column]);
  }
  return [...groups.values()];
}

/** How a finding on `homeSheet` writes a cell: sheet-qualified when on another sheet. */
export function displayAddress(ref: CellRef, homeSheet: string): string {
  return ref.sheet === homeSheet ? ref.address : qualifiedAddress(ref.sheet, ref.address);
}

export function refKey(ref: CellRef): string {
  return `${ref.sheet}\u0000${ref.address}`;
}

/** A short label for a period column in messages, e.g. "Ước thực hiện 2022". */
export function periodLabel(column: PeriodColumn): string {
  return column.header.replace(/\s+/g, ' ').trim() || column.column;
}

/**
 * The column of `other` that speaks of the same period and year as `column`: same period and
 * year when both years are known, else the only column of that period. Periods only defaulted
 * match nothing.
 */
export function matchingColumn(
  other: AppendixTable,
  column: PeriodColumn,
): PeriodColumn | undefined {
  if (column.periodFrom === 'default') return undefined;
  const samePeriod = statedColumns(other).filter((candidate) => candidate.period === column.period);
  if (column.year !== undefined) {
    const sameYear = samePeriod.filter((candidate) => candidate.year === column.year);
    if (sameYear.length > 0) return sameYear.length === 1 ? sameYear[0] : undefined;
    if (samePeriod.some((candidate) => candidate.year !== undefined)) return undefined;
  }
  return samePeriod.length === 1 ? samePeriod[0] : undefined;
}
