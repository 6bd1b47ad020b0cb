/**
 * One table from one header band: columns, data extent, rows and their outline, kind, indicator
 * codes and comparisons. Returns undefined when the band does not head an appendix table.
 */
import { parseVietnameseNumber } from '../numbers/parseVietnameseNumber';
import { cellAddress } from '../workbook/address';
import type { AppendixTable, PeriodColumn, TableRow } from './appendixTable';
import { buildColumns, type ColumnLayout } from './buildColumns';
import { buildRowTree } from './buildRowTree';
import { classifyTable, headerVouches, titleVouches } from './classifyTable';
import { looksLikeUnit, unitNoteIn } from './detectUnits';
import { fillPeriods } from './fillPeriods';
import type { HeaderBand } from './findHeaderRows';
import { matchIndicator, matchSector } from './matchIndicator';
import { matchShare } from './matchShare';
import { readHeaderStacks } from './readHeaderStacks';
import { startsLikeTotal } from './quickHints';
import { tokensOf, type Tokens } from './phrases';
import { readTableRows, type RowReading } from './readTableRows';
import { readTitle } from './readTitle';
import { resolveComparisons } from './resolveComparisons';
import type { SheetGrid } from './sheetGrid';

/** Blank rows that end a table. */
const BLANK_RUN = 3;
/** Data rows looked at to tell whether a column holds figures. */
const FIGURE_PROBE = 100;

export interface BuiltTable {
  table?: AppendixTable;
  /** The last sheet row the table (or the rejected band's data) reaches. */
  lastRow: number;
}

export function buildTable(
  grid: SheetGrid,
  sheet: string,
  band: HeaderBand,
  titleFrom: number,
  limit: number,
): BuiltTable {
  const first = (band.numberingRow ?? band.bottom) + 1;
  let last = dataEnd(grid, band, first, limit);
  const stacks = readHeaderStacks(grid, band);
  const title = readTitle(grid, titleFrom, band.top);
  const hasFigures = (col: number) => columnHasFigures(grid, col, first, last);
  const layout = buildColumns(stacks, { hasFigures, titleBlock: title.block });
  fillPeriods(layout.columns, title.periods);
  const vouched =
    headerVouches(layout.columns) ||
    titleVouches(title.tokens, title.periods) ||
    hasTotalRow(grid, layout, band, first, last);
  if (!vouched) {
    return { lastRow: last };
  }
  last = trimTrailing(grid, layout.columns, first, last);
  const readings = readTableRows(
    grid,
    { ...layout, left: band.left, right: band.right },
    first,
    last,
  );
  const places = buildRowTree(readings.map((r) => r.draft));
  const sectors = readings.map((r) => (r.draft.block ? undefined : matchSector(r.tokens)));
  const headerTokens = headerWords(stacks.map((s) => s.texts.join(' ')));
  const kind = classifyTable({
    columns: layout.columns,
    blockRows: places.filter((p) => p.role === 'block').length,
    measureRows: readings.filter((r, i) => r.draft.measure && !sectors[i] && !r.draft.total).length,
    sectorRows: sectors.filter(Boolean).length,
    totalRows: places.filter((p) => p.role === 'total').length,
    breakdownLabel: layout.breakdownLabel,
    listLabel: layout.listLabel,
    titleTokens: [...title.tokens, ...headerTokens],
    headerTokens,
  });
  if (!kind) return { lastRow: last };

  const rows: TableRow[] = readings.map((reading, i) => {
    const place = places[i];
    const row: TableRow = {
      index: reading.index,
      text: reading.text,
      role: place.role,
      depth: place.depth,
      cells: reading.cells,
    };
    if (reading.marker !== undefined) row.label = reading.marker;
    if (place.block) row.block = place.block;
    if (place.parent !== undefined) row.parent = place.parent;
    if (reading.unit) row.unit = reading.unit;
    const share =
      kind === 'indicators' && !reading.draft.block
        ? matchShare(reading.tokens, place.block)
        : undefined;
    const indicator = share ? undefined : rowIndicator(kind, reading, sectors[i], place.block);
    if (share) row.share = share;
    if (indicator) row.indicator = indicator;
    return row;
  });
  promoteTotals(kind, rows);
  resolveComparisons(layout.columns, {
    readings: layout.readings,
    numbering: band.numbering,
    cellsOf: (col) => readings.map((r) => ({ row: r.index, cell: grid.cell(r.index, col) })),
  });

  const table: AppendixTable = {
    sheet,
    kind,
    range: `${cellAddress(band.top, band.left)}:${cellAddress(Math.max(last, band.bottom), band.right)}`,
    headerRows: headerRows(band),
    columns: layout.columns,
    rows,
  };
  if (title.lines.length > 0) {
    table.title = title.lines.join('\n');
    table.titleLines = title.lines;
  }
  const unit = title.unit ?? stacks.flatMap((s) => s.unitNotes).map(unitNoteIn)[0];
  if (unit && looksLikeUnit(unit)) table.unit = unit;
  if (band.numberingRow !== undefined) table.numberingRow = band.numberingRow;
  const planYears = layout.columns.filter((c) => c.period === 'plan' && c.year).map((c) => c.year!);
  if (planYears.length > 0) table.planYear = Math.max(...planYears);
  const measured = tableIndicator(kind, layout, title.tokens, title.block, rows);
  if (measured) table.indicator = measured;
  return { table, lastRow: last };
}

function headerRows(band: HeaderBand): number[] {
  const rows: number[] = [];
  for (let r = band.top; r <= band.bottom; r++) rows.push(r);
  if (band.numberingRow !== undefined) rows.push(band.numberingRow);
  return rows;
}

function headerWords(texts: string[]): Tokens {
  return tokensOf(texts.join(' '));
}

function rowIndicator(
  kind: AppendixTable['kind'],
  reading: RowReading,
  sector: string | undefined,
  block: TableRow['block'],
): string | undefined {
  const { draft, tokens } = reading;
  if (draft.block) return draft.hasFigures ? `${draft.block}.count` : undefined;
  // "- Tổng số | HTX" numbered inside a block is the block's count, not a table total.
  if (draft.total && block && draft.kind !== 'none') return `${block}.count`;
  if (sector) return sector;
  if (kind === 'funding' || kind === 'support' || draft.total) return undefined;
  return matchIndicator(tokens, block);
}

/** Outside main-indicator tables, "Tổng số HTX" above its parts is the table's total row. */
function promoteTotals(kind: AppendixTable['kind'], rows: TableRow[]): void {
  if (kind === 'indicators') return;
  const hasParts = new Set(rows.filter((r) => r.role === 'part').map((r) => r.parent));
  rows.forEach((row, i) => {
    if (
      row.parent === undefined &&
      row.role === 'item' &&
      hasParts.has(i) &&
      /^t[oổ]ng/iu.test(row.text.trim())
    ) {
      row.role = 'total';
      row.depth = 0;
    }
  });
}

function tableIndicator(
  kind: AppendixTable['kind'],
  layout: ColumnLayout,
  titleTokens: readonly string[],
  titleBlock: TableRow['block'],
  rows: TableRow[],
): string | undefined {
  if (kind !== 'breakdown' || layout.columns.some((c) => c.indicator)) return undefined;
  return matchIndicator(titleTokens, titleBlock) ?? rows.find((r) => r.role === 'total')?.indicator;
}

/** The last row before a run of blank rows or the limit (the next table's title or header). */
function dataEnd(grid: SheetGrid, band: HeaderBand, first: number, limit: number): number {
  let last = first - 1;
  let blanks = 0;
  for (let r = first; r <= limit; r++) {
    let blank = true;
    for (let c = band.left; c <= band.right && blank; c++) blank = grid.isBlank(r, c);
    if (blank) {
      if (++blanks >= BLANK_RUN) break;
    } else {
      blanks = 0;
      last = r;
    }
  }
  return last;
}

function isFigure(grid: SheetGrid, r: number, c: number): boolean {
  const value = grid.value(r, c);
  if (typeof value === 'number') return true;
  return typeof value === 'string' && value.length < 40 && parseVietnameseNumber(value) !== null;
}

function columnHasFigures(grid: SheetGrid, col: number, first: number, last: number): boolean {
  for (let r = first; r <= last && r < first + FIGURE_PROBE; r++)
    if (isFigure(grid, r, col)) return true;
  return false;
}

/** Drops rows after the last one holding anything in a value column (footnotes, next title). */
function trimTrailing(
  grid: SheetGrid,
  columns: PeriodColumn[],
  first: number,
  last: number,
): number {
  const values = columns.filter((c) => c.period !== 'unit' && c.period !== 'note');
  let end = last;
  while (end >= first && values.every((c) => grid.isBlank(end, c.index))) end--;
  return end;
}

/** A cheap look down the label column for a total row, before reading every row. */
function hasTotalRow(
  grid: SheetGrid,
  layout: ColumnLayout,
  band: HeaderBand,
  first: number,
  last: number,
): boolean {
  const cols = [layout.labelCol, layout.sttCol, band.left].filter(
    (c): c is number => c !== undefined,
  );
  for (let r = first; r <= last; r++) {
    for (const c of cols) {
      const value = grid.value(r, c);
      if (typeof value !== 'string' || value.length > 60) continue;
      if (startsLikeTotal(grid.legacyEncoding ? grid.text(r, c) : value)) return true;
    }
  }
  return false;
}
