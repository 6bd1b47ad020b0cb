/**
 * Builders and checks for the writer's tests: small packages made by ExcelJS, the committed
 * LibreOffice fixtures, the text of a part, well-formedness, and the snapshot a plan should
 * leave (so "reading and writing agree" is one comparison).
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import type { CellWrite, EditPlan, SheetEdit } from '../../src/core/plan/editPlan';
import { parseCellAddress } from '../../src/core/workbook/address';
import { parseXml } from '../../src/core/plan/journalXml';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { findProgram, xmllint } from '../helpers/systemProgram';

export const appendixFixtures = [
  'binh-thuan-2023',
  'binh-thuan-2024',
  'can-tho-2023',
  'can-tho-2023-planted',
  'lang-son-2024',
  'quang-ninh-2025',
  'quang-ninh-2025-planted',
];

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '../fixtures/appendix', `${name}.xlsx`)));
}

export async function xlsxOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function partText(bytes: Uint8Array, path: string): string {
  const part = unzipSync(bytes)[path];
  if (!part) throw new Error(`no part ${path}`);
  return strFromU8(part);
}

export function partNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

export async function snapshotOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return (await readWorkbookBytes(bytes)).snapshot;
}

export const plan = (partial: Partial<EditPlan>): EditPlan => ({
  edits: [],
  newSheets: [],
  journal: [],
  ...partial,
});

export const sheetEdit = (sheet: string, edit: Partial<SheetEdit>) => ({
  sheet,
  cells: [],
  ...edit,
});

const xmllintCommand = findProgram(xmllint);

/** Every XML part parses with the core parser, and with xmllint (one call) when installed. */
export function expectWellFormed(bytes: Uint8Array, paths = partNames(bytes)): void {
  const parts = unzipSync(bytes);
  const xmlPaths = paths.filter((p) => /\.(xml|rels)$/.test(p));
  for (const path of xmlPaths) expect(() => parseXml(strFromU8(parts[path]))).not.toThrow();
  if (!xmllintCommand) return;
  const dir = mkdtempSync(join(tmpdir(), 'htx-xml-'));
  try {
    const files = xmlPaths.map((path, i) => {
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, parts[path]);
      return file;
    });
    execFileSync(xmllintCommand, ['--noout', ...files]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the reader should see after the plan: the snapshot before, with the planned cells. */
export function expectedAfter(
  before: WorkbookSnapshot,
  edits: { sheet: string; cells: SheetEdit['cells'] }[],
  newSheets: { name: string; cells: SheetEdit['cells'] }[] = [],
): WorkbookSnapshot {
  const sheets = before.sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((row) => (row ? [...row] : row)),
  }));
  for (const sheet of newSheets)
    sheets.push({ name: sheet.name, hidden: false, cells: [], merges: [] });
  for (const edit of [...edits, ...newSheets.map((s) => ({ sheet: s.name, cells: s.cells }))]) {
    const target = sheets.find((s) => s.name === edit.sheet)!;
    for (const cellEdit of edit.cells) {
      const { row, column } = parseCellAddress(cellEdit.address);
      const line = (target.cells[row] ??= []);
      let cell: CellSnapshot | undefined = line[column] ? { ...line[column]! } : undefined;
      if (cellEdit.write) cell = written(cell, cellEdit.write);
      if (cell && cellEdit.style?.numberFormat !== undefined) {
        if (cellEdit.style.numberFormat === 'General') delete cell.numberFormat;
        else cell.numberFormat = cellEdit.style.numberFormat;
      }
      if (cell && cellEdit.style?.fill) {
        if (cellEdit.style.fill.pattern === 'none') delete cell.fill;
        else cell.fill = cellEdit.style.fill;
      }
      line[column] = cell;
    }
  }
  return { sheets };
}

function written(cell: CellSnapshot | undefined, write: CellWrite): CellSnapshot | undefined {
  const kept: CellSnapshot = { value: null };
  if (cell?.numberFormat) kept.numberFormat = cell.numberFormat;
  if (cell?.fill) kept.fill = cell.fill;
  switch (write.kind) {
    case 'number':
      return { ...kept, value: Object.is(write.value, -0) ? 0 : write.value };
    case 'text':
      return { ...kept, value: write.value };
    case 'boolean':
      return { ...kept, value: write.value };
    case 'formula':
      return { ...kept, value: null, formula: write.formula };
    case 'blank':
      return undefined;
  }
}

/** Sheets compared cell by cell, so a failure names the sheet. */
export function expectSameCells(actual: WorkbookSnapshot, expected: WorkbookSnapshot): void {
  expect(actual.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
  actual.sheets.forEach((sheet, i) => {
    const hidden = mergedAway(sheet.merges);
    expect({ sheet: sheet.name, cells: trimmed(sheet.cells, hidden) }).toEqual({
      sheet: sheet.name,
      cells: trimmed(expected.sheets[i].cells, hidden),
    });
    expect(sheet.merges.sort()).toEqual([...expected.sheets[i].merges].sort());
  });
}

/**
 * The cells a merged area covers besides its first: ExcelJS reads them as copies of the first
 * cell, so they say nothing about what the file holds there and are left out of comparisons.
 */
function mergedAway(merges: string[]): Set<string> {
  const cells = new Set<string>();
  for (const merge of merges) {
    const [a, b] = merge.split(':').map(parseCellAddress);
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.column; c <= b.column; c++)
        if (r !== a.row || c !== a.column) cells.add(`${r}:${c}`);
    }
  }
  return cells;
}

/** Rows and cells that read as blank are dropped, so "no row" and "an empty row" compare equal. */
function trimmed(
  cells: (CellSnapshot | undefined)[][],
  hidden: Set<string>,
): Record<string, CellSnapshot> {
  const flat: Record<string, CellSnapshot> = {};
  cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && !hidden.has(`${r}:${c}`)) flat[`${r}:${c}`] = cell;
    }),
  );
  return flat;
}
