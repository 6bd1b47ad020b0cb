/** Range.format and its parts: reads give the range's common setting or null, writes reach every cell. */
import { columnLetters } from '../../../src/core/workbook/address';
import type { FakeContext } from './context';
import { FakeObject } from './fakeObject';
import { eachCell, type CellFormat } from './state';
import type { Target } from './range';

type Resolve = () => Target | null;

const DEFAULT_FILL = { color: '#FFFFFF', pattern: 'None' };
const DEFAULT_FONT: Record<string, unknown> = {
  name: 'Calibri',
  size: 11,
  bold: false,
  italic: false,
  underline: 'None',
  color: '#000000',
};

function formatsOf(resolve: Resolve): CellFormat[] {
  const target = resolve();
  if (!target) return [];
  const list: CellFormat[] = [];
  eachCell(target.area, (key) => {
    let format = target.sheet.formats.get(key);
    if (!format) target.sheet.formats.set(key, (format = {}));
    list.push(format);
  });
  return list;
}

/** The value every cell shares, else null (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values). */
function common(values: unknown[]): unknown {
  const first = JSON.stringify(values[0]);
  return values.every((value) => JSON.stringify(value) === first) ? values[0] : null;
}

abstract class FormatPart extends FakeObject {
  constructor(
    context: FakeContext,
    protected readonly resolve: Resolve,
  ) {
    super(context);
  }
  protected override exists(): boolean {
    return this.resolve() !== null;
  }
  protected read(pick: (format: CellFormat) => unknown): unknown {
    return common(formatsOf(this.resolve).map(pick));
  }
  protected write(name: string, value: unknown, apply: (format: CellFormat) => void, api?: number) {
    this.setProperty(name, value, () => formatsOf(this.resolve).forEach(apply), api);
  }
}

export class FakeRangeFill extends FormatPart {
  protected readonly properties = ['color', 'pattern'] as const;
  protected readProperty(name: 'color' | 'pattern'): unknown {
    return this.read((format) => (format.fill ?? DEFAULT_FILL)[name]);
  }
  get color(): string {
    return this.get('color');
  }
  set color(color: string) {
    this.write('color', color, (format) => (format.fill = { color, pattern: 'Solid' }));
  }
  get pattern(): string {
    return this.get('pattern');
  }
  clear(): void {
    this.call(() => formatsOf(this.resolve).forEach((format) => delete format.fill));
  }
}

export class FakeRangeFont extends FormatPart {
  protected readonly properties = Object.keys(DEFAULT_FONT);
  protected readProperty(name: string): unknown {
    return this.read((format) => format.font?.[name] ?? DEFAULT_FONT[name]);
  }
  constructor(context: FakeContext, resolve: Resolve) {
    super(context, resolve);
    for (const name of this.properties) {
      Object.defineProperty(this, name, {
        get: () => this.get(name),
        set: (value: unknown) =>
          this.write(name, value, (format) => (format.font = { ...format.font, [name]: value })),
      });
    }
  }
}

export class FakeRangeBorder extends FormatPart {
  protected readonly properties = ['style', 'weight'] as const;
  constructor(
    context: FakeContext,
    resolve: Resolve,
    private readonly side: string,
  ) {
    super(context, resolve);
  }
  protected readProperty(name: 'style' | 'weight'): unknown {
    return this.read(
      (format) => format.borders?.[this.side]?.[name] ?? (name === 'style' ? 'None' : 'Thin'),
    );
  }
  private update(name: 'style' | 'weight', value: string) {
    this.write(name, value, (format) => {
      const borders = (format.borders ??= {});
      borders[this.side] = { ...borders[this.side], [name]: value };
    });
  }
  set style(value: string) {
    this.update('style', value);
  }
  set weight(value: string) {
    this.update('weight', value);
  }
}

export class FakeRangeBorders {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: Resolve,
  ) {}
  getItem(side: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.resolve, side);
  }
}

const ALIGNMENT = ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'indentLevel'];

export class FakeRangeFormat extends FormatPart {
  protected readonly properties = [...ALIGNMENT, 'columnWidth', 'rowHeight'];
  readonly fill = new FakeRangeFill(this.context, this.resolve);
  readonly font = new FakeRangeFont(this.context, this.resolve);
  readonly borders = new FakeRangeBorders(this.context, this.resolve);

  constructor(context: FakeContext, resolve: Resolve) {
    super(context, resolve);
    for (const name of ALIGNMENT) {
      Object.defineProperty(this, name, {
        get: () => this.get(name),
        set: (value: unknown) =>
          this.write(name, value, (f) => (f.alignment = { ...f.alignment, [name]: value })),
      });
    }
  }

  protected override child(name: string): FakeObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  protected readProperty(name: string): unknown {
    const target = this.resolve()!;
    if (name === 'columnWidth')
      return target.sheet.columnWidths.get(columnLetters(target.area.left)) ?? 48;
    if (name === 'rowHeight') return target.sheet.rowHeights.get(target.area.top + 1) ?? 15;
    return this.read((format) => format.alignment?.[name] ?? null);
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }
  /** In points (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member). */
  set columnWidth(points: number) {
    this.setProperty('columnWidth', points, () => {
      const { sheet, area } = this.resolve()!;
      for (let c = area.left; c <= area.right; c++)
        sheet.columnWidths.set(columnLetters(c), points);
    });
  }
  get rowHeight(): number {
    return this.get('rowHeight');
  }
  set rowHeight(points: number) {
    this.setProperty('rowHeight', points, () => {
      const { sheet, area } = this.resolve()!;
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r + 1, points);
    });
  }
}
