/**
 * A faithful fake of the part of the Excel JavaScript API that src/excel uses, so adapters can be
 * tested without Excel (DESIGN.md §7.3). What makes it faithful:
 *
 * - proxies: `getItem`, `getRange`, `getUsedRangeOrNullObject` … return objects at once; whether
 *   they exist is found out at `context.sync()`, which rejects (ItemNotFound, InvalidArgument,
 *   ItemAlreadyExists) the way Office.js does, after applying the operations before the failing
 *   one; `…OrNullObject` gives objects whose `isNullObject` is known after a loading sync;
 * - `load()` only queues: reading a property that was not loaded and synced throws
 *   PropertyNotLoaded, with Office.js's wording; setting a property makes it readable at once;
 *   methods returning values (`getXml`, `getCount`) give a ClientResult readable after sync;
 * - writes are queued and applied at sync, in order, as if typed: `values`/`formulas` starting
 *   with "=" (or "+"/"-" before a name) become formulas, "02" becomes 2, a leading apostrophe
 *   keeps text as text; null in a grid leaves a cell as it is;
 * - limits: a sync whose request or response exceeds `payloadLimit` bytes (Excel on the web:
 *   5 MB) or reads more than `cellLimit` cells fails, so chunking is proven, not assumed;
 * - requirement sets: `apiMinor` says up to which ExcelApi 1.x the host goes; an operation from
 *   a newer set fails at sync with ApiNotFound; `requirements.isSetSupported` answers the same;
 * - pending work is synced once more when the batch of `run` ends, like `Excel.run`;
 * - every `sync()` is counted, including that last one, with its payload sizes;
 * - events (events.ts): `worksheets.onChanged.add` registers at sync, `remove()` in a run on
 *   the registering context (`run(result.context, …)`); the add-in's own cell writes raise
 *   WorksheetChanged (`triggerSource` 'ThisLocalAddin' from ExcelApi 1.14), `userEdit` raises
 *   a user's.
 *
 * The fake does not calculate: a formula cell written here reads back the value 0.
 */
import type { ExcelRun } from '../../../src/excel/excelSelection';
import { cellOfSpec, formulaOf, type FakeCellSpec } from './cells';
import { FakeContext } from './context';
import { FakeOfficeError, MESSAGES } from './errors';
import { changedEvent, dispatch } from './events';
import {
  emptySheet,
  findSheet,
  type Scalar,
  type Sheet,
  type State,
  type SyncRecord,
  type XmlPart,
} from './state';
import { FakeWorkbook } from './workbook';

export { FakeOfficeError } from './errors';
export type { FakeCellSpec } from './cells';
export type { Sheet as FakeSheet, XmlPart as FakeXmlPart } from './state';

/** Cell contents by A1 address; a string starting with "=" is a formula. */
export type FakeSheetSpec = Record<string, FakeCellSpec>;

export interface FakeSheetOptions {
  cells: FakeSheetSpec;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  merges?: string[];
}

export interface FakeExcelSpec {
  sheets: Record<string, FakeSheetSpec | FakeSheetOptions>;
  /** Defaults to the first sheet. */
  activeSheet?: string;
  /** An address on the active sheet; defaults to A1. */
  selection?: string;
  /** The newest ExcelApi 1.x supported; defaults to 20. */
  apiMinor?: number;
  /** Bytes per request and per response; defaults to Excel on the web's 5 MB. */
  payloadLimit?: number;
  /** Cells per read; defaults to 5 million. */
  cellLimit?: number;
  /** Custom XML parts already in the workbook, as XML documents. */
  customXmlParts?: string[];
}

export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/**
 * `Excel.run` with its options argument, as the adapters call it, or with the context of an
 * earlier run (`Excel.run(result.context, …)`, to remove that run's event handlers).
 */
export type FakeRun = ExcelRun &
  (<T>(
    options: RunOptions | OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>);

export interface FakeUserEdit {
  /** A1 address on the sheet; defaults to A1. Only the event is raised: no cell changes. */
  address?: string;
  /** From ExcelApi 1.14; defaults to 'Unknown' there (an edit by the user). */
  triggerSource?: 'Unknown' | 'ThisLocalAddin';
  /** Overrides the sheet's id in the event (a sheet deleted since). */
  worksheetId?: string;
}

export interface FakeExcel {
  /** Use as `Excel.run`, with or without options. */
  run: FakeRun;
  /** Use as `Office.context.requirements`. */
  requirements: { isSetSupported(name: string, version?: string): boolean };
  /** `context.sync()` calls so far, over all runs. */
  readonly syncCount: number;
  /** Payload sizes of each sync, in order. */
  readonly syncs: readonly SyncRecord[];
  /** The options each `run` was given. */
  readonly runOptions: readonly RunOptions[];
  /** What a cell holds now: its formula if any, else its value; "" when empty. */
  contentOf(sheet: string, address: string): Scalar;
  /** The sheet's state, for assertions on formats, merges, validation… */
  sheet(name: string): Sheet;
  sheetNames(): string[];
  readonly xmlParts: readonly XmlPart[];
  select(sheet: string, address: string): void;
  /** The next sync rejects with this Office error code (cell edit mode, a protected sheet…). */
  failNextSync(code: string, message?: string): void;
  /**
   * Raises WorksheetChanged as Excel does when the user edits `sheet`; resolves when every
   * handler it called has settled.
   */
  userEdit(sheet: string, edit?: FakeUserEdit): Promise<void>;
  /** Handlers registered on `worksheets.onChanged` now. */
  readonly changedHandlerCount: number;
  /** Resolves when every handler called so far (user edits and the add-in's writes) settled. */
  eventsSettled(): Promise<void>;
}

export function createFakeExcel(spec: FakeExcelSpec): FakeExcel {
  const sheets = Object.entries(spec.sheets).map(([name, sheetSpec]) => sheetOf(name, sheetSpec));
  const state: State = {
    sheets,
    active: findSheet(sheets, spec.activeSheet ?? sheets[0].name)!,
    selection: spec.selection ?? 'A1',
    syncCount: 0,
    syncs: [],
    failure: undefined,
    apiMinor: spec.apiMinor ?? 20,
    payloadLimit: spec.payloadLimit ?? 5 * 1024 * 1024,
    cellLimit: spec.cellLimit ?? 5_000_000,
    xmlParts: [],
    nextPartId: 1,
    changedHandlers: new Set(),
    handlerRuns: [],
  };
  for (const xml of spec.customXmlParts ?? []) {
    const namespaceUri = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
    state.xmlParts.push({ id: `{FAKE-PART-${state.nextPartId++}}`, namespaceUri, xml });
  }
  const runOptions: RunOptions[] = [];

  const run = async <T>(...args: unknown[]): Promise<T> => {
    const [options, batch] = (args.length === 1 ? [{}, args[0]] : args) as [
      RunOptions | FakeContext,
      (context: FakeContext) => Promise<T>,
    ];
    if (options instanceof FakeContext) return runAgain(options, batch);
    runOptions.push(options);
    if (options.mergeUndoGroup && state.apiMinor < 20)
      throw new FakeOfficeError('ApiNotFound', 'mergeUndoGroup');
    const context = new FakeContext(state);
    context.workbook = new FakeWorkbook(context);
    try {
      const result = await batch(context);
      if (context.hasPending()) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  const runAgain = async <T>(
    context: FakeContext,
    batch: (context: FakeContext) => Promise<T>,
  ): Promise<T> => {
    context.reopen();
    try {
      const result = await batch(context);
      if (context.hasPending()) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  return {
    run: run as unknown as FakeRun,
    requirements: {
      isSetSupported: (name, version = '1.1') =>
        name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= state.apiMinor,
    },
    get syncCount() {
      return state.syncCount;
    },
    get syncs() {
      return state.syncs;
    },
    runOptions,
    contentOf: (sheetName, address) =>
      formulaOf(findSheet(state.sheets, sheetName)?.cells.get(address.toUpperCase())),
    sheet: (name) => findSheet(state.sheets, name)!,
    sheetNames: () => state.sheets.map((sheet) => sheet.name),
    get xmlParts() {
      return state.xmlParts;
    },
    select(sheetName, address) {
      state.active = findSheet(state.sheets, sheetName)!;
      state.selection = address;
    },
    failNextSync(code, message) {
      state.failure = new FakeOfficeError(code, message ?? MESSAGES[code] ?? code);
    },
    async userEdit(sheetName, edit = {}) {
      const sheet = findSheet(state.sheets, sheetName);
      if (!sheet) throw new Error(`fakeExcel: no sheet ${sheetName}`);
      const event = changedEvent(state, sheet, edit.address ?? 'A1', edit.triggerSource);
      if (edit.worksheetId !== undefined) event.worksheetId = edit.worksheetId;
      await dispatch(state, event);
    },
    get changedHandlerCount() {
      return state.changedHandlers.size;
    },
    async eventsSettled() {
      // Handlers may start runs whose writes raise more events: wait until none are new.
      let seen = 0;
      while (seen < state.handlerRuns.length) {
        seen = state.handlerRuns.length;
        await Promise.all(state.handlerRuns);
      }
    },
  };
}

function sheetOf(name: string, spec: FakeSheetSpec | FakeSheetOptions): Sheet {
  const options: FakeSheetOptions = isOptions(spec) ? spec : { cells: spec };
  const sheet = emptySheet(name);
  sheet.visibility = options.visibility ?? 'Visible';
  sheet.merges = [...(options.merges ?? [])];
  for (const [address, cellSpec] of Object.entries(options.cells)) {
    const key = address.toUpperCase();
    const cell = cellOfSpec(cellSpec);
    if (cell) sheet.cells.set(key, cell);
    if (typeof cellSpec === 'object') {
      const format = {
        ...(cellSpec.numberFormat && { numberFormat: cellSpec.numberFormat }),
        ...(cellSpec.fill && { fill: { color: cellSpec.fill, pattern: 'Solid' } }),
      };
      if (Object.keys(format).length > 0) sheet.formats.set(key, format);
    }
  }
  return sheet;
}

function isOptions(spec: FakeSheetSpec | FakeSheetOptions): spec is FakeSheetOptions {
  return 'cells' in spec && typeof spec.cells === 'object' && spec.cells !== null;
}
