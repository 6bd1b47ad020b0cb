/** A1 ranges as numbers, for merges, `<dimension>` and `<cols>`. */
import { columnIndex, columnLetters, parseCellAddress } from '../../core/workbook/address';
import { EditPlanError } from './editPlanError';

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnOfCell(letters: string): number {
  return columnIndex(letters);
}

export function parseRange(range: string): CellRange {
  const [first, second = first] = range.replace(/\$/g, '').split(':');
  try {
    const a = parseCellAddress(first);
    const b = parseCellAddress(second);
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    };
  } catch {
    throw new EditPlanError(`Not an A1 range: ${range}`);
  }
}

export function rangeText(range: CellRange): string {
  const a = `${columnLetters(range.left)}${range.top + 1}`;
  const b = `${columnLetters(range.right)}${range.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function union(a: CellRange | undefined, b: CellRange): CellRange {
  if (!a) return b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
