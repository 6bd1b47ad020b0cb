import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { assertOnlyChanged } from '../helpers/packageParts';
import {
  expectWellFormed,
  fixture,
  partNames,
  partText,
  plan,
  sheetEdit,
  snapshotOf,
  xlsxOf,
} from './xlsxTesting';

describe('taking back what an action added', () => {
  it('removes data validation from exactly the given cells and keeps the user rules', async () => {
    const bytes = await xlsxOf((wb) => {
      const s = wb.addWorksheet('S');
      s.getCell('A1').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
    });
    const added = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('S', {
            dataValidations: [
              { ranges: ['B2:D9'], type: 'whole', operator: 'greaterThanOrEqual', formula1: '0' },
            ],
          }),
        ],
      }),
    );
    const partly = await applyEditPlan(
      added.bytes,
      plan({ edits: [sheetEdit('S', { removeDataValidations: ['C2:C9'] })] }),
    );
    expect(partText(partly.bytes, 'xl/worksheets/sheet1.xml')).toMatch(
      /<dataValidations count="2">.*sqref="A1".*sqref="B2:B9 D2:D9"/,
    );
    const gone = await applyEditPlan(
      partly.bytes,
      plan({ edits: [sheetEdit('S', { removeDataValidations: ['B2:D9'] })] }),
    );
    expect(partText(gone.bytes, 'xl/worksheets/sheet1.xml')).toBe(
      partText(bytes, 'xl/worksheets/sheet1.xml').replace(
        /<dataValidations count="\d+">/,
        '<dataValidations count="1">',
      ),
    );
    const all = await applyEditPlan(
      gone.bytes,
      plan({ edits: [sheetEdit('S', { removeDataValidations: ['A1'] })] }),
    );
    expect(partText(all.bytes, 'xl/worksheets/sheet1.xml')).not.toContain('dataValidation');
    expectWellFormed(all.bytes);
  });

  it('deletes a sheet it added, leaving the workbook as it was', async () => {
    const bytes = fixture('can-tho-2023');
    const added = await applyEditPlan(
      bytes,
      plan({
        newSheets: [
          {
            name: 'Kết quả kiểm tra',
            cells: [{ address: 'A1', write: { kind: 'number', value: 1 } }],
            activate: true,
            printSetup: {
              paper: 'A4',
              orientation: 'landscape',
              fitToWidth: true,
              titleRows: '1:1',
            },
          },
        ],
      }),
    );
    const removed = await applyEditPlan(added.bytes, plan({ removeSheets: ['Kết quả kiểm tra'] }));
    expect((await snapshotOf(removed.bytes)).sheets.map((s) => s.name)).toEqual(
      (await snapshotOf(bytes)).sheets.map((s) => s.name),
    );
    expect(partNames(removed.bytes)).not.toContain('xl/worksheets/sheet5.xml');
    const workbook = partText(removed.bytes, 'xl/workbook.xml');
    expect(workbook).toContain('activeTab="3"');
    expect(workbook).not.toContain('definedName');
    expect(partText(removed.bytes, '[Content_Types].xml')).not.toContain('sheet5.xml');
    assertOnlyChanged(bytes, removed.bytes, [
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet4.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
    ]);
    expectWellFormed(removed.bytes);
    await expect(
      applyEditPlan(removed.bytes, plan({ removeSheets: ['Không có'] })),
    ).rejects.toThrow('No sheet named');
  });
});
