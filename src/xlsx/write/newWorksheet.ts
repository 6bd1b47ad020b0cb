/**
 * A new, empty worksheet part, registered in workbook.xml, its rels and [Content_Types].xml.
 * Its cells, widths and setup are then written by the same patches as any existing sheet.
 */
import type { XlsxPackage } from './xlsxPackage';
import { addSheetEntry, readSheets } from './workbookPart';

const emptyWorksheet =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** Adds the sheet and returns its part's path. */
export function addWorksheet(pkg: XlsxPackage, workbookPath: string, name: string): string {
  const existing = readSheets(pkg, workbookPath).map((sheet) => sheet.part);
  const folder = existing[0]?.includes('/')
    ? existing[0].slice(0, existing[0].lastIndexOf('/'))
    : 'xl/worksheets';
  let n = existing.length + 1;
  while (pkg.has(`${folder}/sheet${n}.xml`)) n++;
  const part = `${folder}/sheet${n}.xml`;
  pkg.setText(part, emptyWorksheet);
  addSheetEntry(pkg, workbookPath, name, part);
  return part;
}
