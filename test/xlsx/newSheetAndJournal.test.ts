import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { readJournal } from '../../src/xlsx/write/readJournal';
import { journalNamespace, type JournalEntry } from '../../src/core/plan/journal';
import { assertOnlyChanged } from '../helpers/packageParts';
import {
  expectedAfter,
  expectSameCells,
  expectWellFormed,
  fixture,
  partNames,
  partText,
  plan,
  snapshotOf,
} from './xlsxTesting';
import type { CellEdit } from '../../src/core/plan/editPlan';

const results = 'Kết quả kiểm tra';
const cells: CellEdit[] = [
  { address: 'A1', write: { kind: 'text', value: 'Sheet' }, style: { font: { bold: true } } },
  { address: 'B2', write: { kind: 'formula', formula: `HYPERLINK("#'Phụ lục 01'!G13","G13")` } },
  { address: 'C2', write: { kind: 'number', value: 460 } },
];

describe('adding a sheet', () => {
  it('adds the part, its sheet entry, relationship and content type, and nothing else changes', async () => {
    const bytes = fixture('can-tho-2023');
    const { bytes: out, newSheetNames } = await applyEditPlan(
      bytes,
      plan({ newSheets: [{ name: results, cells, columnWidths: { A: 12 } }] }),
    );
    expect(newSheetNames).toEqual([results]);
    assertOnlyChanged(
      bytes,
      out,
      [
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        '[Content_Types].xml',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
      ],
      ['xl/worksheets/sheet5.xml'],
    );
    expect(partText(out, 'xl/workbook.xml')).toContain(
      `<sheet name="${results}" sheetId="5" r:id="rId7"/>`,
    );
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).toContain(
      'Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet5.xml"',
    );
    expect(partText(out, '[Content_Types].xml')).toContain(
      '<Override PartName="/xl/worksheets/sheet5.xml"',
    );
    expectSameCells(
      await snapshotOf(out),
      expectedAfter(await snapshotOf(bytes), [], [{ name: results, cells }]),
    );
    expectWellFormed(out);
  });

  it('makes the name unique without regard to case, and activates the new sheet', async () => {
    const first = await applyEditPlan(
      fixture('lang-son-2024'),
      plan({ newSheets: [{ name: results, cells: [] }] }),
    );
    const second = await applyEditPlan(
      first.bytes,
      plan({
        newSheets: [
          { name: results.toUpperCase(), cells: [], activate: true },
          { name: 'a/b:c?', cells: [] },
        ],
      }),
    );
    expect(second.newSheetNames).toEqual([`${results.toUpperCase()} (2)`, 'a-b-c-']);
    const workbook = partText(second.bytes, 'xl/workbook.xml');
    expect(workbook).toMatch(/activeTab="4"/);
    const tabSelected = partNames(second.bytes)
      .filter((p) => p.startsWith('xl/worksheets/'))
      .filter((p) => /tabSelected="(1|true)"/.test(partText(second.bytes, p)));
    expect(tabSelected).toEqual(['xl/worksheets/sheet5.xml']);
    expectWellFormed(second.bytes);
  });
});

describe('the journal in the package', () => {
  const mark: JournalEntry = {
    kind: 'mark',
    action: 'a1',
    at: '2024-05-01T08:00:00Z',
    sheet: 'Phụ lục 01',
    cell: 'D7',
    previousFill: { pattern: 'none' },
  };
  const accepted: JournalEntry = {
    kind: 'accepted',
    action: 'a2',
    at: '2024-05-02T08:00:00Z',
    rule: 'sum-of-parts',
    sheet: 'Phụ lục 01',
    cell: 'D7',
    reason: 'Số liệu "ước" <tạm>\nđúng',
  };

  it('is one custom XML part, found again and appended to on later writes', async () => {
    const bytes = fixture('can-tho-2023');
    expect(readJournal(bytes)).toEqual([]);
    const once = await applyEditPlan(
      bytes,
      plan({ journal: [mark], newSheets: [{ name: results, cells: [] }] }),
    );
    const twice = await applyEditPlan(once.bytes, plan({ journal: [accepted] }));
    expect(readJournal(twice.bytes)).toEqual([mark, accepted]);
    const custom = partNames(twice.bytes).filter((p) => p.startsWith('customXml/'));
    expect(custom.sort()).toEqual([
      'customXml/_rels/item1.xml.rels',
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
    ]);
    assertOnlyChanged(once.bytes, twice.bytes, ['customXml/item1.xml']);
    expect(partText(twice.bytes, 'customXml/item1.xml')).toContain(`xmlns="${journalNamespace}"`);
    expect(partText(twice.bytes, 'customXml/itemProps1.xml')).toMatch(
      /ds:itemID="\{[0-9A-F-]{36}\}"/,
    );
    expect(partText(twice.bytes, 'xl/_rels/workbook.xml.rels')).toContain(
      'relationships/customXml" Target="../customXml/item1.xml"',
    );
    expect(partText(twice.bytes, '[Content_Types].xml')).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
    expectWellFormed(twice.bytes);
  });

  it('records the name a new sheet really got', async () => {
    const first = await applyEditPlan(
      fixture('can-tho-2023'),
      plan({ newSheets: [{ name: results, cells: [] }] }),
    );
    const sheetEntry: JournalEntry = {
      kind: 'sheet',
      action: 'a3',
      at: '2024-05-03T08:00:00Z',
      sheet: results,
    };
    const second = await applyEditPlan(
      first.bytes,
      plan({ newSheets: [{ name: results, cells: [] }], journal: [sheetEntry] }),
    );
    expect(readJournal(second.bytes)).toEqual([{ ...sheetEntry, sheet: `${results} (2)` }]);
  });
});
