/**
 * The WorkbookPort over an .xlsx file held in memory (the web app; DESIGN.md §1). Reading goes
 * through readWorkbookBytes, writing through the package-patching writer: each applied plan
 * replaces the bytes in memory, never the user's file. The reader and the writer are loaded
 * with dynamic `import()` so that neither (nor ExcelJS or fflate) enters a bundle that only
 * imports this module; the web app passes an engine that runs them in a Web Worker instead.
 */
import { parseReference } from '../app/cellReference';
import { HostError, InvalidAddressError, SheetNotFoundError } from '../app/workbookErrors';
import type {
  ApplyResult,
  HostSnapshot,
  ReadOptions,
  WorkbookCapabilities,
  WorkbookPort,
} from '../app/workbookPort';
import type { EditPlan } from '../core/plan/editPlan';
import type { JournalEntry } from '../core/plan/journal';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';

/** Where the heavy work runs: on this thread (default, lazily loaded) or in a worker. */
export interface XlsxEngine {
  read(
    bytes: Uint8Array,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ snapshot: WorkbookSnapshot; format: 'xlsx' | 'xls' }>;
  apply(bytes: Uint8Array, plan: EditPlan): Promise<{ bytes: Uint8Array; newSheetNames: string[] }>;
  readJournal(bytes: Uint8Array): Promise<JournalEntry[]>;
}

export const lazyXlsxEngine: XlsxEngine = {
  read: async (bytes) => (await import('./readWorkbookBytes')).readWorkbookBytes(bytes),
  apply: async (bytes, plan) => (await import('./write/applyEditPlan')).applyEditPlan(bytes, plan),
  readJournal: async (bytes) => (await import('./write/readJournal')).readJournal(bytes),
};

export type SelectListener = (sheet: string, address: string) => void;

export interface XlsxWorkbook extends WorkbookPort {
  readonly fileName: string;
  /** The workbook as it is now: the input bytes with every applied plan patched in. */
  currentBytes(): Uint8Array;
  /** `selectCell` calls reach these (the web app's grid scrolls to the cell). */
  onSelect(listener: SelectListener): () => void;
  /** Called after each applied plan, with the new bytes. */
  onChange(listener: (bytes: Uint8Array) => void): () => void;
  /** A snapshot already read from `bytes` (in a worker); readSnapshot reuses it while current. */
  prime(bytes: Uint8Array, snapshot: WorkbookSnapshot): void;
}

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An Excel 97-2003 file (an OLE compound file) can be checked but not written. */
function isOleFile(bytes: Uint8Array): boolean {
  return oleMagic.every((byte, i) => bytes[i] === byte);
}

export function createXlsxWorkbook(
  bytes: Uint8Array,
  fileName: string,
  engine: XlsxEngine = lazyXlsxEngine,
): XlsxWorkbook {
  let current = bytes;
  let cached: { bytes: Uint8Array; snapshot: WorkbookSnapshot } | undefined;
  const selectListeners = new Set<SelectListener>();
  const changeListeners = new Set<(bytes: Uint8Array) => void>();
  const readOnly = isOleFile(bytes) || /\.xls$/i.test(fileName);

  const capabilities: WorkbookCapabilities = {
    canWrite: !readOnly,
    canUndoNatively: false,
    canSelect: true,
    readsMerges: true,
    dataValidation: true,
    conditionalFormats: true,
    freezePanes: true,
    pageLayout: true,
  };

  async function fullSnapshot(onProgress?: ReadOptions['onProgress']): Promise<WorkbookSnapshot> {
    if (cached?.bytes === current) return cached.snapshot;
    const from = current;
    const { snapshot } = await engine.read(from, onProgress);
    cached = { bytes: from, snapshot };
    return snapshot;
  }

  async function sheetNames(): Promise<string[]> {
    return (await fullSnapshot()).sheets.map((sheet) => sheet.name);
  }

  return {
    fileName,
    capabilities,
    currentBytes: () => current,

    async readSnapshot(options: ReadOptions = {}): Promise<HostSnapshot> {
      const snapshot = await fullSnapshot(options.onProgress);
      if (!options.sheets) return { sheets: snapshot.sheets, notes: [] };
      const sheets = options.sheets.map((wanted) => {
        const sheet = snapshot.sheets.find((s) => sameName(s.name, wanted));
        if (!sheet) throw new SheetNotFoundError(wanted);
        return sheet;
      });
      return { sheets, notes: [] };
    },

    async applyEditPlan(plan: EditPlan): Promise<ApplyResult> {
      if (readOnly)
        throw new HostError(
          'access-denied',
          `${fileName} is an .xls file: save it as .xlsx to change it`,
        );
      // Every sheet the plan edits or removes must exist before anything is written.
      const names = await sheetNames();
      for (const sheet of [...plan.edits.map((edit) => edit.sheet), ...(plan.removeSheets ?? [])]) {
        if (!names.some((name) => sameName(name, sheet))) throw new SheetNotFoundError(sheet);
      }
      const applied = await engine.apply(current, plan);
      current = applied.bytes;
      // The writer records the plan's entries (sheet entries with the names the sheets got);
      // reading them back gives the journal exactly as stored.
      const journal =
        plan.journal.length > 0
          ? (await engine.readJournal(current)).slice(-plan.journal.length)
          : [];
      for (const listener of changeListeners) listener(current);
      return { newSheetNames: applied.newSheetNames, journal, notes: [] };
    },

    // The web app has no Excel undo stack to lose; "Hoàn tác" works from the journal.
    clearsUndoStack: () => false,

    async selectCell(sheet: string, address: string): Promise<void> {
      const reference = parseReference(address);
      if (!reference || reference.sheet !== undefined) throw new InvalidAddressError(address);
      const name = (await sheetNames()).find((candidate) => sameName(candidate, sheet));
      if (name === undefined) throw new SheetNotFoundError(sheet);
      for (const listener of selectListeners) listener(name, reference.area.replace(/\$/g, ''));
    },

    // An .xls file has no package to hold a journal: htx-plan never wrote to it.
    readJournal: async () => (readOnly ? [] : engine.readJournal(current)),

    onSelect(listener) {
      selectListeners.add(listener);
      return () => void selectListeners.delete(listener);
    },

    onChange(listener) {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },

    prime(from, snapshot) {
      if (from === current) cached = { bytes: from, snapshot };
    },
  };
}

/** Excel compares sheet names without case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase('vi') === b.toLocaleUpperCase('vi');
}
