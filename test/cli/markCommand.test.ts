/**
 * `htx-plan mark` end to end: real fixtures in, a marked copy out, read back part by part and
 * cell by cell; LibreOffice opens the result.
 */
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { markColors } from '../../src/core/plan/markColors';
import type { Severity } from '../../src/core/rules/finding';
import { severityByCell } from '../../src/core/plan/findingCells';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { cellAddress } from '../../src/core/workbook/address';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { readJournal } from '../../src/xlsx/write/readJournal';
import { opensInLibreOffice } from '../helpers/libreOffice';
import { assertOnlyChanged } from '../helpers/packageParts';
import { describeWithProgram, libreOffice } from '../helpers/systemProgram';
import { bytesOf, run, sheetParts, workspace, type Workspace } from './cliHarness';

const fixtures = [
  'test/fixtures/appendix/can-tho-2023-planted.xlsx',
  'test/fixtures/rich/rich-can-tho-2023.xlsx',
];

const snapshotOf = async (bytes: Uint8Array) => (await readWorkbookBytes(bytes)).snapshot;

function cellsOf(snapshot: WorkbookSnapshot, sheet: string): Map<string, CellSnapshot> {
  const cells = new Map<string, CellSnapshot>();
  const found = snapshot.sheets.find((candidate) => candidate.name === sheet);
  found?.cells.forEach((row, r) =>
    row?.forEach((cell, c) => cell && cells.set(cellAddress(r, c), cell)),
  );
  return cells;
}

describe.each(fixtures)('htx-plan mark on %s', (fixture) => {
  let space: Workspace;
  let input: string;
  let before: Uint8Array;
  let after: Uint8Array;
  let original: WorkbookSnapshot;
  let marked: WorkbookSnapshot;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    space = await workspace();
    input = await space.copy(fixture, 'input.xlsx');
    result = await run(['mark', input, '-o', space.path('marked.xlsx')]);
    before = await bytesOf(input);
    after = await bytesOf(space.path('marked.xlsx'));
    original = await snapshotOf(before);
    marked = await snapshotOf(after);
  });
  afterAll(() => space.remove());

  it('writes the marked copy, exits with 0 and says what it did', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Đã ghi .*marked\.xlsx: tô màu \d+ ô/);
  });

  it('fills exactly the findings’ cells, each by its most severe finding', () => {
    const { findings } = checkWorkbook(original);
    const wanted = severityByCell(
      findings,
      original.sheets.map((sheet) => sheet.name),
    );
    let count = 0;
    for (const sheet of original.sheets) {
      const beforeCells = cellsOf(original, sheet.name);
      const afterCells = cellsOf(marked, sheet.name);
      const severities = wanted.get(sheet.name) ?? new Map<string, Severity>();
      for (const [address, cell] of afterCells) {
        const severity = severities.get(address);
        const expected = severity
          ? { pattern: 'solid', color: markColors[severity] }
          : beforeCells.get(address)?.fill;
        expect({ address, fill: cell.fill }).toEqual({ address, fill: expected });
        if (severity) count++;
      }
      // A marked cell that was blank has no value to be read back by; the journal has it.
      for (const address of severities.keys()) {
        if (!afterCells.has(address)) expect(beforeCells.has(address)).toBe(false);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('leaves every original cell’s value, type and formula as it was', () => {
    for (const sheet of original.sheets) {
      const beforeCells = cellsOf(original, sheet.name);
      const afterCells = cellsOf(marked, sheet.name);
      expect([...afterCells.keys()].sort()).toEqual([...beforeCells.keys()].sort());
      for (const [address, cell] of beforeCells) {
        const { value, formula, numberFormat, richText } = afterCells.get(address) ?? {};
        expect({ address, value, formula, numberFormat, richText }).toEqual({
          address,
          value: cell.value,
          formula: cell.formula,
          numberFormat: cell.numberFormat,
          richText: cell.richText,
        });
      }
    }
  });

  it('adds a results sheet with one row per finding, each linking to its cell', () => {
    const { findings } = checkWorkbook(original);
    const results = marked.sheets.find((sheet) => sheet.name === 'Kết quả kiểm tra');
    expect(results).toBeDefined();
    const rows = results!.cells.slice(4).filter((row) => row?.[0]);
    expect(rows).toHaveLength(findings.length);
    rows.forEach((row, i) => {
      expect(row[0]?.value).toBe(i + 1);
      expect(row[1]?.value).toBe(findings[i].sheet);
      expect(row[2]?.formula).toMatch(/^HYPERLINK\("#'[^"]+'!\$?[A-Z]+\$?\d+","/);
      expect(row[3]?.value).toBe(findings[i].rule);
      expect(row[5]?.formula).toBeUndefined();
    });
  });

  it('records each mark with its previous fill, and the new sheet, in the journal', () => {
    const journal = readJournal(after);
    const marks = journal.filter((entry) => entry.kind === 'mark');
    const { findings } = checkWorkbook(original);
    const wanted = severityByCell(
      findings,
      original.sheets.map((sheet) => sheet.name),
    );
    const total = [...wanted.values()].reduce((sum, cells) => sum + cells.size, 0);
    expect(marks).toHaveLength(total);
    for (const mark of marks) {
      const previous = cellsOf(original, mark.sheet).get(mark.cell)?.fill ?? { pattern: 'none' };
      expect(mark.previousFill).toEqual(previous);
    }
    expect(journal).toContainEqual(
      expect.objectContaining({ kind: 'sheet', sheet: 'Kết quả kiểm tra' }),
    );
  });

  it('changes only the marked sheets and the parts a new sheet needs; the rest is byte-identical', () => {
    const parts = sheetParts(before);
    const { findings } = checkWorkbook(original);
    const wanted = severityByCell(
      findings,
      original.sheets.map((sheet) => sheet.name),
    );
    const markedParts = [...wanted].filter(([, cells]) => cells.size > 0).map(([s]) => parts[s]);
    const newPart = sheetParts(after)['Kết quả kiểm tra'];
    assertOnlyChanged(
      before,
      after,
      [
        ...markedParts,
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        '[Content_Types].xml',
        'xl/sharedStrings.xml',
      ],
      [newPart, /^customXml\//],
    );
  });
});

describeWithProgram(libreOffice, 'LibreOffice and the marked copies', () => {
  let space: Workspace;
  beforeAll(async () => {
    space = await workspace();
  });
  afterAll(() => space.remove());

  it.each(fixtures)(
    'opens the marked copy of %s',
    async (fixture) => {
      const input = await space.copy(fixture);
      const output = space.path(`marked-${fixture.replace(/\W/g, '_')}.xlsx`);
      expect((await run(['mark', input, '-o', output])).code).toBe(0);
      expect(await opensInLibreOffice(output)).toBe(true);
    },
    180_000,
  );
});

describe('htx-plan mark --lang en', () => {
  it('names the results sheet and its columns in English', async () => {
    const space = await workspace();
    try {
      const input = await space.copy(fixtures[0]);
      const output = space.path('marked-en.xlsx');
      const result = await run(['mark', input, '-o', output, '--lang', 'en']);
      expect(result.stdout).toMatch(/^Wrote .*: \d+ cells with findings filled/);
      const { sheets } = await snapshotOf(await bytesOf(output));
      const results = sheets.find((sheet) => sheet.name === 'Check results');
      expect(results?.cells[3]?.map((cell) => cell?.value)).toEqual([
        'No.',
        'Sheet',
        'Cell',
        'Rule',
        'Severity',
        'Message',
        'Expected',
        'Found',
        'Suggestion',
      ]);
    } finally {
      await space.remove();
    }
  });
});
