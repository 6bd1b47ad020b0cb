/**
 * A plain, host-independent picture of a workbook: what every host reads in one batched pass
 * and what layout detection works on. Rows and columns are 0-based (A1 is row 0, column 0).
 */
import type { Fill } from '../plan/editPlan';

/** An Excel error value such as `#REF!` or `#DIV/0!`, kept apart from text. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | CellError | null;

export interface CellSnapshot {
  /** The value as shown: for a formula, its cached result. Rich text is flattened to text. */
  value: CellValue;
  /** The formula in English notation without the leading "=", when the cell holds one. */
  formula?: string;
  /** The number format code, e.g. `#,##0` or `0.0%`; absent for General. */
  numberFormat?: string;
  /** True when the file stored the text as rich text (several runs). */
  richText?: boolean;
  /**
   * The cell's background, when it has one: marks record it as the fill to restore ("Xóa đánh
   * dấu"). Absent: no fill (kept out of the snapshot to keep it small).
   */
  fill?: Fill;
}

export interface SheetSnapshot {
  name: string;
  /** Hidden and very hidden sheets are still read; rules may choose to skip them. */
  hidden?: boolean;
  /** Row-major grid; a missing row or cell is blank. */
  cells: (CellSnapshot | undefined)[][];
  /** Merged areas as A1 ranges, e.g. "A4:A5". */
  merges: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
