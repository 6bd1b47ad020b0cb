import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { assertOnlyChanged } from '../helpers/packageParts';
import {
  expectedAfter,
  expectSameCells,
  expectWellFormed,
  partText,
  plan,
  sheetEdit,
  snapshotOf,
  xlsxOf,
} from './xlsxTesting';
import type { CellEdit } from '../../src/core/plan/editPlan';

const workbook = () =>
  xlsxOf((wb) => {
    const sheet = wb.addWorksheet('PL I');
    sheet.getCell('A1').value = 'Chỉ tiêu';
    sheet.getCell('B1').value = 437;
    sheet.getCell('D1').value = 1;
    sheet.getCell('B3').value = { formula: 'B1*2', result: 874 };
    sheet.getCell('B5').value = '02';
    wb.addWorksheet('Khác').getCell('A1').value = 'x';
  });

describe('writing cells', () => {
  const cells: CellEdit[] = [
    { address: 'C1', write: { kind: 'number', value: 1022.5 } },
    { address: 'A2', write: { kind: 'text', value: '=1+1' } },
    { address: 'B2', write: { kind: 'text', value: '+84 912' } },
    { address: 'C2', write: { kind: 'text', value: '-5' } },
    { address: 'D2', write: { kind: 'text', value: '  lề  ' } },
    { address: 'A4', write: { kind: 'boolean', value: true } },
    { address: 'B4', write: { kind: 'formula', formula: 'SUM(B1:B3)' } },
    { address: 'B5', write: { kind: 'blank' } },
    { address: 'E9', write: { kind: 'text', value: 'Tổng số HTX' } },
    { address: 'A7', write: { kind: 'number', value: -0.25 } },
  ];

  it('shows the reader exactly the planned values and nothing else', async () => {
    const bytes = await workbook();
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({ edits: [sheetEdit('PL I', { cells })] }),
    );
    expectSameCells(
      await snapshotOf(out),
      expectedAfter(await snapshotOf(bytes), [{ sheet: 'PL I', cells }]),
    );
    expectWellFormed(out);
  });

  it('writes text starting with =, + or - as a string, never as a formula', async () => {
    const { bytes: out } = await applyEditPlan(
      await workbook(),
      plan({ edits: [sheetEdit('PL I', { cells })] }),
    );
    const xml = partText(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<c r="A2" t="s"><v>\d+<\/v><\/c>/);
    expect(xml).not.toMatch(/<f>1\+1<\/f>/);
    expect(partText(out, 'xl/sharedStrings.xml')).toContain('<t xml:space="preserve">  lề  </t>');
  });

  it('writes formulas without a cached value and asks for recalculation on open', async () => {
    const { bytes: out } = await applyEditPlan(
      await workbook(),
      plan({ edits: [sheetEdit('PL I', { cells })] }),
    );
    expect(partText(out, 'xl/worksheets/sheet1.xml')).toContain('<c r="B4"><f>SUM(B1:B3)</f></c>');
    expect(partText(out, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('creates missing rows in order and keeps cells in column order', async () => {
    const { bytes: out } = await applyEditPlan(
      await workbook(),
      plan({ edits: [sheetEdit('PL I', { cells })] }),
    );
    const xml = partText(out, 'xl/worksheets/sheet1.xml');
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).toEqual(expect.arrayContaining([2, 4, 7, 9]));
    const row1 = /<row r="1"[^>]*>(.*?)<\/row>/.exec(xml)![1];
    expect([...row1.matchAll(/<c r="([A-Z]+)1"/g)].map((m) => m[1])).toEqual(['A', 'B', 'C', 'D']);
    expect(xml).toMatch(/<dimension ref="A1:E9"\/>/);
  });

  it('changes only the edited sheet, the shared strings and the workbook', async () => {
    const bytes = await workbook();
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({ edits: [sheetEdit('PL I', { cells })] }),
    );
    assertOnlyChanged(bytes, out, [
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
      'xl/workbook.xml',
    ]);
  });

  it('leaves a package untouched part for part when the plan is empty', async () => {
    const bytes = await workbook();
    const { bytes: out } = await applyEditPlan(bytes, plan({}));
    assertOnlyChanged(bytes, out, []);
  });

  it('creates the shared string table when the workbook has none', async () => {
    const bytes = await xlsxOf((wb) => {
      wb.addWorksheet('S').getCell('A1').value = 5;
    });
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('S', { cells: [{ address: 'A2', write: { kind: 'text', value: 'mới' } }] }),
        ],
      }),
    );
    expect((await snapshotOf(out)).sheets[0].cells[1][0]).toEqual({ value: 'mới' });
    expect(partText(out, '[Content_Types].xml')).toContain('/xl/sharedStrings.xml');
    expectWellFormed(out);
  });

  it('gives each cell of a shared formula its own formula when the carrying cell is overwritten', async () => {
    const bytes = await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('S');
      [1, 2, 3, 4].forEach((n) => (sheet.getCell(`A${n}`).value = n));
      sheet.fillFormula('B1:B4', 'A1*2', [2, 4, 6, 8]);
    });
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('t="shared"');
    const cells: CellEdit[] = [{ address: 'B1', write: { kind: 'number', value: 0 } }];
    const { bytes: out } = await applyEditPlan(bytes, plan({ edits: [sheetEdit('S', { cells })] }));
    const after = (await snapshotOf(out)).sheets[0];
    expect(after.cells.map((row) => row[1]?.formula)).toEqual([undefined, 'A2*2', 'A3*2', 'A4*2']);
    expect(partText(out, 'xl/worksheets/sheet1.xml')).not.toContain('t="shared"');
  });

  it('refuses unknown sheets, bad addresses and numbers a cell cannot hold', async () => {
    const bytes = await workbook();
    await expect(
      applyEditPlan(bytes, plan({ edits: [sheetEdit('Không có', {})] })),
    ).rejects.toThrow('No sheet named');
    await expect(
      applyEditPlan(
        bytes,
        plan({
          edits: [sheetEdit('PL I', { cells: [{ address: 'G', write: { kind: 'blank' } }] })],
        }),
      ),
    ).rejects.toMatchObject({ name: 'EditPlanError' });
    await expect(
      applyEditPlan(
        bytes,
        plan({
          edits: [
            sheetEdit('PL I', {
              cells: [{ address: 'A1', write: { kind: 'number', value: NaN } }],
            }),
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'EditPlanError' });
  });

  it('finds a sheet by name without regard to case', async () => {
    const { bytes: out } = await applyEditPlan(
      await workbook(),
      plan({
        edits: [
          sheetEdit('pl i', { cells: [{ address: 'A9', write: { kind: 'number', value: 9 } }] }),
        ],
      }),
    );
    expect((await snapshotOf(out)).sheets[0].cells[8][0]).toEqual({ value: 9 });
  });
});
