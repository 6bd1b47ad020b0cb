/** Worksheets, the collection (add with Excel's name rules), freeze panes and page layout. */
import { parseReference } from '../../../src/app/cellReference';
import { officeError } from './errors';
import { FakeChartCollection } from './charts';
import { FakeCollection, FakeObject } from './fakeObject';
import type { FakeContext } from './context';
import { FakeRange, areaText } from './range';
import { FakeEventSource } from './events';
import { emptySheet, findSheet, findSheetByKey, area, type Sheet } from './state';
import { parseCellAddress } from '../../../src/core/workbook/address';

export class FakeWorksheet extends FakeObject {
  protected readonly properties = ['id', 'name', 'visibility', 'position'];

  constructor(
    context: FakeContext,
    readonly resolve: () => Sheet | null,
  ) {
    super(context);
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  protected readProperty(name: string): unknown {
    const sheet = this.resolve()!;
    if (name === 'id') return sheet.id;
    if (name === 'name') return sheet.name;
    if (name === 'visibility') return sheet.visibility;
    return this.context.state.sheets.indexOf(sheet);
  }

  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }

  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      const reference = parseReference(address ?? 'A:XFD');
      // Worksheet.getRange takes an address on that sheet, without a sheet name.
      if (!reference || reference.sheet !== undefined) {
        throw officeError('InvalidArgument', 'Worksheet.getRange');
      }
      return { sheet, area: reference };
    });
  }

  /** The smallest area holding every cell with a value (and, unless valuesOnly, a format). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      const keys = [...sheet.cells.keys(), ...(valuesOnly ? [] : sheet.formats.keys())];
      if (keys.length === 0) return null;
      const cells = keys.map((key) => parseCellAddress(key));
      const rows = cells.map((cell) => cell.row);
      const columns = cells.map((cell) => cell.column);
      const bounds = {
        top: Math.min(...rows),
        bottom: Math.max(...rows),
        left: Math.min(...columns),
        right: Math.max(...columns),
      };
      return { sheet, area: area(areaText({ ...bounds, area: '' })) };
    });
  }

  activate(): void {
    this.call(() => (this.context.state.active = this.resolve()!));
  }

  delete(): void {
    this.call(() => {
      const { state } = this.context;
      const sheet = this.resolve()!;
      const visible = state.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet);
      if (visible.length === 0) throw officeError('InvalidOperation', 'Worksheet.delete');
      state.sheets = state.sheets.filter((s) => s !== sheet);
      if (state.active === sheet) state.active = visible[0];
    });
  }

  /** ExcelApi 1.1 (series values and categories 1.7). */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.resolve()!);
  }

  /** ExcelApi 1.7. */
  get freezePanes() {
    const freeze = (rows: number, columns: number) =>
      this.call(() => (this.resolve()!.frozen = { rows, columns }), [rows, columns], 7);
    return {
      freezeRows: (count = 1) => freeze(count, 0),
      freezeColumns: (count = 1) => freeze(0, count),
      freezeAt: (frozen: string) => {
        const reference = area(frozen);
        freeze(reference.bottom + 1, reference.right + 1);
      },
      unfreeze: () => freeze(0, 0),
    };
  }

  /** ExcelApi 1.9. */
  get pageLayout() {
    const set = (name: string, value: unknown) =>
      this.call(() => (this.resolve()!.pageLayout[name] = value), value, 9);
    return {
      set orientation(value: string) {
        set('orientation', value);
      },
      set paperSize(value: string) {
        set('paperSize', value);
      },
      set zoom(value: Record<string, unknown>) {
        set('zoom', value);
      },
      setPrintTitleRows: (rows: string) => set('printTitleRows', rows),
    };
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected list(): FakeWorksheet[] {
    return this.context.state.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.active);
  }

  /** ExcelApi 1.9: `worksheets.onChanged` (events.ts). */
  get onChanged(): FakeEventSource {
    return new FakeEventSource(this.context, this.context.state.changedHandlers);
  }

  /** By name or by id, as in Office.js. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = findSheetByKey(this.context.state.sheets, name);
      if (!sheet) throw officeError('ItemNotFound', 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => findSheetByKey(this.context.state.sheets, name) ?? null,
    );
  }

  /** Fails at sync on a name Excel refuses or one already taken (compared without case). */
  add(name?: string): FakeWorksheet {
    const { state } = this.context;
    const wanted = name ?? `Sheet${state.sheets.length + 1}`;
    this.call(() => {
      if (wanted.trim() === '' || wanted.length > 31 || INVALID_NAME.test(wanted)) {
        throw officeError('InvalidArgument', 'WorksheetCollection.add');
      }
      if (findSheet(state.sheets, wanted)) {
        throw officeError('ItemAlreadyExists', 'WorksheetCollection.add');
      }
      state.sheets.push(emptySheet(wanted));
    }, wanted);
    return this.getItem(wanted);
  }
}
