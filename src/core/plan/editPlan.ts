/**
 * An edit plan: every write an action wants, as data. Core builds plans; each host applies
 * one in a single batched write (Office.js in Excel, package patching for .xlsx files).
 * A plan never inserts rows or columns or shifts cells (DESIGN.md §5).
 */

export type CellWrite =
  | { kind: 'number'; value: number }
  /** Always stored as text, never read as a formula, even when it starts with "=", "+" or "-". */
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** English function names, "," separators, no leading "=" (DESIGN.md §5). */
  | { kind: 'formula'; formula: string }
  | { kind: 'blank' };

/** ARGB colour, e.g. "FFFFC7CE". */
export type Color = string;

export type Fill = { pattern: 'none' } | { pattern: 'solid'; color: Color };

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: Color;
}

export type BorderStyle = 'thin' | 'medium' | 'none';

export interface CellStyle {
  numberFormat?: string;
  font?: Font;
  fill?: Fill;
  /** The same style on the four sides. */
  border?: BorderStyle;
  alignment?: {
    horizontal?: 'left' | 'center' | 'right';
    vertical?: 'top' | 'center' | 'bottom';
    wrapText?: boolean;
    indent?: number;
  };
}

export interface CellEdit {
  /** A1 address on the sheet being edited. */
  address: string;
  /** Absent: the value stays as it is (a format-only edit, such as a mark). */
  write?: CellWrite;
  /** Merged into the cell's present style: only the given parts change. */
  style?: CellStyle;
}

export interface DataValidationRule {
  /** Ranges, e.g. ["E8:E20", "G8:G20"]. */
  ranges: string[];
  type: 'whole' | 'decimal' | 'list' | 'textLength' | 'custom';
  operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual' | 'equal';
  formula1?: string;
  formula2?: string;
  allowBlank?: boolean;
  prompt?: { title: string; message: string };
  error?: { title: string; message: string; style: 'stop' | 'warning' | 'information' };
}

export type ConditionalFormat =
  | { kind: 'dataBar'; range: string; color: Color; min?: number; max?: number }
  | {
      kind: 'iconSet';
      range: string;
      icons: '3TrafficLights1' | '3Arrows' | '3Symbols';
      thresholds: [number, number];
    };

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of every page, e.g. "1:6". */
  titleRows?: string;
}

/**
 * A chart of the sheet's own cells. Only the Excel host draws charts: a host that cannot (the
 * .xlsx writer, an Excel without the requirement set) skips it and says so in its notes, so a
 * sheet with a chart must read well without it. Ranges are A1 areas on the same sheet, one
 * column each, all of the same length.
 */
export interface ChartSpec {
  type: 'columnClustered' | 'barClustered';
  title: string;
  /** The category labels, e.g. "B12:B30". */
  categories: string;
  series: { name: string; values: string }[];
  /** The cells the chart covers, top left and bottom right, e.g. { from: "L9", to: "T26" }. */
  anchor: { from: string; to: string };
}

export interface SheetEdit {
  cells: CellEdit[];
  merges?: string[];
  /** Column letters → width in characters. */
  columnWidths?: Record<string, number>;
  /** 1-based row numbers → height in points. */
  rowHeights?: Record<number, number>;
  dataValidations?: DataValidationRule[];
  conditionalFormats?: ConditionalFormat[];
  frozen?: { rows: number; columns: number };
  printSetup?: PrintSetup;
  /**
   * Data validation to remove, as A1 ranges: exactly these cells lose their rule, so the
   * user's own rules elsewhere stay untouched ("remove ours", "Hoàn tác" of entry rules).
   */
  removeDataValidations?: string[];
  /** Charts drawn where the host can (see ChartSpec). */
  charts?: ChartSpec[];
}

export interface ExistingSheetEdit extends SheetEdit {
  sheet: string;
}

export interface NewSheet extends SheetEdit {
  /** The wanted name; the host makes it unique ("… (2)") and reports the name used. */
  name: string;
  /** Make it the active sheet when the file opens. */
  activate?: boolean;
}

export interface EditPlan {
  edits: ExistingSheetEdit[];
  newSheets: NewSheet[];
  /** Entries appended to the workbook's journal (journal.ts). */
  journal: import('./journal').JournalEntry[];
  /**
   * Sheets to delete ("Hoàn tác" of an action that added a sheet). Deleting a sheet clears
   * Excel's undo stack (DESIGN.md §5): the host says so before applying the plan.
   */
  removeSheets?: string[];
}

export const emptyPlan = (): EditPlan => ({ edits: [], newSheets: [], journal: [] });
