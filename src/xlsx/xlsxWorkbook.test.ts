import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HostError, InvalidAddressError, SheetNotFoundError } from '../app/workbookErrors';
import type { EditPlan } from '../core/plan/editPlan';
import type { JournalEntry } from '../core/plan/journal';
import { assertOnlyChanged } from '../../test/helpers/packageParts';
import { createXlsxWorkbook, lazyXlsxEngine, type XlsxEngine } from './xlsxWorkbook';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../test/fixtures/appendix', name)));

const plan = (partial: Partial<EditPlan>): EditPlan => ({
  edits: [],
  newSheets: [],
  journal: [],
  ...partial,
});

const markEntry: JournalEntry = {
  kind: 'mark',
  action: 'mark-1',
  at: '2025-01-02T03:04:05.000Z',
  sheet: 'Bieu 02',
  cell: 'C6',
  previousFill: { pattern: 'none' },
};

/** Counts the engine's calls, so tests see when a snapshot is reused. */
function countingEngine() {
  const calls = { read: 0, apply: 0 };
  const engine: XlsxEngine = {
    read: (bytes, onProgress) => {
      calls.read++;
      return lazyXlsxEngine.read(bytes, onProgress);
    },
    apply: (bytes, edit) => {
      calls.apply++;
      return lazyXlsxEngine.apply(bytes, edit);
    },
    readJournal: (bytes) => lazyXlsxEngine.readJournal(bytes),
  };
  return { engine, calls };
}

describe('createXlsxWorkbook', () => {
  const input = fixture('lang-son-2024-planted.xlsx');

  it('reads every sheet, or the sheets asked for, with no notes', async () => {
    const workbook = createXlsxWorkbook(input, 'lang-son.xlsx');
    const all = await workbook.readSnapshot();
    expect(all.sheets.map((sheet) => sheet.name)).toEqual(['Bieu 01', 'Bieu 02', 'Bieu 03']);
    expect(all.notes).toEqual([]);
    const some = await workbook.readSnapshot({ sheets: ['bieu 02'] });
    expect(some.sheets.map((sheet) => sheet.name)).toEqual(['Bieu 02']);
    await expect(workbook.readSnapshot({ sheets: ['PL IX'] })).rejects.toBeInstanceOf(
      SheetNotFoundError,
    );
  });

  it('says what an .xlsx host can do', () => {
    expect(createXlsxWorkbook(input, 'a.xlsx').capabilities).toEqual({
      canWrite: true,
      canUndoNatively: false,
      canSelect: true,
      readsMerges: true,
      dataValidation: true,
      conditionalFormats: true,
      freezePanes: true,
      pageLayout: true,
    });
  });

  it('applies a plan to the bytes in memory and leaves the input bytes alone', async () => {
    const copy = input.slice();
    const workbook = createXlsxWorkbook(input, 'lang-son.xlsx');
    const changes: Uint8Array[] = [];
    workbook.onChange((bytes) => changes.push(bytes));
    const result = await workbook.applyEditPlan(
      plan({
        edits: [
          { sheet: 'Bieu 02', cells: [{ address: 'C6', write: { kind: 'number', value: 400 } }] },
        ],
        journal: [markEntry],
      }),
    );
    expect(result).toEqual({ newSheetNames: [], journal: [markEntry], notes: [] });
    expect(input).toEqual(copy);
    expect(changes).toEqual([workbook.currentBytes()]);
    // The written sheet, and the journal's new custom XML part with its registrations.
    assertOnlyChanged(
      input,
      workbook.currentBytes(),
      ['xl/worksheets/sheet2.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels'],
      [/^customXml\//],
    );
    const after = await workbook.readSnapshot({ sheets: ['Bieu 02'] });
    expect(after.sheets[0].cells[5][2]?.value).toBe(400);
    expect(await workbook.readJournal()).toEqual([markEntry]);
  });

  it('names the new sheets as the writer made them unique', async () => {
    const workbook = createXlsxWorkbook(input, 'lang-son.xlsx');
    const result = await workbook.applyEditPlan(
      plan({
        newSheets: [
          { name: 'Bieu 01', cells: [{ address: 'A1', write: { kind: 'text', value: '=1+1' } }] },
        ],
      }),
    );
    expect(result.newSheetNames).toEqual(['Bieu 01 (2)']);
    const snapshot = await workbook.readSnapshot({ sheets: ['Bieu 01 (2)'] });
    expect(snapshot.sheets[0].cells[0][0]).toEqual({ value: '=1+1' });
  });

  it('rejects a plan for a missing sheet before writing anything', async () => {
    const { engine, calls } = countingEngine();
    const workbook = createXlsxWorkbook(input, 'lang-son.xlsx', engine);
    await expect(
      workbook.applyEditPlan(plan({ edits: [{ sheet: 'PL IX', cells: [] }] })),
    ).rejects.toBeInstanceOf(SheetNotFoundError);
    await expect(workbook.applyEditPlan(plan({ removeSheets: ['PL IX'] }))).rejects.toBeInstanceOf(
      SheetNotFoundError,
    );
    expect(calls.apply).toBe(0);
    expect(workbook.currentBytes()).toBe(input);
  });

  it('reuses a primed snapshot while the bytes are current, and reads again after a write', async () => {
    const { engine, calls } = countingEngine();
    const workbook = createXlsxWorkbook(input, 'lang-son.xlsx', engine);
    const snapshot = (await lazyXlsxEngine.read(input)).snapshot;
    workbook.prime(input, snapshot);
    expect((await workbook.readSnapshot()).sheets).toBe(snapshot.sheets);
    expect(calls.read).toBe(0);
    await workbook.applyEditPlan(plan({ edits: [{ sheet: 'Bieu 03', cells: [] }] }));
    workbook.prime(input, snapshot); // stale: ignored
    await workbook.readSnapshot();
    expect(calls.read).toBe(1);
  });

  it('tells its listeners which cell to show', async () => {
    const workbook = createXlsxWorkbook(input, 'lang-son.xlsx');
    const selected: string[] = [];
    const stop = workbook.onSelect((sheet, address) => selected.push(`${sheet}!${address}`));
    await workbook.selectCell('bieu 02', '$C$6');
    stop();
    await workbook.selectCell('Bieu 02', 'D6');
    expect(selected).toEqual(['Bieu 02!C6']);
    await expect(workbook.selectCell('Bieu 02', 'not a cell')).rejects.toBeInstanceOf(
      InvalidAddressError,
    );
    await expect(workbook.selectCell('PL IX', 'A1')).rejects.toBeInstanceOf(SheetNotFoundError);
  });

  it('checks an .xls workbook but refuses to write it', async () => {
    const xls = fixture('quang-ngai-2023-planted.xls');
    const workbook = createXlsxWorkbook(xls, 'quang-ngai.xls');
    expect(workbook.capabilities.canWrite).toBe(false);
    expect((await workbook.readSnapshot()).sheets.length).toBeGreaterThan(0);
    expect(await workbook.readJournal()).toEqual([]);
    await expect(workbook.applyEditPlan(plan({}))).rejects.toBeInstanceOf(HostError);
  });

  it('loads the reader and the writer only when they are needed', () => {
    const source = readFileSync(join(__dirname, 'xlsxWorkbook.ts'), 'utf8');
    const staticImports = [...source.matchAll(/^import[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(
      staticImports.filter((path) => !path.startsWith('../app/') && !path.startsWith('../core/')),
    ).toEqual([]);
  });
});
