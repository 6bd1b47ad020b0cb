import { zipSync, unzipSync, strToU8, strFromU8 } from 'fflate';
import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { worksheetOrder } from '../../src/xlsx/write/schemaOrder';
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
import type { SheetEdit } from '../../src/core/plan/editPlan';

const sheet = 'Phụ lục 01';
const part = 'xl/worksheets/sheet1.xml';

async function edited(edit: Partial<SheetEdit>, bytes = fixture('can-tho-2023')): Promise<string> {
  const { bytes: out } = await applyEditPlan(bytes, plan({ edits: [sheetEdit(sheet, edit)] }));
  expectWellFormed(out);
  assertOnlyChanged(bytes, out, [part, 'xl/workbook.xml']);
  return partText(out, part);
}

/** The root's children in document order, by local name. */
function rootChildren(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[2].startsWith('?')) continue;
    if (m[1]) depth--;
    else {
      if (depth === 1) names.push(m[2].replace(/^\w+:/, ''));
      if (!m[3]) depth++;
    }
  }
  return names;
}

describe('patching the parts of a sheet around its cells', () => {
  it('adds merged areas beside the existing ones and refuses an overlap', async () => {
    const xml = await edited({ merges: ['L1:M2'] });
    expect(xml).toMatch(
      /<mergeCells count="4"><mergeCell ref="A1:J1"\/>.*<mergeCell ref="L1:M2"\/><\/mergeCells>/,
    );
    await expect(
      applyEditPlan(
        fixture('can-tho-2023'),
        plan({ edits: [sheetEdit(sheet, { merges: ['B1:B2'] })] }),
      ),
    ).rejects.toThrow('overlaps');
  });

  it('splits a column span so that only the planned column changes width', async () => {
    const xml = await edited({ columnWidths: { F: 20 } });
    const cols = /<cols>(.*)<\/cols>/.exec(xml)![1];
    const spans = [...cols.matchAll(/max="(\d+)" min="(\d+)"[^>]*width="([\d.]+)"/g)].map((m) => [
      Number(m[2]),
      Number(m[1]),
      Number(m[3]),
    ]);
    expect(spans).toEqual([
      [1, 1, 3.06],
      [2, 2, 25.54],
      [3, 3, 8.17],
      [4, 5, 7.16],
      [6, 6, 20.7109375],
      [7, 9, 7.16],
      [10, 10, 17.37],
    ]);
  });

  it('adds data validation beside the user own rules, which stay', async () => {
    const bytes = await xlsxOf((wb) => {
      const s = wb.addWorksheet('S');
      s.getCell('A1').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
    });
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('S', {
            dataValidations: [
              {
                ranges: ['B2:B9', 'D2:D9'],
                type: 'decimal',
                operator: 'greaterThanOrEqual',
                formula1: '0',
                prompt: { title: 'Nhập số', message: 'Số không âm' },
                error: { title: 'Sai', message: 'Phải là số ≥ 0', style: 'warning' },
              },
            ],
          }),
        ],
      }),
    );
    const xml = partText(out, part);
    expect(xml).toMatch(
      /<dataValidations count="2">.*sqref="A1".*<dataValidation type="decimal"[^>]*sqref="B2:B9 D2:D9"><formula1>0<\/formula1><\/dataValidation><\/dataValidations>/,
    );
    expect(xml).toContain('errorStyle="warning"');
    expectWellFormed(out);
  });

  it('adds data bars and icon sets with priorities above the existing rules', async () => {
    const bytes = await xlsxOf((wb) => {
      const s = wb.addWorksheet('S');
      s.addConditionalFormatting({
        ref: 'A1:A9',
        rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [5], priority: 7, style: {} }],
      });
    });
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('S', {
            conditionalFormats: [
              { kind: 'dataBar', range: 'B1:B9', color: 'FF638EC6' },
              { kind: 'iconSet', range: 'C1:C9', icons: '3Arrows', thresholds: [90, 100] },
            ],
          }),
        ],
      }),
    );
    const xml = partText(out, part);
    const priorities = [...xml.matchAll(/<cfRule[^>]*priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(priorities).toEqual([7, 8, 9]);
    expect(xml).toContain(
      '<iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="num" val="90"/><cfvo type="num" val="100"/></iconSet>',
    );
    expectWellFormed(out);
  });

  it.each([
    [
      { rows: 6, columns: 2 },
      '<pane xSplit="2" ySplit="6" topLeftCell="C7" activePane="bottomRight" state="frozen"/>',
    ],
    [
      { rows: 1, columns: 0 },
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    ],
  ])('freezes panes %o', async (frozen, pane) => {
    const xml = await edited({ frozen });
    expect(xml).toContain(pane);
    expect(xml).not.toContain('pane="topLeft"');
  });

  it('sets up printing on A4, landscape, one page wide, with print titles', async () => {
    const bytes = fixture('can-tho-2023');
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('Phụ lục 02', {
            printSetup: {
              paper: 'A4',
              orientation: 'landscape',
              fitToWidth: true,
              titleRows: '4:6',
            },
          }),
        ],
      }),
    );
    const xml = partText(out, 'xl/worksheets/sheet2.xml');
    expect(xml).toMatch(
      /<pageSetup paperSize="9"[^>]*fitToWidth="1" fitToHeight="0"[^>]*orientation="landscape"/,
    );
    expect(xml).toMatch(/<sheetPr[^>]*><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(partText(out, 'xl/workbook.xml')).toContain(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'Phụ lục 02'!$4:$6</definedName></definedNames><calcPr`,
    );
    expectWellFormed(out);
  });

  it('puts every new element where the worksheet schema wants it', async () => {
    const bytes = await xlsxOf((wb) => wb.addWorksheet('S'));
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('S', {
            cells: [{ address: 'B2', write: { kind: 'number', value: 1 } }],
            merges: ['D4:E5'],
            columnWidths: { C: 30 },
            rowHeights: { 3: 30 },
            dataValidations: [
              { ranges: ['B2'], type: 'whole', operator: 'between', formula1: '0', formula2: '9' },
            ],
            conditionalFormats: [
              { kind: 'dataBar', range: 'B2:B9', color: 'FF638EC6', min: 0, max: 100 },
            ],
            frozen: { rows: 1, columns: 1 },
            printSetup: { paper: 'A4', orientation: 'portrait', fitToWidth: true },
          }),
        ],
      }),
    );
    const children = rootChildren(partText(out, part));
    const ranks = children.map((name) => worksheetOrder.indexOf(name));
    expect(ranks).not.toContain(-1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(children).toEqual(
      expect.arrayContaining([
        'sheetPr',
        'sheetViews',
        'cols',
        'mergeCells',
        'conditionalFormatting',
        'dataValidations',
        'pageSetup',
      ]),
    );
    expect(partText(out, part)).toMatch(/<row r="3" ht="30" customHeight="1"\/>/);
    expectWellFormed(out);
  });

  it('drops the calculation chain when a formula cell is overwritten', async () => {
    const original = await xlsxOf((wb) => {
      const s = wb.addWorksheet('S');
      s.getCell('A1').value = 2;
      s.getCell('A2').value = { formula: 'A1*2', result: 4 };
    });
    const parts = unzipSync(original);
    parts['xl/calcChain.xml'] = strToU8(
      '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A2" i="1"/></calcChain>',
    );
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = strFromU8(parts['[Content_Types].xml']);
    parts['[Content_Types].xml'] = strToU8(
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const bytes = zipSync(parts);
    const { bytes: out } = await applyEditPlan(
      bytes,
      plan({
        edits: [
          sheetEdit('S', { cells: [{ address: 'A2', write: { kind: 'number', value: 4 } }] }),
        ],
      }),
    );
    const after = unzipSync(out);
    expect(after['xl/calcChain.xml']).toBeUndefined();
    expect(strFromU8(after['xl/_rels/workbook.xml.rels'])).not.toContain('calcChain');
    expect(strFromU8(after['[Content_Types].xml'])).not.toContain('calcChain');
    expect((await snapshotOf(out)).sheets[0].cells[1][0]).toEqual({ value: 4 });
  });
});
