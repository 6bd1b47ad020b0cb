/**
 * Merged areas of a sheet, for the grid: each merge is drawn once, as one box over its cells,
 * with its top-left cell's value. (ExcelJS reports that value in every cell of the merge, so
 * without this a title merged across a table would repeat in every column.)
 */
import { parseReference } from '../../app/cellReference';
import type { SheetSnapshot } from '../../core/workbook/snapshot';
import { cellKey } from './findingMarks';

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Past this many cells a merge is drawn as its top-left cell only (a runaway merge). */
const maxCellsPerMerge = 20_000;

/** Every cell inside a merge, its merge. */
export function mergeLayout(sheet: SheetSnapshot | undefined): Map<number, Merge> {
  const byCell = new Map<number, Merge>();
  for (const range of sheet?.merges ?? []) {
    const reference = parseReference(range);
    if (!reference || reference.sheet !== undefined) continue;
    const merge = {
      top: reference.top,
      left: reference.left,
      bottom: reference.bottom,
      right: reference.right,
    };
    const size = (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
    if (size <= 1 || size > maxCellsPerMerge) continue;
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        byCell.set(cellKey(row, column), merge);
      }
    }
  }
  return byCell;
}

/**
 * Whether the cell at (row, column) draws the merge it is in: the merge's top-left cell, or,
 * when that is scrolled out of the rendered window, the first of its cells inside the window.
 */
export function drawsMerge(
  merge: Merge,
  row: number,
  column: number,
  window: { firstRow: number; firstColumn: number },
): boolean {
  return (
    row === Math.max(merge.top, window.firstRow) &&
    column === Math.max(merge.left, window.firstColumn)
  );
}
