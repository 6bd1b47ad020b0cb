/**
 * The read phase: one batched read of the candidate sheets, in a constant number of syncs
 * (sheet list; used ranges and merges of every sheet at once; cell data) plus one more per
 * request above Excel's limits, whatever the number of sheets (DESIGN.md §5).
 */
import type { HostNote, HostSnapshot, ReadOptions } from '../app/workbookPort';
import { SheetNotFoundError } from '../app/workbookErrors';
import { sameSheet, parseReference } from '../app/cellReference';
import type { CellSnapshot, SheetSnapshot } from '../core/workbook/snapshot';
import { supports, type ExcelHost } from './excelHost';
import { readBlocks, type Block } from './readBlocks';
import type { RequestLimits } from './requestBudget';
import { snapshotCell, type OfficeScalar } from './snapshotCell';

interface SheetRead {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  merges?: Excel.RangeAreas;
  cells: (CellSnapshot | undefined)[][];
}

export async function readSnapshot(
  context: Excel.RequestContext,
  host: ExcelHost,
  options: ReadOptions,
  limits: RequestLimits,
): Promise<HostSnapshot> {
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();

  const readMerges = supports(host, 'mergedAreas');
  const sheets: SheetRead[] = chosenSheets(worksheets.items, options.sheets).map((worksheet) => ({
    worksheet,
    // Values only: a sheet formatted down to row 10 000 is not read to row 10 000.
    used: worksheet
      .getUsedRangeOrNullObject(true)
      .load('rowIndex,columnIndex,rowCount,columnCount'),
    // On the whole sheet: a merge reaching past the used range still comes back whole.
    merges: readMerges
      ? worksheet.getRange().getMergedAreasOrNullObject().load('areas/items/address')
      : undefined,
    cells: [],
  }));
  await context.sync();

  const blocks: Block[] = sheets.flatMap((sheet, index) =>
    sheet.used.isNullObject
      ? []
      : [
          {
            sheet: index,
            top: sheet.used.rowIndex,
            left: sheet.used.columnIndex,
            rows: sheet.used.rowCount,
            columns: sheet.used.columnCount,
          },
        ],
  );
  await readBlocks(
    context,
    blocks,
    limits,
    (block) => sheets[block.sheet].worksheet,
    (block, range) => place(sheets[block.sheet].cells, block, range),
    options.onProgress,
  );

  const notes: HostNote[] = readMerges
    ? []
    : [{ code: 'merges-not-read', params: { requirement: 'ExcelApi 1.13' } }];
  return { sheets: sheets.map(sheetSnapshot), notes };
}

function chosenSheets(all: Excel.Worksheet[], wanted: string[] | undefined): Excel.Worksheet[] {
  if (!wanted) return all;
  return wanted.map((name) => {
    const found = all.find((worksheet) => sameSheet(worksheet.name, name));
    if (!found) throw new SheetNotFoundError(name);
    return found;
  });
}

function place(cells: (CellSnapshot | undefined)[][], block: Block, range: Excel.Range): void {
  const { values, formulas, numberFormat, valueTypes } = range;
  for (let r = 0; r < block.rows; r++) {
    const row = (cells[block.top + r] ??= []);
    for (let c = 0; c < block.columns; c++) {
      const cell = snapshotCell(
        values[r][c] as OfficeScalar,
        formulas[r][c] as OfficeScalar,
        numberFormat[r][c] as string | null,
        valueTypes[r][c],
      );
      if (cell) row[block.left + c] = cell;
    }
  }
}

function sheetSnapshot(sheet: SheetRead): SheetSnapshot {
  const { worksheet, merges, cells } = sheet;
  // The snapshot's rows are dense: a row above the used range is an empty row.
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return {
    name: worksheet.name,
    ...(worksheet.visibility !== 'Visible' && { hidden: true }),
    cells,
    merges:
      merges && !merges.isNullObject
        ? merges.areas.items.map((area) => parseReference(area.address)!.area.replace(/\$/g, ''))
        : [],
  };
}
