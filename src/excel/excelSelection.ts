/**
 * The SelectionPort over Office.js: read the selected address, write one formula. A constant
 * number of `context.sync()` calls whatever the workbook (DESIGN.md §2): reading the selection
 * costs one; writing costs two (check the cell is empty, then write) or one once the user has
 * confirmed the overwrite.
 */
import { isSingleCell, parseReference } from '../app/cellReference';
import type { SelectionPort, WriteOptions } from '../app/ports';
import { CellNotEmptyError, InvalidAddressError } from '../app/workbookErrors';
import { translatingErrors } from './excelErrors';

/** `Excel.run` as used here; tests pass the fake's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const excelRun: ExcelRun = (batch) => Excel.run(batch);

export function createExcelSelection(run: ExcelRun = excelRun): SelectionPort {
  return {
    getSelectedAddress: () =>
      translatingErrors(() =>
        run(async (context) => {
          const range = context.workbook.getSelectedRange().load('address');
          await context.sync();
          return range.address;
        }),
      ),
    writeFormula: (address, formula, options) => writeFormula(run, address, formula, options ?? {}),
  };
}

async function writeFormula(
  run: ExcelRun,
  address: string,
  formula: string,
  options: WriteOptions,
): Promise<void> {
  const reference = parseReference(address);
  if (!reference || !isSingleCell(reference)) throw new InvalidAddressError(address);
  const { sheet, area } = reference;
  return await translatingErrors(
    () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        const worksheet = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
        const range = worksheet.getRange(area);
        if (!options.overwrite) {
          // `formulas` holds the formula of a formula cell and the value of any other: "" only
          // when the cell is empty.
          range.load('formulas');
          await context.sync();
          const content: unknown = range.formulas[0][0];
          if (content !== '' && content !== null) {
            throw new CellNotEmptyError(address, String(content));
          }
        }
        // `formulas`, not `formulasLocal`: English names and "," in every locale (DESIGN.md §5).
        range.formulas = [[formula]];
        await context.sync();
      }),
    { sheet, address },
  );
}
