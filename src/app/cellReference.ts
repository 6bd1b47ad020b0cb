/**
 * Cell references as people type them and as Excel reports them: `E12`, `$C$5:$C$7`, `A:A`,
 * `3:5`, `Sheet1!E12`, `'PL I'!G13`. Parsing is strict (a typo is an error, not a guess) and
 * formatting gives the canonical form written into formulas.
 */

export interface CellReference {
  /** The sheet named in the reference; absent means "the sheet of the formula". */
  sheet?: string;
  /** The area as written, upper-cased: `E12`, `C5:C7`, `$A$1`, `A:A`, `3:5`. */
  area: string;
  /** 0-based bounds, inclusive; whole rows or columns stretch to the sheet's edges. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;
/** A sheet name Excel accepts without quotes. */
const PLAIN_SHEET = /^[A-Za-z_][A-Za-z0-9_.]*$/;
/** Plain names that would still read as something else (`A1`, `R1C1`, `TRUE`): quote them. */
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|true|false)$/i;

/** The reference `text` denotes, or undefined when it is not one. */
export function parseReference(text: string): CellReference | undefined {
  const split = splitSheet(text.trim());
  if (!split) return undefined;
  const area = split.area.toUpperCase();
  const bounds = parseArea(area);
  return bounds && { ...(split.sheet !== undefined && { sheet: split.sheet }), area, ...bounds };
}

/** `sheet!area`, quoting the sheet name when Excel needs it (DESIGN.md §4 cell style). */
export function formatReference(reference: Pick<CellReference, 'sheet' | 'area'>): string {
  if (reference.sheet === undefined) return reference.area;
  return `${quoteSheet(reference.sheet)}!${reference.area}`;
}

export function quoteSheet(sheet: string): string {
  if (PLAIN_SHEET.test(sheet) && !LOOKS_LIKE_REFERENCE.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function isSingleCell(reference: CellReference): boolean {
  return reference.top === reference.bottom && reference.left === reference.right;
}

/** True when `outer` covers the cell at (row, column). */
export function containsCell(outer: CellReference, row: number, column: number): boolean {
  return outer.top <= row && row <= outer.bottom && outer.left <= column && column <= outer.right;
}

export function sameSheet(a: string | undefined, b: string | undefined): boolean {
  // Excel compares sheet names without regard to case.
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function splitSheet(text: string): { sheet?: string; area: string } | undefined {
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
    return match ? { sheet: match[1].replace(/''/g, "'"), area: match[2] } : undefined;
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { area: text };
  const sheet = text.slice(0, bang);
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)
    ? { sheet, area: text.slice(bang + 1) }
    : undefined;
}

type Bounds = Pick<CellReference, 'top' | 'left' | 'bottom' | 'right'>;

function parseArea(area: string): Bounds | undefined {
  const [first, second, ...rest] = area.split(':');
  if (rest.length > 0) return undefined;
  if (second === undefined) {
    const cell = parseCell(first);
    return cell && { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column };
  }
  const a = parseCell(first);
  const b = parseCell(second);
  if (a && b) return boundsOf(a.row, a.column, b.row, b.column);
  const columns = [COLUMN.exec(first), COLUMN.exec(second)];
  if (columns[0] && columns[1]) {
    const [c1, c2] = columns.map((m) => columnNumber(m![1]));
    return c1 >= 0 && c2 >= 0 ? boundsOf(0, c1, MAX_ROWS - 1, c2) : undefined;
  }
  const rows = [ROW.exec(first), ROW.exec(second)];
  if (rows[0] && rows[1]) {
    const [r1, r2] = rows.map((m) => Number(m![1]) - 1);
    return r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS
      ? boundsOf(r1, 0, r2, MAX_COLUMNS - 1)
      : undefined;
  }
  return undefined;
}

function parseCell(text: string): { row: number; column: number } | undefined {
  const match = CELL.exec(text);
  if (!match) return undefined;
  const row = Number(match[2]) - 1;
  const column = columnNumber(match[1]);
  return row >= 0 && row < MAX_ROWS && column >= 0 ? { row, column } : undefined;
}

/** 0-based column of `AB`-style letters, or -1 beyond XFD. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : -1;
}

function boundsOf(r1: number, c1: number, r2: number, c2: number): Bounds {
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}
