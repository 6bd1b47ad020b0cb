import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { assertOnlyChanged } from '../helpers/packageParts';
import {
  expectWellFormed,
  fixture,
  partText,
  plan,
  sheetEdit,
  snapshotOf,
  xlsxOf,
} from './xlsxTesting';
import type { CellEdit } from '../../src/core/plan/editPlan';

const mark = (address: string, color = 'FFFFC7CE'): CellEdit => ({
  address,
  style: { fill: { pattern: 'solid', color } },
});
const styleOf = (xml: string, address: string) =>
  Number(new RegExp(`<c r="${address}"[^>]*?\\ss="(\\d+)"`).exec(xml)?.[1] ?? 0);
const countOf = (styles: string, collection: string) =>
  Number(new RegExp(`<${collection} count="(\\d+)"`).exec(styles)![1]);

describe('merging styles into cells', () => {
  const sheet = 'Phụ lục 01';

  it('fills a cell and keeps its number format, font and value', async () => {
    const bytes = fixture('can-tho-2023');
    const before = (await snapshotOf(bytes)).sheets[0].cells[6][3]!;
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({ edits: [sheetEdit(sheet, { cells: [mark('D7')] })] }),
    );
    const after = (await snapshotOf(out)).sheets[0].cells[6][3];
    expect(after).toEqual({ ...before, fill: { pattern: 'solid', color: 'FFFFC7CE' } });
    assertOnlyChanged(bytes, out, ['xl/worksheets/sheet1.xml', 'xl/styles.xml']);
    expectWellFormed(out);
  });

  it('appends styles without renumbering, and gives back the original index when the fill is restored', async () => {
    const bytes = fixture('can-tho-2023');
    const originalXml = partText(bytes, 'xl/worksheets/sheet1.xml');
    const originalStyles = partText(bytes, 'xl/styles.xml');
    const { bytes: marked } = await applyEditPlan(
      bytes,
      plan({ edits: [sheetEdit(sheet, { cells: [mark('D7'), mark('E7'), mark('D8')] })] }),
    );
    const markedStyles = partText(marked, 'xl/styles.xml');
    expect(markedStyles.startsWith(originalStyles.slice(0, originalStyles.indexOf('<fills')))).toBe(
      true,
    );
    expect(countOf(markedStyles, 'fills')).toBe(countOf(originalStyles, 'fills') + 1);
    const { bytes: restored } = await applyEditPlan(
      marked,
      plan({
        edits: [
          sheetEdit(sheet, {
            cells: ['D7', 'E7', 'D8'].map((a) => ({
              address: a,
              style: { fill: { pattern: 'none' } },
            })),
          }),
        ],
      }),
    );
    const restoredXml = partText(restored, 'xl/worksheets/sheet1.xml');
    for (const address of ['D7', 'E7', 'D8'])
      expect(styleOf(restoredXml, address)).toBe(styleOf(originalXml, address));
    expect(partText(restored, 'xl/styles.xml')).toBe(markedStyles);
  });

  it('reuses one new style for every cell that gets the same mark', async () => {
    const bytes = fixture('can-tho-2023');
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({ edits: [sheetEdit(sheet, { cells: [mark('D7'), mark('E7'), mark('F7')] })] }),
    );
    const xml = partText(out, 'xl/worksheets/sheet1.xml');
    expect(new Set(['D7', 'E7', 'F7'].map((a) => styleOf(xml, a))).size).toBe(1);
  });

  it('gives a new number format an id above every one in use, from 164', async () => {
    const bytes = fixture('can-tho-2023');
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit(sheet, {
            cells: [
              { address: 'D7', style: { numberFormat: '#,##0.0;[Red]-#,##0.0' } },
              { address: 'E7', style: { numberFormat: '0%' } },
            ],
          }),
        ],
      }),
    );
    const styles = partText(out, 'xl/styles.xml');
    expect(styles).toContain('<numFmt numFmtId="170" formatCode="#,##0.0;[Red]-#,##0.0"/>');
    const cells = (await snapshotOf(out)).sheets[0].cells;
    expect(cells[6][3]?.numberFormat).toBe('#,##0.0;[Red]-#,##0.0');
    expect(cells[6][4]?.numberFormat).toBe('0%');
    const { bytes: fresh } = await applyEditPlan(
      await xlsxOf((wb) => (wb.addWorksheet('S').getCell('A1').value = 1)),
      plan({
        edits: [sheetEdit('S', { cells: [{ address: 'A1', style: { numberFormat: '0.000' } }] })],
      }),
    );
    expect(partText(fresh, 'xl/styles.xml')).toContain(
      '<numFmt numFmtId="164" formatCode="0.000"/>',
    );
  });

  it('merges fonts, borders and alignment into the present format', async () => {
    const bytes = await xlsxOf((wb) => {
      const s = wb.addWorksheet('S');
      s.getCell('A1').value = 1.5;
      s.getCell('A1').numFmt = '0.00';
      s.getCell('A1').font = { name: 'Times New Roman', size: 13, italic: true };
    });
    const style = {
      font: { bold: true, color: 'FFFF0000' },
      border: 'thin' as const,
      alignment: { horizontal: 'center' as const, wrapText: true },
    };
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('S', {
            cells: [
              { address: 'A1', style },
              { address: 'C3', style },
            ],
          }),
        ],
      }),
    );
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const cell = wb.getWorksheet('S')!.getCell('A1');
    expect(cell.font).toMatchObject({
      name: 'Times New Roman',
      size: 13,
      italic: true,
      bold: true,
      color: { argb: 'FFFF0000' },
    });
    expect(cell.numFmt).toBe('0.00');
    expect(cell.border.left).toMatchObject({ style: 'thin' });
    expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(cell.value).toBe(1.5);
    expect(wb.getWorksheet('S')!.getCell('C3').font).toMatchObject({ bold: true });
    expectWellFormed(out);
  });
});
