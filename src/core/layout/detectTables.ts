/**
 * Finds every appendix table on a sheet, wherever it starts and however many are stacked, by
 * keywords, synonyms and a year pattern, never by fixed positions. The sheet's legacy encoding
 * (TCVN3, VNI) is decided once from its texts and every text is decoded before matching.
 *
 * Linear in the number of cells: a sheet without appendix tables (a cover, a list of 30 000
 * cooperatives) is rejected on cheap per-row tests. Never throws on odd snapshots.
 */
import { cellAddress } from '../workbook/address';
import type { SheetSnapshot } from '../workbook/snapshot';
import type { AppendixTable, SheetNotes } from './appendixTable';
import { buildTable } from './buildTable';
import { findHeaderBands } from './findHeaderRows';
import { SheetGrid } from './sheetGrid';

export interface SheetDetection {
  tables: AppendixTable[];
  notes: SheetNotes;
}

export function detectTables(sheet: SheetSnapshot): SheetDetection {
  const name = typeof sheet?.name === 'string' ? sheet.name : '';
  const grid = new SheetGrid(sheet);
  const notes: SheetNotes = { sheet: name };
  if (grid.legacyEncoding) notes.legacyEncoding = grid.legacyEncoding;
  const decoded = grid.firstDecodedCell();
  if (decoded) notes.legacyCell = cellAddress(decoded.row, decoded.col);
  const bands = findHeaderBands(grid);
  const tables: AppendixTable[] = [];
  let titleFrom = 0;
  bands.forEach((band, i) => {
    if (band.top < titleFrom) return;
    const limit = i + 1 < bands.length ? bands[i + 1].top - 1 : grid.rowCount - 1;
    const built = buildTable(grid, name, band, titleFrom, limit);
    if (built.table) {
      tables.push(built.table);
      titleFrom = built.lastRow + 1;
    }
  });
  return { tables, notes };
}
