/**
 * Test builders: small AppendixTable values without the layout detector.
 *
 *   tableOf({ sheet: 'PL I', columns: ['E:actual 2021', 'plan 2022', 'estimate 2022'],
 *             rows: [row('Tổng số HTX', [200, 210, 212], { indicator: 'htx.count' })] })
 *
 * Columns: `[letter:]period [year] [indicator] [default]`; letters continue from the previous
 * one (D first); `default` marks a period the layout only defaulted (`periodFrom: 'default'`). Rows sit on sheet rows firstRow, firstRow + 1… (default 5).
 */
import type {
  AppendixTable,
  Block,
  PeriodColumn,
  PeriodKind,
  RowRole,
  TableCell,
  TableKind,
  TableRow,
} from '../layout/appendixTable';
import { columnIndex, columnLetters } from '../workbook/address';

export interface CellSpec {
  n: number | null;
  text?: string;
  approximate?: boolean;
  percent?: boolean;
  decimals?: number;
  error?: string;
}

export type CellInput = number | null | CellSpec;

export interface RowSpec {
  text: string;
  values: CellInput[];
  role?: RowRole;
  indicator?: string;
  unit?: string;
  parent?: number;
  block?: Block;
  label?: string;
  share?: { part: string; whole: string };
}

export interface TableSpec {
  sheet?: string;
  kind?: TableKind;
  unit?: string;
  firstRow?: number;
  columns: (string | PeriodColumn)[];
  rows: RowSpec[];
}

export const approx = (n: number): CellSpec => ({ n, approximate: true, text: `khoảng ${n}` });
export const asText = (n: number, text = String(n)): CellSpec => ({ n, text });
export const pct = (n: number, decimals = 0): CellSpec => ({ n, percent: true, decimals });
export const shown = (n: number, decimals: number): CellSpec => ({ n, decimals });
export const textCell = (text: string): CellSpec => ({ n: null, text });
export const errorCell = (error: string): CellSpec => ({ n: null, error });

export function row(
  text: string,
  values: CellInput[],
  options: Omit<RowSpec, 'text' | 'values'> = {},
): RowSpec {
  return { text, values, ...options };
}

function parseColumn(spec: string | PeriodColumn, previous: number): PeriodColumn {
  if (typeof spec !== 'string') return spec;
  const [lettersPart, rest] = spec.includes(':') ? spec.split(':') : [undefined, spec];
  const index = lettersPart ? columnIndex(lettersPart) : previous + 1;
  const words = rest.trim().split(/\s+/);
  const period = words[0] as PeriodKind;
  const year = words.find((word) => /^\d{4}$/.test(word));
  const indicator = words.find((word) => word.includes('.'));
  return {
    column: columnLetters(index),
    index,
    period,
    header: rest.trim(),
    ...(year ? { year: Number(year) } : {}),
    ...(indicator ? { indicator } : {}),
    ...(words.includes('default') ? { periodFrom: 'default' as const } : {}),
  };
}

function cellOf(input: CellInput, address: string): TableCell | undefined {
  if (input === null) return undefined;
  const spec: CellSpec = typeof input === 'number' ? { n: input } : input;
  const raw = spec.error
    ? { value: { error: spec.error } }
    : { value: spec.text ?? spec.n, ...(spec.percent ? { numberFormat: '0%' } : {}) };
  return {
    address,
    number: spec.n,
    raw,
    ...(spec.text !== undefined && spec.n !== null ? { fromText: true } : {}),
    ...(spec.approximate ? { approximate: true } : {}),
    ...(spec.percent ? { percent: true } : {}),
    ...(spec.decimals !== undefined ? { shownDecimals: spec.decimals } : {}),
  };
}

export function tableOf(spec: TableSpec): AppendixTable {
  const firstRow = spec.firstRow ?? 5;
  const columns: PeriodColumn[] = [];
  for (const column of spec.columns) {
    columns.push(parseColumn(column, columns.length ? columns[columns.length - 1].index : 2));
  }
  const rows: TableRow[] = spec.rows.map((rowSpec, i) => {
    const cells: Record<string, TableCell> = {};
    columns.forEach((column, c) => {
      const cell = cellOf(rowSpec.values[c] ?? null, `${column.column}${firstRow + i}`);
      if (cell) cells[column.column] = cell;
    });
    return {
      index: firstRow + i - 1,
      text: rowSpec.text,
      role: rowSpec.role ?? 'item',
      depth: rowSpec.parent === undefined ? 0 : 1,
      cells,
      ...(rowSpec.label ? { label: rowSpec.label } : {}),
      ...(rowSpec.indicator ? { indicator: rowSpec.indicator } : {}),
      ...(rowSpec.unit ? { unit: rowSpec.unit } : {}),
      ...(rowSpec.parent !== undefined ? { parent: rowSpec.parent } : {}),
      ...(rowSpec.share ? { share: rowSpec.share } : {}),
      ...((rowSpec.block ?? blockOf(rowSpec.indicator))
        ? { block: rowSpec.block ?? blockOf(rowSpec.indicator) }
        : {}),
    };
  });
  const last = columns[columns.length - 1]?.column ?? 'C';
  return {
    sheet: spec.sheet ?? 'PL I',
    kind: spec.kind ?? 'indicators',
    range: `A${firstRow}:${last}${firstRow + rows.length - 1}`,
    headerRows: [firstRow - 2],
    columns,
    rows,
    ...(spec.unit ? { unit: spec.unit } : {}),
  };
}

function blockOf(indicator: string | undefined): Block | undefined {
  const prefix = indicator?.split('.')[0];
  return prefix === 'htx' || prefix === 'lhhtx' || prefix === 'tht' ? prefix : undefined;
}

/** The address of the cell in row `rowIndex` (0-based in the spec) and column letters. */
export function at(table: AppendixTable, rowIndex: number, column: string): string {
  return (
    table.rows[rowIndex].cells[column]?.address ?? `${column}${table.rows[rowIndex].index + 1}`
  );
}
