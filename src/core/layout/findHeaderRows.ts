/**
 * Finds the header bands of every table on a sheet: one to four header rows (merged parents such
 * as "Năm 2022" above "Kế hoạch | Ước thực hiện"), followed or not by a column-number row
 * ("(1) (2) … (8)=(6)/(5)", "A B 1 2 3"). Linear in cells: rows holding a figure, or no header
 * word on a cheap fold, are skipped before any real classification.
 */
import { hasHeaderHint } from './quickHints';
import { headerRole, type HeaderRole } from './headerRole';
import type { SheetGrid } from './sheetGrid';

export interface HeaderBand {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The column-number row under the header, when there is one. */
  numberingRow?: number;
  /** Column index → numbering token ("1", "A") with the ratio text after "=", if any. */
  numbering?: Map<number, { token: string; text: string }>;
}

const MAX_HEADER_ROWS = 4;
const MAX_HEADER_TEXT = 150;

/** A header is followed by figures within this many rows (header rows, numbering, headings). */
const FIGURES_WITHIN = 10;

export function findHeaderBands(grid: SheetGrid): HeaderBand[] {
  const bands: HeaderBand[] = [];
  const figures = figureRows(grid);
  let nextFigure = Infinity;
  const nextFigureAfter: number[] = new Array<number>(grid.rowCount);
  for (let r = grid.rowCount - 1; r >= 0; r--) {
    nextFigureAfter[r] = nextFigure;
    if (figures[r]) nextFigure = r;
  }
  for (let r = 0; r < grid.rowCount; r++) {
    if (figures[r] || nextFigureAfter[r] - r > FIGURES_WITHIN) continue;
    if (!mayStartHeader(grid, r)) continue;
    const band = readBand(grid, r);
    if (!band) continue;
    bands.push(band);
    r = band.numberingRow ?? band.bottom;
  }
  return bands;
}

function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2099;
}

const NUMBER_TEXT = /^\s*(?:khoảng|trên|hơn|gần|xấp xỉ|~|≈)?\s*[+\-−]?\d[\d.,\s]*%?\s*$/i;

/** Rows holding a figure: a number other than a year, or number text ("02", "1.022"). */
function figureRows(grid: SheetGrid): Uint8Array {
  const rows = new Uint8Array(grid.rowCount);
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const value = grid.value(r, c);
      if (
        (typeof value === 'number' && !isYearNumber(value)) ||
        (typeof value === 'string' &&
          value.length < 30 &&
          NUMBER_TEXT.test(value) &&
          !isYearText(value))
      ) {
        rows[r] = 1;
        break;
      }
    }
  }
  return rows;
}

function isYearText(text: string): boolean {
  return /^\s*(?:19|20)\d\d\s*$/.test(text);
}

/** Cheap test: two or more cells, no figure other than a year, a header word somewhere. */
function mayStartHeader(grid: SheetGrid, r: number): boolean {
  let nonBlank = 0;
  let hint = false;
  for (let c = 0; c < grid.colCount; c++) {
    const value = grid.value(r, c);
    if (value === null) continue;
    if (typeof value === 'number') {
      if (!isYearNumber(value)) return false;
      nonBlank++;
      hint = true;
    } else if (typeof value === 'string') {
      if (value.trim() === '') continue;
      nonBlank++;
      if (!hint && value.length <= MAX_HEADER_TEXT) {
        hint = hasHeaderHint(grid.legacyEncoding ? grid.text(r, c) : value);
      }
    }
  }
  return nonBlank >= 2 && hint;
}

interface RowRoles {
  roles: Map<number, HeaderRole>;
  known: number;
  values: number;
  figures: boolean;
}

function rowRoles(grid: SheetGrid, r: number): RowRoles {
  const roles = new Map<number, HeaderRole>();
  let known = 0;
  let values = 0;
  let figures = false;
  for (let c = 0; c < grid.colCount; c++) {
    const value = grid.value(r, c);
    if (typeof value === 'number' && !isYearNumber(value)) figures = true;
    const text = grid.text(r, c);
    if (text === '' || typeof value === 'boolean') continue;
    const role = text.length > MAX_HEADER_TEXT ? 'none' : headerRole(text);
    roles.set(c, role);
    if (role !== 'none' && role !== 'unit-note') known++;
    if (role === 'value') values++;
  }
  return { roles, known, values, figures };
}

function readBand(grid: SheetGrid, top: number): HeaderBand | undefined {
  const first = rowRoles(grid, top);
  if (first.known < 2 || first.figures) return undefined;
  const labelColumns = [...first.roles]
    .filter(([, role]) => role === 'label' || role === 'stt')
    .map(([c]) => c);
  let bottom = top;
  let values = first.values;
  let numbering: ReturnType<typeof readNumberingRow>;
  let numberingRow: number | undefined;
  for (let q = top + 1; q < grid.rowCount && q < top + MAX_HEADER_ROWS; q++) {
    numbering = readNumberingRow(grid, q);
    if (numbering) {
      numberingRow = q;
      break;
    }
    const next = rowRoles(grid, q);
    if (next.figures) break;
    if (labelColumns.some((c) => grid.text(q, c) !== '' && next.roles.get(c) === 'none')) break;
    const underBand = [...next.roles.keys()].every((c) => coveredFromBand(grid, q, c, top));
    const mergedDown = next.roles.size === 0 && rowInsideBandMerge(grid, q, top);
    if (next.known === 0 && !(underBand && next.roles.size > 0) && !mergedDown) break;
    bottom = q;
    values += next.values;
  }
  if (values === 0) return undefined;
  if (numberingRow === undefined && bottom + 1 < grid.rowCount) {
    numbering = readNumberingRow(grid, bottom + 1);
    if (numbering) numberingRow = bottom + 1;
  }
  const [left, right] = bandColumns(grid, top, bottom);
  const band: HeaderBand = { top, bottom, left, right };
  if (numberingRow !== undefined && numbering) {
    band.numberingRow = numberingRow;
    band.numbering = numbering;
  }
  return band;
}

/** True when a header cell sits under a merged cell of the band spanning several columns. */
function coveredFromBand(grid: SheetGrid, q: number, c: number, top: number): boolean {
  for (let r = top; r < q; r++) {
    const merge = grid.mergeAt(r, c);
    if (merge && merge.right > merge.left && merge.top >= top) return true;
  }
  return false;
}

function rowInsideBandMerge(grid: SheetGrid, q: number, top: number): boolean {
  for (let c = 0; c < grid.colCount; c++) {
    const merge = grid.mergeAt(q, c);
    if (merge && merge.top >= top && merge.top < q) return true;
  }
  return false;
}

function bandColumns(grid: SheetGrid, top: number, bottom: number): [number, number] {
  let left = grid.colCount;
  let right = -1;
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (grid.text(r, c) === '') continue;
      const merge = grid.mergeAt(r, c);
      left = Math.min(left, merge ? merge.left : c);
      right = Math.max(right, merge ? merge.right : c);
    }
  }
  return right < 0 ? [0, 0] : [left, right];
}

const NUMBERING = /^\(?\s*([0-9]{1,2}|[A-Z])\s*\)?\s*(=.*)?$/;

/** A column-number row: every cell a number or letter token, the numbers increasing. */
export function readNumberingRow(
  grid: SheetGrid,
  r: number,
): Map<number, { token: string; text: string }> | undefined {
  const tokens = new Map<number, { token: string; text: string }>();
  let last = -Infinity;
  let numbers = 0;
  for (let c = 0; c < grid.colCount; c++) {
    const value = grid.value(r, c);
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (typeof value === 'boolean' || (typeof value === 'object' && value !== null))
      return undefined;
    const text = grid.text(r, c).trim();
    const match = NUMBERING.exec(text);
    if (!match) return undefined;
    if (/^\d+$/.test(match[1])) {
      const n = Number(match[1]);
      if (n <= last) return undefined;
      last = n;
      numbers++;
    }
    tokens.set(c, { token: match[1], text });
  }
  return numbers >= 2 && tokens.size >= 3 ? tokens : undefined;
}
