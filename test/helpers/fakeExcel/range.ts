/**
 * Range, RangeAreas and the range-level features (data validation, conditional formats,
 * merges). A range resolves at sync: a missing sheet or a bad address fails there, not before.
 */
import { formatReference, type CellReference } from '../../../src/app/cellReference';
import { cellAddress, columnLetters } from '../../../src/core/workbook/address';
import { cellOfInput, formulaOf, valueOf, valueTypeOf } from './cells';
import { officeError } from './errors';
import { changedEvent } from './events';
import { FakeClientResult, FakeCollection, FakeObject, settingsRecorder } from './fakeObject';
import type { FakeContext } from './context';
import { FakeRangeFormat } from './format';
import { area, eachCell, intersects, type Scalar, type Sheet, type Validation } from './state';

export interface Target {
  sheet: Sheet;
  area: CellReference;
}

const GRID_PROPERTIES = ['values', 'formulas', 'numberFormat', 'valueTypes'];

export class FakeRange extends FakeObject {
  protected readonly properties = [
    'address',
    ...GRID_PROPERTIES,
    'rowCount',
    'columnCount',
    'rowIndex',
    'columnIndex',
  ];
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeContext,
    readonly resolve: () => Target | null,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, resolve);
    this.dataValidation = new FakeDataValidation(context, resolve);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, resolve);
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  protected override child(name: string): FakeObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected override cellsOf(name: string): number {
    if (!GRID_PROPERTIES.includes(name)) return 0;
    const { area } = this.resolve()!;
    return (area.bottom - area.top + 1) * (area.right - area.left + 1);
  }

  protected readProperty(name: string): unknown {
    const { sheet, area } = this.resolve()!;
    switch (name) {
      case 'address':
        return formatReference({ sheet: sheet.name, area: areaText(area) });
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'values':
        return gridOf(area, (key) => valueOf(sheet.cells.get(key)));
      case 'formulas':
        return gridOf(area, (key) => formulaOf(sheet.cells.get(key)));
      case 'valueTypes':
        return gridOf(area, (key) => valueTypeOf(sheet.cells.get(key)));
      default:
        return gridOf(area, (key) => sheet.formats.get(key)?.numberFormat ?? 'General');
    }
  }

  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get values(): Scalar[][] {
    return this.get('values');
  }
  set values(grid: (Scalar | null)[][]) {
    this.setProperty('values', grid, () => this.writeGrid(grid));
  }
  get formulas(): Scalar[][] {
    return this.get('formulas');
  }
  set formulas(grid: (Scalar | null)[][]) {
    this.setProperty('formulas', grid, () => this.writeGrid(grid));
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(grid: (string | null)[][]) {
    this.setProperty('numberFormat', grid, () => {
      const { sheet, area } = this.checkedTarget(grid);
      eachCell(area, (key, r, c) => {
        const format = grid[r - area.top][c - area.left];
        if (format === null) return;
        const formats = sheet.formats.get(key) ?? {};
        formats.numberFormat = format === '' || format === 'General' ? undefined : format;
        sheet.formats.set(key, formats);
      });
    });
  }

  merge(_across = false): void {
    this.call(() => {
      const { sheet, area: merged } = this.resolve()!;
      // Merging over a merged area replaces it, as in Excel's UI.
      sheet.merges = sheet.merges.filter((other) => !intersects(area(other), merged));
      sheet.merges.push(areaText(merged));
    });
  }

  select(): void {
    this.call(() => {
      const { sheet, area } = this.resolve()!;
      this.context.state.active = sheet;
      this.context.state.selection = areaText(area);
    });
  }

  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const found = (): Target[] | null => {
      const target = this.resolve();
      if (!target) return null;
      const areas = target.sheet.merges
        .map(area)
        .filter((merged) => intersects(merged, target.area));
      return areas.length === 0 ? null : areas.map((a) => ({ sheet: target.sheet, area: a }));
    };
    this.context.enqueue({ run: () => undefined, api: 13 });
    return new FakeRangeAreas(this.context, found);
  }

  private checkedTarget(grid: unknown[][]): Target {
    const target = this.resolve()!;
    const rows = target.area.bottom - target.area.top + 1;
    const columns = target.area.right - target.area.left + 1;
    if (grid.length !== rows || grid.some((row) => row.length !== columns)) {
      throw officeError('InvalidArgument', 'Range.values');
    }
    return target;
  }

  /** Each entry is taken as if typed; null leaves the cell as it is. */
  private writeGrid(grid: (Scalar | null)[][]): void {
    const { sheet, area } = this.checkedTarget(grid);
    eachCell(area, (key, r, c) => {
      const input = grid[r - area.top][c - area.left];
      if (input === null) return;
      const cell = cellOfInput(input);
      if (cell) sheet.cells.set(key, cell);
      else sheet.cells.delete(key);
    });
    const { state } = this.context;
    this.context.raise(changedEvent(state, sheet, areaText(area), 'ThisLocalAddin'));
  }
}

export class FakeRangeAreas extends FakeObject {
  protected readonly properties = ['address', 'areaCount'];
  readonly areas: FakeRangeCollection;
  constructor(
    context: FakeContext,
    private readonly found: () => Target[] | null,
  ) {
    super(context);
    this.areas = new FakeRangeCollection(context, () => found() ?? []);
  }
  protected override exists(): boolean {
    return this.found() !== null;
  }
  protected override child(name: string): FakeObject | undefined {
    return name === 'areas' ? this.areas : undefined;
  }
  protected readProperty(name: string): unknown {
    const targets = this.found()!;
    if (name === 'areaCount') return targets.length;
    return targets
      .map((t) => formatReference({ sheet: t.sheet.name, area: areaText(t.area) }))
      .join(',');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeContext,
    private readonly targets: () => Target[],
  ) {
    super(context);
  }
  protected list(): FakeRange[] {
    return this.targets().map((target) => new FakeRange(this.context, () => target));
  }
}

/** ExcelApi 1.8. A rule lives on the area it was set on. */
export class FakeDataValidation extends FakeObject {
  protected readonly properties = ['rule', 'ignoreBlanks', 'prompt', 'errorAlert'];
  constructor(
    context: FakeContext,
    private readonly resolve: () => Target | null,
  ) {
    super(context);
    for (const name of ['rule', 'ignoreBlanks', 'prompt', 'errorAlert'] as const) {
      Object.defineProperty(this, name, {
        get: () => this.get(name),
        set: (value: unknown) =>
          this.setProperty(name, value, () => (this.record()[name] = value as never), 8),
      });
    }
  }
  protected readProperty(name: string): unknown {
    return (this.find() as Record<string, unknown> | undefined)?.[name] ?? null;
  }
  clear(): void {
    this.call(
      () => {
        const { sheet, area: cleared } = this.resolve()!;
        sheet.validations = sheet.validations.filter((v) => !intersects(area(v.area), cleared));
      },
      undefined,
      8,
    );
  }
  private find(): Validation | undefined {
    const { sheet, area: target } = this.resolve()!;
    return sheet.validations.find((v) => v.area === areaText(target));
  }
  private record(): Validation {
    const found = this.find();
    if (found) return found;
    const { sheet, area: target } = this.resolve()!;
    const created: Validation = { area: areaText(target) };
    sheet.validations.push(created);
    return created;
  }
}

/** ExcelApi 1.6. */
export class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => Target | null,
  ) {}
  add(type: string) {
    let settings: Record<string, unknown> | undefined;
    this.context.enqueue({
      api: 6,
      requestBytes: type.length,
      run: () => {
        const { sheet, area: target } = this.resolve()!;
        settings = {};
        sheet.conditionalFormats.push({ area: areaText(target), type, settings });
      },
    });
    const target = () => settings!;
    return {
      type,
      dataBar: settingsRecorder(this.context, target, 'dataBar.', ['positiveFormat'], 6),
      iconSet: settingsRecorder(this.context, target, 'iconSet.', [], 6),
    };
  }
}

export function gridOf<T>(area: CellReference, cell: (key: string) => T): T[][] {
  const grid: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(cell(cellAddress(r, c)));
    grid.push(row);
  }
  return grid;
}

/** The area as Excel's `address` writes it: no "$", a single cell without ":". */
export function areaText(area: CellReference): string {
  if (area.top === 0 && area.bottom === 1_048_575) {
    return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  }
  if (area.left === 0 && area.right === 16_383) return `${area.top + 1}:${area.bottom + 1}`;
  const first = cellAddress(area.top, area.left);
  const last = cellAddress(area.bottom, area.right);
  return first === last ? first : `${first}:${last}`;
}

export { FakeClientResult };
