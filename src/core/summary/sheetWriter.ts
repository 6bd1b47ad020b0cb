/**
 * Collects the summary sheet's cells, merges and row heights row by row, so each section
 * writes "the next rows" without counting addresses by hand.
 */
import { columnIndex, columnLetters } from '../workbook/address';
import type { CellEdit, CellStyle } from '../plan/editPlan';

export class SheetWriter {
  readonly cells: CellEdit[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** The next row to write (1-based). */
  row = 1;

  text(address: string, value: string, style: CellStyle): void {
    this.cells.push({ address, write: { kind: 'text', value }, style });
  }

  formula(address: string, formula: string, style: CellStyle): void {
    this.cells.push({ address, write: { kind: 'formula', formula }, style });
  }

  /** A format-only cell: the borders of an empty table cell, a merged area's other cells. */
  styled(address: string, style: CellStyle): void {
    this.cells.push({ address, style });
  }

  /**
   * Text over a merged area of this row, e.g. merged('A', 'D', …); every cell of the area gets
   * the style so borders run around the whole area.
   */
  merged(
    from: string,
    to: string,
    value: string | undefined,
    style: CellStyle,
    row = this.row,
  ): void {
    const first = `${from}${row}`;
    if (value === undefined) this.styled(first, style);
    else this.text(first, value, style);
    for (let c = columnIndex(from) + 1; c <= columnIndex(to); c++) {
      this.styled(`${columnLetters(c)}${row}`, style);
    }
    if (from !== to) this.merges.push(`${first}:${to}${row}`);
  }

  /** A formula over a merged area of this row. */
  mergedFormula(from: string, to: string, formula: string, style: CellStyle): void {
    this.formula(`${from}${this.row}`, formula, style);
    for (let c = columnIndex(from) + 1; c <= columnIndex(to); c++) {
      this.styled(`${columnLetters(c)}${this.row}`, style);
    }
    if (from !== to) this.merges.push(`${from}${this.row}:${to}${this.row}`);
  }

  height(points: number, row = this.row): void {
    this.rowHeights[row] = points;
  }

  next(rows = 1): number {
    this.row += rows;
    return this.row;
  }
}

/**
 * Rows of wrapped text in a merged area, for its height: Excel does not fit merged rows to
 * their text. About one character per unit of column width in an 11-12 pt font.
 */
export function wrappedLines(text: string, widthInCharacters: number): number {
  return text
    .split('\n')
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(part.length / widthInCharacters)), 0);
}
