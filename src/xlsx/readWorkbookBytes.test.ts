import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readWorkbookBytes } from './readWorkbookBytes';
import { WorkbookReadError } from './workbookReadError';

async function xlsxOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading .xlsx workbooks', () => {
  it('reads values, cached formula results, shared formulas, rich text, errors and merges', async () => {
    const bytes = await xlsxOf((workbook) => {
      const sheet = workbook.addWorksheet('PL I');
      sheet.getCell('A1').value = 'Tổng số HTX';
      sheet.getCell('B1').value = 437;
      sheet.getCell('B2').value = { formula: 'B1*2', result: 874 };
      sheet.getCell('C1').value = 1;
      sheet.getCell('C2').value = { sharedFormula: 'B2', result: 2 } as ExcelJS.CellValue;
      sheet.getCell('A3').value = {
        richText: [{ text: 'Trong đó: ' }, { text: 'mới', font: { bold: true } }],
      };
      sheet.getCell('B3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      sheet.getCell('B4').value = 1.09;
      sheet.getCell('B4').numFmt = '0%';
      sheet.getCell('B5').value = '02';
      sheet.mergeCells('D1:E2');
      const hidden = workbook.addWorksheet('Ẩn');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = 'x';
    });
    const { snapshot, format } = await readWorkbookBytes(bytes);
    expect(format).toBe('xlsx');
    const [sheet, hidden] = snapshot.sheets;
    expect(sheet.name).toBe('PL I');
    expect(sheet.cells[0][1]).toEqual({ value: 437 });
    expect(sheet.cells[1][1]).toEqual({ value: 874, formula: 'B1*2' });
    expect(sheet.cells[1][2]).toEqual({ value: 2, formula: 'C1*2' });
    expect(sheet.cells[2][0]).toEqual({ value: 'Trong đó: mới', richText: true });
    expect(sheet.cells[2][1]).toEqual({ value: { error: '#REF!' } });
    expect(sheet.cells[3][1]).toEqual({ value: 1.09, numberFormat: '0%' });
    expect(sheet.cells[4][1]).toEqual({ value: '02' });
    expect(sheet.merges).toEqual(['D1:E2']);
    expect(hidden.hidden).toBe(true);
    expect(sheet.hidden).toBe(false);
  });
});

describe('reading Excel 97-2003 workbooks', () => {
  it('reads an .xls for checking, with its values, formulas and merges', async () => {
    const workbook = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Chỉ tiêu', 'KH 2022'],
      ['Tổng số HTX', 400],
    ]);
    // SheetJS writes no formulas to .xls; LibreOffice-saved fixtures cover formulas in .xls.
    sheet['C2'] = { t: 'n', v: 800 };
    sheet['!ref'] = 'A1:C2';
    sheet['!merges'] = [XLSX.utils.decode_range('A3:B3')];
    XLSX.utils.book_append_sheet(workbook, sheet, 'Bieu 01');
    const bytes = new Uint8Array(XLSX.write(workbook, { bookType: 'xls', type: 'array' }));
    const { snapshot, format } = await readWorkbookBytes(bytes);
    expect(format).toBe('xls');
    expect(snapshot.sheets[0].name).toBe('Bieu 01');
    expect(snapshot.sheets[0].cells[1][0]).toEqual({ value: 'Tổng số HTX' });
    expect(snapshot.sheets[0].cells[1][2]).toEqual({ value: 800 });
    expect(snapshot.sheets[0].merges).toEqual(['A3:B3']);
  });
});

describe('files that are not readable workbooks', () => {
  const text = (content: string) => new TextEncoder().encode(content);

  it.each([
    { name: 'an empty file', bytes: new Uint8Array(), code: 'empty' },
    { name: 'a CSV file', bytes: text('STT;Chỉ tiêu;KH\n1;Tổng số HTX;437\n'), code: 'csv' },
    {
      name: 'random bytes',
      bytes: new Uint8Array([0, 1, 2, 3, 255, 254, 7, 8]),
      code: 'not-a-workbook',
    },
    {
      name: 'a truncated zip',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      code: 'corrupt',
    },
  ])('rejects $name with the code $code', async ({ bytes, code }) => {
    await expect(readWorkbookBytes(bytes)).rejects.toMatchObject({ code });
    await expect(readWorkbookBytes(bytes)).rejects.toBeInstanceOf(WorkbookReadError);
  });

  it('recognises an OpenDocument spreadsheet', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<x/>'),
    });
    await expect(readWorkbookBytes(ods)).rejects.toMatchObject({ code: 'ods' });
  });
});

describe('password-protected workbooks', () => {
  it('are told apart from Excel 97-2003 files by their EncryptedPackage stream', async () => {
    // The head of an OLE compound file, then the stream name as the directory stores it.
    const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
    const name = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);
    const bytes = new Uint8Array([...head, ...name, ...new Array(64).fill(0)]);
    await expect(readWorkbookBytes(bytes)).rejects.toMatchObject({ code: 'encrypted' });
  });
});
