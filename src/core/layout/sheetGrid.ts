/**
 * A read-only view of a sheet snapshot for detection: cell text decoded from a legacy encoding
 * and normalised once, on demand; merged areas looked up by cell. A merged area holds its value
 * once, at its top-left cell, as Excel shows it: readers such as ExcelJS repeat it in every cell
 * of the area, which would make a merged title look like a row of header cells. Nothing here
 * throws on odd snapshots (ragged rows, merges outside the grid or malformed).
 */
import { detectLegacyEncoding } from '../text/detectLegacyEncoding';
import { fixVietnameseText } from '../text/fixVietnameseText';
import {
  isCellError,
  type CellSnapshot,
  type CellValue,
  type SheetSnapshot,
} from '../workbook/snapshot';
import { AddressError, parseCellAddress } from '../workbook/address';
import { memoByText } from './memoByText';

export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Decoded, normalised text, once per distinct text and encoding: sheets of one workbook repeat
 * the same labels and headers.
 */
const decodedText = {
  unicode: memoByText((text) => fixVietnameseText(text, null)),
  tcvn3: memoByText((text) => fixVietnameseText(text, 'tcvn3')),
  vni: memoByText((text) => fixVietnameseText(text, 'vni')),
};

/** How many texts decide the sheet's encoding: enough for a verdict, bounded for huge lists. */
const ENCODING_SAMPLE = 3000;
/** Merges taller than this are kept in a short list instead of an index per row. */
const INDEXED_MERGE_HEIGHT = 200;

export class SheetGrid {
  readonly rowCount: number;
  readonly colCount: number;
  readonly legacyEncoding: 'tcvn3' | 'vni' | null;
  private readonly rows: (CellSnapshot | undefined)[][];
  private readonly texts: (string | undefined)[][] = [];
  private readonly mergesByRow = new Map<number, MergeArea[]>();
  private readonly tallMerges: MergeArea[] = [];
  /** Per row, 1 for each cell inside a merged area other than its top-left one. */
  private readonly covered: (Uint8Array | undefined)[] = [];

  constructor(sheet: SheetSnapshot) {
    this.rows = Array.isArray(sheet.cells) ? sheet.cells : [];
    this.rowCount = this.rows.length;
    let cols = 0;
    for (const row of this.rows) if (Array.isArray(row) && row.length > cols) cols = row.length;
    this.colCount = cols;
    this.indexMerges(Array.isArray(sheet.merges) ? sheet.merges : []);
    this.legacyEncoding = detectLegacyEncoding(this.sampleTexts());
  }

  /** The cell as the snapshot holds it; undefined inside a merged area but at its top left. */
  cell(row: number, col: number): CellSnapshot | undefined {
    if (this.covered[row]?.[col] === 1) return undefined;
    const cell = this.rows[row]?.[col];
    return cell ?? undefined;
  }

  value(row: number, col: number): CellValue {
    if (this.covered[row]?.[col] === 1) return null;
    const value = this.rows[row]?.[col]?.value;
    return value === undefined ? null : value;
  }

  isBlank(row: number, col: number): boolean {
    const value = this.value(row, col);
    return value === null || (typeof value === 'string' && value.trim() === '');
  }

  isNumber(row: number, col: number): boolean {
    return typeof this.value(row, col) === 'number';
  }

  /** The cell as text, decoded and normalised: numbers in plain digits, errors as "#REF!". */
  text(row: number, col: number): string {
    const cached = this.texts[row]?.[col];
    if (cached !== undefined) return cached;
    const text = this.computeText(row, col);
    (this.texts[row] ??= [])[col] = text;
    return text;
  }

  /** Leading spaces of a text cell as typed: indentation of a label. */
  leadingSpaces(row: number, col: number): number {
    const value = this.value(row, col);
    if (typeof value !== 'string') return 0;
    const match = /^[\s\u00A0\u3000]*/.exec(value);
    return match ? match[0].replace(/[\r\n]/g, '').length : 0;
  }

  /** The first text cell, row by row, that reads differently once decoded: where to show it. */
  firstDecodedCell(): { row: number; col: number } | undefined {
    if (!this.legacyEncoding) return undefined;
    for (let row = 0; row < this.rowCount; row++) {
      const cells = this.rows[row];
      if (!Array.isArray(cells)) continue;
      for (let col = 0; col < cells.length; col++) {
        const value = this.value(row, col);
        if (typeof value === 'string' && this.text(row, col) !== decodedText.unicode(value)) {
          return { row, col };
        }
      }
    }
    return undefined;
  }

  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): MergeArea | undefined {
    for (const merge of this.mergesByRow.get(row) ?? []) if (covers(merge, row, col)) return merge;
    for (const merge of this.tallMerges) if (covers(merge, row, col)) return merge;
    return undefined;
  }

  /** The text a cell shows: its own, or its merged area's when it sits inside one. */
  shownText(row: number, col: number): string {
    const own = this.text(row, col);
    if (own !== '') return own;
    const merge = this.mergeAt(row, col);
    return merge ? this.text(merge.top, merge.left) : '';
  }

  private computeText(row: number, col: number): string {
    const value = this.value(row, col);
    if (value === null) return '';
    if (typeof value === 'string') return decodedText[this.legacyEncoding ?? 'unicode'](value);
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return isCellError(value) ? String(value.error) : '';
  }

  private sampleTexts(): string[] {
    const sample: string[] = [];
    for (let row = 0; row < this.rowCount; row++) {
      const cells = this.rows[row];
      if (!Array.isArray(cells)) continue;
      for (let col = 0; col < cells.length; col++) {
        const value = this.value(row, col);
        if (typeof value === 'string' && value.trim() !== '') sample.push(value);
      }
      if (sample.length >= ENCODING_SAMPLE) break;
    }
    return sample;
  }

  private indexMerges(merges: readonly unknown[]): void {
    for (const text of merges) {
      const area = this.parseMerge(text);
      if (!area) continue;
      this.cover(area);
      if (area.bottom - area.top + 1 > INDEXED_MERGE_HEIGHT) {
        this.tallMerges.push(area);
        continue;
      }
      for (let r = area.top; r <= area.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(area);
        else this.mergesByRow.set(r, [area]);
      }
    }
  }

  private cover(area: MergeArea): void {
    for (let r = area.top; r <= area.bottom; r++) {
      const row = (this.covered[r] ??= new Uint8Array(this.colCount));
      row.fill(1, area.left, area.right + 1);
      if (r === area.top) row[area.left] = 0;
    }
  }

  private parseMerge(text: unknown): MergeArea | undefined {
    if (typeof text !== 'string') return undefined;
    const [from, to] = text.split(':');
    if (!from || !to) return undefined;
    try {
      const a = parseCellAddress(from);
      const b = parseCellAddress(to);
      const top = Math.min(a.row, b.row);
      const left = Math.min(a.column, b.column);
      if (top >= this.rowCount || left >= this.colCount || top < 0 || left < 0) return undefined;
      const bottom = Math.min(Math.max(a.row, b.row), this.rowCount - 1);
      const right = Math.min(Math.max(a.column, b.column), this.colCount - 1);
      if (bottom === top && right === left) return undefined;
      return { top, left, bottom, right };
    } catch (error) {
      // A malformed merge in a damaged file is skipped, not fatal.
      if (error instanceof AddressError) return undefined;
      throw error;
    }
  }
}

function covers(m: MergeArea, row: number, col: number): boolean {
  return row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
}
