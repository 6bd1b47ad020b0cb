/**
 * Splices planned cell writes and row heights into `<sheetData>`. Rows are walked once, without
 * looking inside the rows no edit touches, and the walk stops after the last touched row, so a
 * thousand edits in a 30 000-row sheet cost one pass and one copy. Missing rows and cells are
 * created in order; every untouched byte stays as it was.
 */
import type { CellStyle, CellWrite } from '../../core/plan/editPlan';
import { cellAddress } from '../../core/workbook/address';
import { elementOf, localName, nextTag, prefixOf, type Tag, type XmlElement } from './xmlScanner';
import { attributesOf, attributeText, setAttributes, unescapeXml } from './xmlText';
import { TextSplicer } from './textSplicer';
import { cellXml, type CellContext } from './cellXml';
import { columnOfCell } from './cellRange';

export interface CellChange {
  write?: CellWrite;
  style?: CellStyle;
}

export interface SheetDataChanges {
  /** 0-based row → 0-based column → change. */
  cells: Map<number, Map<number, CellChange>>;
  /** 0-based row → height in points. */
  rowHeights: Map<number, number>;
}

export interface SheetDataContext extends CellContext {
  styleFor(base: number, style: CellStyle): number;
  /** The style a new cell in this column takes (the column's `<col style>`), 0 when none. */
  columnStyle(column: number): number;
}

/** A shared formula whose carrying cell was overwritten: its other cells need their own text. */
export interface LostSharedFormula {
  si: string;
  formula: string;
  row: number;
  column: number;
}

export interface SheetDataResult {
  xml: string;
  /** A formula cell was overwritten (the calculation chain then lists a cell that has none). */
  replacedFormula: boolean;
  lostShared: LostSharedFormula[];
  /** Cells that now hold an element, for `<dimension>`. */
  written: { row: number; column: number }[];
}

export function patchSheetData(
  xml: string,
  sheetData: XmlElement,
  changes: SheetDataChanges,
  context: SheetDataContext,
): SheetDataResult {
  const patcher = new SheetDataPatcher(xml, sheetData, changes, context);
  return patcher.run();
}

interface CellSpot {
  start: number;
  tagEnd: number;
  end: number;
  column: number;
}

class SheetDataPatcher {
  private readonly splicer: TextSplicer;
  private readonly prefix: string;
  private replacedFormula = false;
  private readonly lostShared: LostSharedFormula[] = [];
  private readonly written: { row: number; column: number }[] = [];

  constructor(
    private readonly xml: string,
    private readonly sheetData: XmlElement,
    private readonly changes: SheetDataChanges,
    private readonly context: SheetDataContext,
  ) {
    this.splicer = new TextSplicer(xml);
    this.prefix = prefixOf(sheetData.name);
  }

  run(): SheetDataResult {
    const { xml, sheetData } = this;
    const touched = [
      ...new Set([...this.changes.cells.keys(), ...this.changes.rowHeights.keys()]),
    ].sort((a, b) => a - b);
    let next = 0;
    let previousRow = 0;
    let pos = sheetData.openEnd;
    while (next < touched.length && !sheetData.selfClosing) {
      const tag = nextTag(xml, pos, sheetData.closeStart);
      if (!tag) break;
      if (tag.kind === 'other' || tag.kind === 'close') {
        pos = tag.end;
        continue;
      }
      if (localName(tag.name) !== 'row') {
        pos = elementOf(xml, tag).end;
        continue;
      }
      const end =
        tag.kind === 'empty'
          ? tag.end
          : xml.indexOf(`</${tag.name}>`, tag.end) + tag.name.length + 3;
      const rowNumber = Number(
        /\sr\s*=\s*["'](\d+)["']/.exec(xml.slice(tag.start, tag.end))?.[1] ?? previousRow + 1,
      );
      previousRow = rowNumber;
      while (next < touched.length && touched[next] < rowNumber - 1) {
        this.splicer.insert(tag.start, this.newRow(touched[next++]));
      }
      if (next < touched.length && touched[next] === rowNumber - 1)
        this.patchRow(tag, end, touched[next++]);
      pos = end;
    }
    const rest = touched
      .slice(next)
      .map((row) => this.newRow(row))
      .join('');
    if (rest && sheetData.selfClosing) {
      this.splicer.replace(
        sheetData.start,
        sheetData.end,
        `<${sheetData.name}>${rest}</${sheetData.name}>`,
      );
    } else if (rest) this.splicer.insert(sheetData.closeStart, rest);
    return {
      xml: this.splicer.apply(),
      replacedFormula: this.replacedFormula,
      lostShared: this.lostShared,
      written: this.written,
    };
  }

  private name(local: string): string {
    return `${this.prefix}${local}`;
  }

  private editsOf(row: number): [number, CellChange][] {
    return [...(this.changes.cells.get(row) ?? new Map<number, CellChange>())].sort(
      (a, b) => a[0] - b[0],
    );
  }

  private newRow(row: number): string {
    const cells = this.editsOf(row)
      .map(([column, change]) =>
        this.newCell(row, column, change, this.context.columnStyle(column)),
      )
      .join('');
    const height = this.changes.rowHeights.get(row);
    const attributes = attributeText({
      r: row + 1,
      ht: height,
      customHeight: height === undefined ? undefined : 1,
    });
    const name = this.name('row');
    return cells ? `<${name}${attributes}>${cells}</${name}>` : `<${name}${attributes}/>`;
  }

  private newCell(row: number, column: number, change: CellChange, baseStyle: number): string {
    const style = change.style ? this.context.styleFor(baseStyle, change.style) : baseStyle;
    const address = cellAddress(row, column);
    const text = change.write
      ? cellXml(address, style, change.write, this.context)
      : style === 0
        ? ''
        : `<${this.name('c')}${attributeText({ r: address, s: style })}/>`;
    if (text) this.written.push({ row, column });
    return text;
  }

  private patchRow(tag: Tag, end: number, row: number): void {
    const { xml } = this;
    const startTag = xml.slice(tag.start, tag.end);
    const attributes = attributesOf(startTag);
    const customFormat = attributes.get('customFormat');
    const rowStyle =
      customFormat === '1' || customFormat === 'true'
        ? Number(attributes.get('s') ?? 0)
        : undefined;
    const closeStart = tag.kind === 'empty' ? tag.end : end - tag.name.length - 3;
    const cells = tag.kind === 'empty' ? [] : this.cellsOf(tag.end, closeStart);
    const inserted: { at: number; text: string; column: number }[] = [];
    let index = 0;
    for (const [column, change] of this.editsOf(row)) {
      while (index < cells.length && cells[index].column < column) index++;
      const cell = cells[index];
      if (cell && cell.column === column) {
        this.replaceCell(cell, row, change);
        continue;
      }
      const text = this.newCell(row, column, change, rowStyle ?? this.context.columnStyle(column));
      const at = cell ? cell.start : cells.length ? cells[cells.length - 1].end : tag.end;
      if (text) inserted.push({ at, text, column });
    }
    const newStartTag = this.rowStartTag(
      startTag,
      row,
      inserted.map((i) => i.column),
    );
    if (tag.kind === 'empty' && inserted.length) {
      const open = newStartTag.replace(/\s*\/>$/, '>');
      this.splicer.replace(
        tag.start,
        tag.end,
        `${open}${inserted.map((i) => i.text).join('')}</${tag.name}>`,
      );
      return;
    }
    if (newStartTag !== startTag) this.splicer.replace(tag.start, tag.end, newStartTag);
    for (const { at, text } of inserted) this.splicer.insert(at, text);
  }

  private rowStartTag(startTag: string, row: number, columns: number[]): string {
    const changes: Record<string, string | undefined> = {};
    const height = this.changes.rowHeights.get(row);
    if (height !== undefined) Object.assign(changes, { ht: String(height), customHeight: '1' });
    const spans = /^(\d+):(\d+)$/.exec(attributesOf(startTag).get('spans') ?? '');
    if (spans && columns.length) {
      const low = Math.min(Number(spans[1]), ...columns.map((c) => c + 1));
      const high = Math.max(Number(spans[2]), ...columns.map((c) => c + 1));
      changes.spans = `${low}:${high}`;
    }
    return Object.keys(changes).length ? setAttributes(startTag, changes) : startTag;
  }

  private cellsOf(from: number, to: number): CellSpot[] {
    const { xml } = this;
    const cells: CellSpot[] = [];
    let column = -1;
    let pos = from;
    for (let tag = nextTag(xml, pos, to); tag; tag = nextTag(xml, pos, to)) {
      if (tag.kind !== 'open' && tag.kind !== 'empty') {
        pos = tag.end;
        continue;
      }
      const element = elementOf(xml, tag);
      pos = element.end;
      if (element.local !== 'c') continue;
      const reference = /\sr\s*=\s*["']([A-Za-z]+)\d+["']/.exec(xml.slice(tag.start, tag.end));
      column = reference ? columnOfCell(reference[1]) : column + 1;
      cells.push({ start: element.start, tagEnd: element.openEnd, end: element.end, column });
    }
    return cells;
  }

  private replaceCell(cell: CellSpot, row: number, change: CellChange): void {
    const { xml } = this;
    const startTag = xml.slice(cell.start, cell.tagEnd);
    const present = Number(attributesOf(startTag).get('s') ?? 0);
    const style = change.style ? this.context.styleFor(present, change.style) : present;
    if (!change.write) {
      this.splicer.replace(
        cell.start,
        cell.tagEnd,
        setAttributes(startTag, { s: style ? String(style) : undefined }),
      );
      this.written.push({ row, column: cell.column });
      return;
    }
    const inner = xml.slice(cell.tagEnd, cell.end);
    const formula = /<((?:\w+:)?f)(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/\1>)/.exec(inner);
    if (formula) {
      this.replacedFormula = true;
      const attributes = attributesOf(`<f${formula[2] ?? ''}>`);
      if (attributes.get('t') === 'shared' && attributes.has('ref') && formula[3]) {
        this.lostShared.push({
          si: attributes.get('si') ?? '',
          formula: unescapeXml(formula[3]),
          row,
          column: cell.column,
        });
      }
    }
    const text = cellXml(cellAddress(row, cell.column), style, change.write, this.context);
    if (text) this.written.push({ row, column: cell.column });
    this.splicer.replace(cell.start, cell.end, text);
  }
}
