/**
 * A faithful fake of the part of the Excel JavaScript API that src/excel uses, so adapters can be
 * tested without Excel (DESIGN.md §7.3). What makes it faithful:
 *
 * - proxies: `getItem`, `getRange`, `getSelectedRange` return objects at once; whether they
 *   exist is found out at `context.sync()`, which rejects (ItemNotFound, InvalidArgument) the
 *   way Office.js does, after applying the queued operations before the failing one;
 * - `load()` only queues: reading a property that was not loaded and synced throws
 *   PropertyNotLoaded, with Office.js's wording; setting a property makes it readable at once;
 * - writes are queued and applied at sync, in order; `values` starting with "=" become formulas
 *   (the formula-injection hazard of DESIGN.md §3 is real here too);
 * - pending work is synced once more when the batch of `run` ends, like `Excel.run`;
 * - every `sync()` is counted, including that last one.
 *
 * The fake does not calculate: a formula cell written here reads back the value 0.
 */
import {
  formatReference,
  parseReference,
  sameSheet,
  type CellReference,
} from '../../src/app/cellReference';
import { cellAddress, columnLetters } from '../../src/core/workbook/address';
import type { ExcelRun } from '../../src/excel/excelSelection';

type Scalar = number | string | boolean;

/** Cell contents by A1 address; a string starting with "=" is a formula. */
export type FakeSheetSpec = Record<string, Scalar>;

export interface FakeExcelSpec {
  sheets: Record<string, FakeSheetSpec>;
  /** Defaults to the first sheet. */
  activeSheet?: string;
  /** An address on the active sheet; defaults to A1. */
  selection?: string;
}

interface Cell {
  value: Scalar;
  formula?: string;
}

interface Sheet {
  name: string;
  cells: Map<string, Cell>;
}

interface Target {
  sheet: Sheet;
  area: CellReference;
}

/** Shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
};

const officeError = (code: string, location?: string) =>
  new FakeOfficeError(code, MESSAGES[code] ?? code, location);

export interface FakeExcel {
  /** Use as `Excel.run`. */
  run: ExcelRun;
  /** `context.sync()` calls so far, over all runs. */
  readonly syncCount: number;
  /** What a cell holds now: its formula if any, else its value; "" when empty. */
  contentOf(sheet: string, address: string): Scalar;
  select(sheet: string, address: string): void;
  /** The next sync rejects with this Office error code (cell edit mode, a protected sheet…). */
  failNextSync(code: string, message?: string): void;
}

export function createFakeExcel(spec: FakeExcelSpec): FakeExcel {
  const sheets = Object.entries(spec.sheets).map(([name, cells]) => sheetOf(name, cells));
  const state = {
    sheets,
    active: findSheet(sheets, spec.activeSheet ?? sheets[0].name)!,
    selection: spec.selection ?? 'A1',
    syncCount: 0,
    failure: undefined as FakeOfficeError | undefined,
  };

  const run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(state);
    try {
      const result = await batch(context);
      if (context.hasPending()) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  return {
    run: run as unknown as ExcelRun,
    get syncCount() {
      return state.syncCount;
    },
    contentOf(sheetName, address) {
      const cell = findSheet(state.sheets, sheetName)?.cells.get(address.toUpperCase());
      return cell?.formula ?? cell?.value ?? '';
    },
    select(sheetName, address) {
      state.active = findSheet(state.sheets, sheetName)!;
      state.selection = address;
    },
    failNextSync(code, message) {
      state.failure = new FakeOfficeError(code, message ?? MESSAGES[code] ?? code);
    },
  };
}

type State = {
  sheets: Sheet[];
  active: Sheet;
  selection: string;
  syncCount: number;
  failure: FakeOfficeError | undefined;
};

class FakeContext {
  private queue: (() => void)[] = [];
  private closed = false;
  readonly workbook: FakeWorkbook;

  constructor(readonly state: State) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(operation: () => void): void {
    if (this.closed) throw officeError('InvalidObjectPath');
    this.queue.push(operation);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    if (this.closed) throw officeError('InvalidObjectPath');
    this.state.syncCount += 1;
    const operations = this.queue;
    this.queue = [];
    const failure = this.state.failure;
    this.state.failure = undefined;
    if (failure) throw failure;
    // Operations before a failing one stay applied, as in Office.js (a batch is not a transaction).
    for (const operation of operations) operation();
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
  getSelectedRange(): FakeRange {
    const state = this.context.state;
    return new FakeRange(this.context, () => ({
      sheet: state.active,
      area: parseReference(state.selection)!,
    }));
  }
}

class FakeWorksheetCollection {
  constructor(private readonly context: FakeContext) {}
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.active);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = findSheet(this.context.state.sheets, name);
      if (!sheet) throw officeError('ItemNotFound', 'WorksheetCollection.getItem');
      return sheet;
    });
  }
}

class FakeWorksheet {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => Sheet,
  ) {}
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      const area = parseReference(address);
      // Worksheet.getRange takes an address on that sheet, without a sheet name.
      if (!area || area.sheet !== undefined) {
        throw officeError('InvalidArgument', 'Worksheet.getRange');
      }
      return { sheet, area };
    });
  }
}

const RANGE_PROPERTIES = ['address', 'values', 'formulas'] as const;
type RangeProperty = (typeof RANGE_PROPERTIES)[number];

class FakeRange {
  private readonly loaded = new Map<RangeProperty, unknown>();

  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => Target,
  ) {}

  load(names?: string | string[]): this {
    const list = names === undefined ? [...RANGE_PROPERTIES] : namesOf(names);
    for (const name of list) {
      if (!(RANGE_PROPERTIES as readonly string[]).includes(name)) {
        throw new Error(`fakeExcel: Range.${name} is not faked; add it before using it`);
      }
    }
    this.context.enqueue(() => {
      const target = this.resolve();
      for (const name of list as RangeProperty[]) this.loaded.set(name, read(target, name));
    });
    return this;
  }

  get address(): string {
    return this.get('address') as string;
  }
  get values(): Scalar[][] {
    return this.get('values') as Scalar[][];
  }
  set values(grid: Scalar[][]) {
    this.set('values', grid);
  }
  get formulas(): Scalar[][] {
    return this.get('formulas') as Scalar[][];
  }
  set formulas(grid: Scalar[][]) {
    this.set('formulas', grid);
  }

  private get(name: RangeProperty): unknown {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name);
  }

  private set(name: 'values' | 'formulas', grid: Scalar[][]): void {
    this.loaded.set(name, grid);
    this.context.enqueue(() => write(this.resolve(), grid));
  }
}

function read(target: Target, name: RangeProperty): unknown {
  const { sheet, area } = target;
  if (name === 'address') return formatReference({ sheet: sheet.name, area: areaText(area) });
  return gridOf(area, (key) => {
    const cell = sheet.cells.get(key);
    if (!cell) return '';
    return name === 'formulas' ? (cell.formula ?? cell.value) : cell.value;
  });
}

function write(target: Target, grid: Scalar[][]): void {
  const { sheet, area } = target;
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  if (grid.length !== rows || grid.some((row) => row.length !== columns)) {
    throw officeError('InvalidArgument', 'Range.formulas');
  }
  grid.forEach((row, r) =>
    row.forEach((input, c) => {
      const key = cellAddress(area.top + r, area.left + c);
      if (input === '') sheet.cells.delete(key);
      else sheet.cells.set(key, cellOf(input));
    }),
  );
}

function cellOf(input: Scalar): Cell {
  if (typeof input === 'string' && input.startsWith('=')) return { value: 0, formula: input };
  // Excel reads a number typed as text as the number.
  if (typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input))) {
    return { value: Number(input) };
  }
  return { value: input };
}

function gridOf<T>(area: CellReference, cell: (key: string) => T): T[][] {
  const grid: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(cell(cellAddress(r, c)));
    grid.push(row);
  }
  return grid;
}

/** The area as Excel's `address` writes it: no "$", a single cell without ":". */
function areaText(area: CellReference): string {
  if (area.top === 0 && area.bottom === 1_048_575) {
    return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  }
  if (area.left === 0 && area.right === 16_383) return `${area.top + 1}:${area.bottom + 1}`;
  const first = cellAddress(area.top, area.left);
  const last = cellAddress(area.bottom, area.right);
  return first === last ? first : `${first}:${last}`;
}

function namesOf(names: string | string[]): string[] {
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((name) => name.trim()).filter((name) => name !== '');
}

function sheetOf(name: string, cells: FakeSheetSpec): Sheet {
  const map = new Map<string, Cell>();
  for (const [address, input] of Object.entries(cells))
    map.set(address.toUpperCase(), cellOf(input));
  return { name, cells: map };
}

function findSheet(sheets: Sheet[], name: string): Sheet | undefined {
  return sheets.find((sheet) => sameSheet(sheet.name, name));
}
