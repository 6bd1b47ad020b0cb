/**
 * Reading and writing agree: random plans applied to the LibreOffice-saved fixtures read back as
 * exactly the planned changes, every other cell's value, formula and number format unchanged,
 * and every part the plan does not touch byte-identical.
 */
import fc from 'fast-check';
import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { cellAddress } from '../../src/core/workbook/address';
import type { CellEdit, CellWrite, EditPlan } from '../../src/core/plan/editPlan';
import type { WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { assertOnlyChanged } from '../helpers/packageParts';
import {
  appendixFixtures,
  expectedAfter,
  expectSameCells,
  expectWellFormed,
  fixture,
  plan,
  snapshotOf,
} from './xlsxTesting';

const fixtures = new Map(appendixFixtures.map((name) => [name, fixture(name)]));
const snapshots = new Map<string, WorkbookSnapshot>();
beforeAll(async () => {
  for (const [name, bytes] of fixtures) snapshots.set(name, await snapshotOf(bytes));
});

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '=1+1',
    '+84 912',
    '-5',
    '@x',
    ' lề ',
    'Tổng số HTX',
    '_x000D_',
    'a&b<c>"d\'',
    'dòng 1\ndòng 2',
    '\u0007',
  ),
);
const write: fc.Arbitrary<CellWrite> = fc.oneof(
  fc.record({
    kind: fc.constant('number' as const),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
  }),
  fc.record({ kind: fc.constant('number' as const), value: fc.integer({ min: -1e6, max: 1e9 }) }),
  fc.record({ kind: fc.constant('text' as const), value: text }),
  fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('formula' as const),
    formula: fc.constantFrom(
      'SUM(A1:A3)',
      'D7*2',
      'IF(A1>0,"có","không")',
      `HYPERLINK("#'Phụ lục 01'!G13","G13")`,
    ),
  }),
  fc.constant({ kind: 'blank' as const }),
);
const fill = fc.oneof(
  fc.constant({ pattern: 'none' as const }),
  fc
    .constantFrom('FFFFC7CE', 'FFFFEB9C', 'FFC6EFCE')
    .map((color) => ({ pattern: 'solid' as const, color })),
);
const cellEdit: fc.Arbitrary<CellEdit> = fc.record(
  {
    address: fc.tuple(fc.nat(45), fc.nat(14)).map(([row, column]) => cellAddress(row, column)),
    write,
    style: fc.record(
      { fill, numberFormat: fc.constantFrom('#,##0', '0.0%', '#,##0.000', 'General') },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['address'] },
);

const planFor = (name: string) =>
  fc
    .record({
      edits: fc.array(
        fc.record({ sheetIndex: fc.nat(10), cells: fc.array(cellEdit, { maxLength: 25 }) }),
        { maxLength: 3 },
      ),
      newSheet: fc.option(fc.array(cellEdit, { maxLength: 10 }), { freq: 4 }),
    })
    .map(({ edits, newSheet }): EditPlan => {
      const names = snapshots.get(name)!.sheets.map((s) => s.name);
      return plan({
        edits: edits.map((e) => ({ sheet: names[e.sheetIndex % names.length], cells: e.cells })),
        newSheets: newSheet ? [{ name: 'Kết quả kiểm tra', cells: newSheet, activate: true }] : [],
      });
    });

describe('reading and writing agree', () => {
  it.each(appendixFixtures)(
    'random plans on %s read back as exactly the planned changes',
    async (name) => {
      const bytes = fixtures.get(name)!;
      await fc.assert(
        fc.asyncProperty(planFor(name), async (editPlan) => {
          const { bytes: out, newSheetNames } = await applyEditPlan(bytes, editPlan);
          const expected = expectedAfter(
            snapshots.get(name)!,
            editPlan.edits,
            editPlan.newSheets.map((s, i) => ({ name: newSheetNames[i], cells: s.cells })),
          );
          expectSameCells(await snapshotOf(out), expected);
          assertOnlyChanged(
            bytes,
            out,
            [
              /^xl\/worksheets\/sheet\d+\.xml$/,
              'xl/sharedStrings.xml',
              'xl/styles.xml',
              'xl/workbook.xml',
              'xl/_rels/workbook.xml.rels',
              '[Content_Types].xml',
            ],
            [/^xl\/worksheets\/sheet\d+\.xml$/],
          );
          expectWellFormed(out);
        }),
        { numRuns: 15 },
      );
    },
  );
});
