/**
 * The header texts of each column of a band, top to bottom, with merged cells carried over their
 * area: "Năm 2022" merged over E:F gives E ["Năm 2022", "Kế hoạch"] and F ["Năm 2022", "Ước
 * thực hiện"]. A parent typed once above several sub-headers without a merge ("centre across
 * selection") is carried to the right over the blank cells above sub-headers.
 */
import { unitNoteOf } from './detectUnits';
import type { HeaderBand } from './findHeaderRows';
import type { SheetGrid } from './sheetGrid';

export interface HeaderStack {
  col: number;
  /** Distinct texts top to bottom; the last one is the column's own header. */
  texts: string[];
  /** Unit lines found inside the band ("Đơn vị tính: HTX"), kept apart from the headers. */
  unitNotes: string[];
}

export function readHeaderStacks(grid: SheetGrid, band: HeaderBand): HeaderStack[] {
  const cells: string[][] = [];
  for (let c = band.left; c <= band.right; c++) {
    const column: string[] = [];
    for (let r = band.top; r <= band.bottom; r++) column.push(headerText(grid, band, r, c));
    cells.push(column);
  }
  carryAcross(cells);
  return cells.map((column, i) => {
    const texts: string[] = [];
    const unitNotes: string[] = [];
    for (const text of column) {
      if (text === '') continue;
      if (unitNoteOf(text) !== undefined) unitNotes.push(text);
      else if (texts[texts.length - 1] !== text) texts.push(text);
    }
    return { col: band.left + i, texts, unitNotes };
  });
}

function headerText(grid: SheetGrid, band: HeaderBand, r: number, c: number): string {
  const own = grid.text(r, c);
  if (own !== '') return own;
  const merge = grid.mergeAt(r, c);
  if (merge && merge.top >= band.top && merge.top <= band.bottom) {
    return grid.text(merge.top, merge.left);
  }
  return '';
}

/** Blank parent cells above sub-headers take the parent text on their left. */
function carryAcross(cells: string[][]): void {
  const rows = cells[0]?.length ?? 0;
  for (let r = 0; r < rows - 1; r++) {
    for (let i = 1; i < cells.length; i++) {
      if (cells[i][r] !== '' || cells[i - 1][r] === '') continue;
      const hasChild = (col: string[]) => col.slice(r + 1).some((t) => t !== '');
      const leftIsParent = hasChild(cells[i - 1]) && cells[i - 1][r + 1] !== cells[i - 1][r];
      if (leftIsParent && hasChild(cells[i]) && cells[i][r + 1] !== '') {
        cells[i][r] = cells[i - 1][r];
      }
    }
  }
}
