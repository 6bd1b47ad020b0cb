/**
 * "Tính toán": calculation columns beside a detected table (% ƯTH/KH, growth against last
 * year's actual, shares of the total), written into the first empty columns to its right or
 * into an empty column the user picked. Nothing is inserted or shifted (DESIGN.md §5) and no
 * non-empty cell is written (§3); the preview lists exactly the cells the plan writes, and the
 * journal records each of them as blank before, under the request's action, for "Hoàn tác".
 */
import type { AppendixTable } from '../layout/appendixTable';
import { AddressError, cellAddress, columnIndex } from '../workbook/address';
import type { SheetSnapshot } from '../workbook/snapshot';
import { calculationFormula, type CalculationStyle } from './calculationFormula';
import { type CalculationRow, calculationRows } from './calculationRows';
import { type CalculationKind, type CalculationSpec, calculationSpecs } from './calculationSpecs';
import type { CellEdit, CellStyle, CellWrite, EditPlan } from './editPlan';
import { freeColumns, tableRowSpan } from './freeColumns';
import type { WriteEntry } from './journal';
import { type Lang, planLabel } from './labels';
import { cellOf, knownStyleOf } from './snapshotCells';

export interface CalculationRequest {
  kinds: CalculationKind[];
  style: CalculationStyle;
  /** Column letters of an empty column the user picked for the first calculation. */
  column?: string;
  /** The value column whose shares are wanted; default: the latest estimate column. */
  shareColumn?: string;
  lang: Lang;
  /** Groups the journal entries, so "Hoàn tác" undoes the columns as a whole. */
  action: string;
  /** ISO date-time of the journal entries; default now. */
  at?: string;
}

export interface PreviewCell {
  sheet: string;
  address: string;
  kind: 'label' | 'formula';
  /** The label, or the formula with its leading "=" as the user will see it. */
  text: string;
}

export type CalculationError = {
  error: 'no-free-column' | 'column-not-empty' | 'nothing-to-compute';
  detail: { message: string; column?: string; cell?: string; merge?: string };
};

export type CalculationPlan = { plan: EditPlan; preview: PreviewCell[]; columns: string[] };

const HEADER_STYLE: CellStyle = {
  font: { bold: true },
  fill: { pattern: 'solid', color: 'FFDDEBF7' },
  border: 'thin',
  alignment: { horizontal: 'center', vertical: 'center', wrapText: true },
};
const RATIO_STYLE: CellStyle = { numberFormat: '0.0%', border: 'thin' };
/** Wide enough for "100,0%" and a header wrapped on two or three lines. */
const COLUMN_WIDTH = 14;

type Calculation = { spec: CalculationSpec; rows: CalculationRow[] };
type WrittenCell = PreviewCell & { style: CellStyle };

/** The header label and one formula per row of each calculation, column by column. */
function calculationCells(
  table: AppendixTable,
  calculations: Calculation[],
  columns: string[],
  style: CalculationRequest['style'],
): WrittenCell[] {
  const headerRow = tableRowSpan(table).top;
  const sheet = table.sheet;
  return calculations.flatMap(({ spec, rows }, i): WrittenCell[] => {
    const column = columnIndex(columns[i]);
    const header: WrittenCell = {
      sheet,
      address: cellAddress(headerRow, column),
      kind: 'label',
      text: spec.header,
      style: HEADER_STYLE,
    };
    return [
      header,
      ...rows.map((row): WrittenCell => {
        const formula = calculationFormula(spec.kind, style, row.numerator, row.denominator);
        const address = cellAddress(row.row, column);
        return { sheet, address, kind: 'formula', text: `=${formula}`, style: RATIO_STYLE };
      }),
    ];
  });
}

function refusal(
  placed: Exclude<ReturnType<typeof freeColumns>, { columns: string[] }>,
  table: AppendixTable,
  lang: Lang,
): CalculationError {
  if ('full' in placed) {
    const message = planLabel(lang, 'error.no-free-column', { range: table.range });
    return { error: 'no-free-column', detail: { message } };
  }
  const { column } = placed.blocked;
  const message =
    'cell' in placed.blocked
      ? planLabel(lang, 'error.column-not-empty', { column, cell: placed.blocked.cell })
      : planLabel(lang, 'error.column-merged', { column, merge: placed.blocked.merge });
  return { error: 'column-not-empty', detail: { message, ...placed.blocked } };
}

export function planCalculationColumns(
  table: AppendixTable,
  sheet: SheetSnapshot,
  request: CalculationRequest,
): CalculationPlan | CalculationError {
  const { lang } = request;
  if (request.column !== undefined && !/^[A-Za-z]{1,3}$/.test(request.column)) {
    throw new AddressError(request.column);
  }
  const calculations = calculationSpecs(table, request.kinds, lang, request.shareColumn)
    .map((spec) => ({ spec, rows: calculationRows(table, spec) }))
    .filter((calculation) => calculation.rows.length > 0);
  if (calculations.length === 0) {
    const message = planLabel(lang, 'error.nothing-to-compute', { range: table.range });
    return { error: 'nothing-to-compute', detail: { message } };
  }
  const placed = freeColumns(table, sheet, calculations.length, request.column);
  if (!('columns' in placed)) return refusal(placed, table, lang);

  const written = calculationCells(table, calculations, placed.columns, request.style);
  const at = request.at ?? new Date().toISOString();
  const cells: CellEdit[] = [];
  const journal: WriteEntry[] = [];
  for (const { address, kind, text, style } of written) {
    const write: CellWrite =
      kind === 'label'
        ? { kind: 'text', value: text }
        : { kind: 'formula', formula: text.slice(1) };
    cells.push({ address, write, style });
    journal.push({
      kind: 'write',
      action: request.action,
      at,
      sheet: table.sheet,
      cell: address,
      previous: { kind: 'blank' },
      written: write,
      previousStyle: knownStyleOf(cellOf(sheet, address), style),
    });
  }
  const columnWidths = Object.fromEntries(placed.columns.map((c) => [c, COLUMN_WIDTH]));
  const preview = written.map(({ sheet, address, kind, text }) => ({ sheet, address, kind, text }));
  return {
    plan: { edits: [{ sheet: table.sheet, cells, columnWidths }], newSheets: [], journal },
    preview,
    columns: placed.columns,
  };
}
