/**
 * The combined report of several files as a new workbook (the web app's "Xuất trang tính"):
 * a title, a header row and one row per finding. It is a new file, not the user's, so a
 * whole-workbook writer (ExcelJS) is fine here; text is written as text, never as a formula.
 */
import type ExcelJS from 'exceljs';

export interface ReportWorkbookInput {
  sheetName: string;
  title: string;
  /** The header row first; numbers stay numbers. */
  rows: (string | number)[][];
}

const widths = [28, 16, 10, 24, 11, 80, 12, 12, 50, 30];

export async function writeReportWorkbook(input: ReportWorkbookInput): Promise<Uint8Array> {
  const { default: Excel } = (await import('exceljs')) as unknown as { default: typeof ExcelJS };
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(input.sheetName, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToHeight: 0 },
  });
  sheet.getCell('A1').value = input.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  input.rows.forEach((row, index) => {
    const line = sheet.getRow(index + 2);
    row.forEach((value, column) => {
      // Text is set as a plain string value: ExcelJS stores it as text, whatever it starts with.
      line.getCell(column + 1).value = value;
    });
    if (index === 0) {
      line.font = { bold: true };
      line.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    }
  });
  widths.forEach((width, column) => {
    sheet.getColumn(column + 1).width = width;
  });
  sheet.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  const columns = input.rows[0]?.length ?? 1;
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
