/**
 * Sizes for the virtualised grid: fixed row height, column widths guessed once per sheet from
 * the text in its first rows, and the lookups that find which rows and columns a scroll
 * position shows. Only those are rendered, so a 30 000-row sheet costs what one screen costs.
 */
import type { SheetSnapshot } from '../../core/workbook/snapshot';

export const rowHeight = 24;
export const headerHeight = 24;
export const rowHeaderWidth = 56;

const sampleRows = 400;
const charWidth = 7;
const minWidth = 48;
const maxWidth = 320;
const blankWidth = 72;
/** Blank rows and columns after the data, so the sheet does not end abruptly. */
const spareRows = 20;
const spareColumns = 4;

export interface GridGeometry {
  rowCount: number;
  columnCount: number;
  /** `columnLefts[c]`: the left edge of column c, after the row headers; one more at the end. */
  columnLefts: number[];
  width: number;
  height: number;
}

export function geometryOf(
  sheet: SheetSnapshot | undefined,
  textOf: (row: number, column: number) => string,
): GridGeometry {
  const rows = sheet?.cells ?? [];
  let lastColumn = -1;
  for (const row of rows) if (row && row.length - 1 > lastColumn) lastColumn = row.length - 1;
  const columnCount = Math.max(lastColumn + 1 + spareColumns, 12);
  const rowCount = Math.max(rows.length + spareRows, 40);
  const widths = new Array<number>(columnCount).fill(0);
  for (let r = 0; r < Math.min(rows.length, sampleRows); r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      widths[c] = Math.max(widths[c], textOf(r, c).length * charWidth + 12);
    }
  }
  const columnLefts = [0];
  for (const width of widths) {
    const clamped = width === 0 ? blankWidth : Math.min(maxWidth, Math.max(minWidth, width));
    columnLefts.push(columnLefts[columnLefts.length - 1] + clamped);
  }
  return {
    rowCount,
    columnCount,
    columnLefts,
    width: rowHeaderWidth + columnLefts[columnCount],
    height: headerHeight + rowCount * rowHeight,
  };
}

/** The column whose span holds `x` (0 = the left edge of column A); binary search. */
export function columnAt(geometry: GridGeometry, x: number): number {
  const lefts = geometry.columnLefts;
  let low = 0;
  let high = geometry.columnCount - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lefts[middle] <= x) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface GridWindow {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

const overscanRows = 6;
const overscanColumns = 2;

/** The rows and columns to render for a scroll position and viewport size. */
export function windowOf(
  geometry: GridGeometry,
  scroll: { top: number; left: number },
  viewport: { width: number; height: number },
): GridWindow {
  const bodyHeight = Math.max(0, viewport.height - headerHeight);
  const bodyWidth = Math.max(0, viewport.width - rowHeaderWidth);
  const firstRow = Math.floor(scroll.top / rowHeight);
  const lastRow = Math.ceil((scroll.top + bodyHeight) / rowHeight);
  return {
    firstRow: Math.max(0, firstRow - overscanRows),
    lastRow: Math.min(geometry.rowCount - 1, lastRow + overscanRows),
    firstColumn: Math.max(0, columnAt(geometry, scroll.left) - overscanColumns),
    lastColumn: Math.min(
      geometry.columnCount - 1,
      columnAt(geometry, scroll.left + bodyWidth) + overscanColumns,
    ),
  };
}

/** The scroll position that puts a cell in the middle of the viewport. */
export function scrollFor(
  geometry: GridGeometry,
  cell: { row: number; column: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const bodyHeight = Math.max(0, viewport.height - headerHeight);
  const bodyWidth = Math.max(0, viewport.width - rowHeaderWidth);
  const left = geometry.columnLefts[Math.min(cell.column, geometry.columnCount - 1)] ?? 0;
  return {
    top: Math.max(0, cell.row * rowHeight - (bodyHeight - rowHeight) / 2),
    left: Math.max(0, left - bodyWidth / 3),
  };
}
