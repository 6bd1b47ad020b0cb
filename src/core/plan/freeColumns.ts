/**
 * Where calculation columns may go: columns to the right of a table that are empty over the
 * table's header and data rows (no value, no formula) and crossed by no merge. htx-plan never
 * inserts columns or shifts cells (DESIGN.md §5), and never writes over a non-empty cell (§3).
 */
import type { AppendixTable } from '../layout/appendixTable';
import { cellAddress, columnIndex, columnLetters, parseCellAddress } from '../workbook/address';
import type { SheetSnapshot } from '../workbook/snapshot';
import { isBlankSnapshotCell } from './snapshotCells';

/** XFD: the last column of an Excel sheet. */
const LAST_COLUMN = 16383;

export type ColumnBlock = { cell: string } | { merge: string };

export function tableRowSpan(table: AppendixTable): { top: number; bottom: number } {
  const [start, end] = table.range.split(':');
  const rows = [...table.headerRows, ...table.rows.map((row) => row.index)];
  rows.push(parseCellAddress(start).row, parseCellAddress(end ?? start).row);
  return { top: Math.min(...rows), bottom: Math.max(...rows) };
}

function mergeBounds(merge: string) {
  const [start, end] = merge.split(':');
  const a = parseCellAddress(start);
  const b = parseCellAddress(end ?? start);
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.max(a.column, b.column),
  };
}

/** Why `column` cannot take a calculation, or undefined when it is free. */
export function columnBlock(
  table: AppendixTable,
  sheet: SheetSnapshot,
  column: number,
): ColumnBlock | undefined {
  const { top, bottom } = tableRowSpan(table);
  for (let row = top; row <= bottom; row++) {
    if (!isBlankSnapshotCell(sheet.cells[row]?.[column])) return { cell: cellAddress(row, column) };
  }
  const merge = sheet.merges.find((candidate) => {
    const m = mergeBounds(candidate);
    return m.left <= column && column <= m.right && m.top <= bottom && top <= m.bottom;
  });
  return merge ? { merge } : undefined;
}

/**
 * `count` free columns: the first ones right of the table, or from a picked column on (the
 * picked one must itself be free; the others are the next free ones to its right).
 */
export function freeColumns(
  table: AppendixTable,
  sheet: SheetSnapshot,
  count: number,
  picked?: string,
): { columns: string[] } | { blocked: ColumnBlock & { column: string } } | { full: true } {
  let from = columnIndex(table.range.split(':').pop()!.replace(/\d+$/, '')) + 1;
  const columns: string[] = [];
  if (picked !== undefined) {
    const index = columnIndex(picked);
    const block = columnBlock(table, sheet, index);
    if (block) return { blocked: { ...block, column: columnLetters(index) } };
    columns.push(columnLetters(index));
    from = index + 1;
  }
  for (let column = from; columns.length < count; column++) {
    if (column > LAST_COLUMN) return { full: true };
    if (!columnBlock(table, sheet, column)) columns.push(columnLetters(column));
  }
  return { columns };
}
