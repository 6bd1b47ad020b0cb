/**
 * An in-memory WorkbookPort for tests of the use cases and views: a snapshot, its data
 * validation and journal, changed by edit plans through the same model the core tests trust
 * (applyToSnapshot.testing.ts). It records what the UI asked (cells selected, plans applied),
 * can be told to fail, and can play the user editing cells (for the live check).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type {
  WorkbookChange,
  WorkbookPort,
  WorkbookCapabilities,
} from '../../src/app/workbookPort';
import { SheetNotFoundError } from '../../src/app/workbookErrors';
import {
  applyPlan,
  modelOf,
  type ModelWorkbook,
} from '../../src/core/plan/applyToSnapshot.testing';
import type { EditPlan } from '../../src/core/plan/editPlan';
import type { JournalEntry } from '../../src/core/plan/journal';
import { parseCellAddress } from '../../src/core/workbook/address';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';

// jest's jsdom environment has no structuredClone, which the plan model uses: Node's own
// structured serialisation is the same algorithm.
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;

export interface MemoryWorkbook extends WorkbookPort {
  model: ModelWorkbook;
  selected: { sheet: string; address: string }[];
  applied: EditPlan[];
  /** Every call rejects with this while set. */
  failure?: unknown;
  /** Plays the user typing into a cell: changes it and tells the change listeners. */
  edit(sheet: string, address: string, cell: CellSnapshot | undefined): void;
  /** The cell as the workbook holds it now. */
  cell(sheet: string, address: string): CellSnapshot | undefined;
}

export const allCapabilities: WorkbookCapabilities = {
  canWrite: true,
  canUndoNatively: false,
  canSelect: true,
  readsMerges: true,
  dataValidation: true,
  conditionalFormats: true,
  freezePanes: true,
  pageLayout: true,
};

export function memoryWorkbook(
  snapshot: WorkbookSnapshot,
  options: {
    journal?: JournalEntry[];
    capabilities?: Partial<WorkbookCapabilities>;
    /** False: the port offers no change subscription (no live check). */
    liveChanges?: boolean;
  } = {},
): MemoryWorkbook {
  const listeners = new Set<(change: WorkbookChange) => void>();
  const sheetOf = (name: string) => {
    const sheet = port.model.snapshot.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new SheetNotFoundError(name);
    return sheet;
  };
  const guard = () => {
    if (port.failure) throw port.failure;
  };
  const port: MemoryWorkbook = {
    model: modelOf(snapshot, options.journal ?? []),
    selected: [],
    applied: [],
    capabilities: { ...allCapabilities, ...options.capabilities },

    async readSnapshot(readOptions = {}) {
      guard();
      const names = readOptions.sheets?.map((name) => name.toLowerCase());
      const sheets = port.model.snapshot.sheets.filter(
        (sheet) => !names || names.includes(sheet.name.toLowerCase()),
      );
      for (const name of readOptions.sheets ?? []) {
        if (!sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()))
          throw new SheetNotFoundError(name);
      }
      const total = sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0);
      readOptions.onProgress?.(0, total);
      readOptions.onProgress?.(total, total);
      return { sheets: structuredClone(sheets), notes: [] };
    },

    async applyEditPlan(plan) {
      guard();
      plan.edits.forEach((edit) => sheetOf(edit.sheet));
      port.model = applyPlan(port.model, plan);
      port.applied.push(plan);
      return {
        newSheetNames: plan.newSheets.map((sheet) => sheet.name),
        journal: plan.journal,
        notes: [],
      };
    },

    clearsUndoStack: (plan) => (plan.removeSheets?.length ?? 0) > 0,

    async selectCell(sheet, address) {
      guard();
      sheetOf(sheet);
      port.selected.push({ sheet, address });
    },

    async readJournal() {
      guard();
      return structuredClone(port.model.journal);
    },

    ...(options.liveChanges === false
      ? {}
      : {
          onUserEdit(listener: (change: WorkbookChange) => void) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        }),

    edit(sheet, address, cell) {
      const { row, column } = parseCellAddress(address);
      (sheetOf(sheet).cells[row] ??= [])[column] = cell;
      listeners.forEach((listener) => listener({ sheets: [sheet] }));
    },

    cell(sheet, address) {
      const { row, column } = parseCellAddress(address);
      return sheetOf(sheet).cells[row]?.[column];
    },
  };
  return port;
}

/** A fixture workbook under test/fixtures (e.g. `appendix/lang-son-2024.xlsx`), as a snapshot. */
export async function fixtureSnapshot(path: string): Promise<WorkbookSnapshot> {
  const file = join(__dirname, '..', 'fixtures', path);
  const { snapshot } = await readWorkbookBytes(new Uint8Array(readFileSync(file)));
  return snapshot;
}
