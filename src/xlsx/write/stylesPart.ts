/**
 * `xl/styles.xml`: merges a CellStyle into a cell's present format (its cellXfs entry) and
 * returns the index of the result. New fonts, fills, borders, number formats and xfs are
 * appended; existing indexes never move, and an identical existing entry is reused, so putting
 * a cell's previous fill back gives back its original index.
 */
import type { CellStyle } from '../../core/plan/editPlan';
import type { XlsxPackage } from './xlsxPackage';
import { relativeTarget } from './xlsxPackage';
import { addRelationship, readRelationships, relationshipTypes } from './relationships';
import { addOverride, contentTypes } from './contentTypes';
import { childElements, childNamed, rootElement, startTagOf } from './xmlScanner';
import { setAttributes } from './xmlText';
import { insertChild, qualified, replaceRange, styleSheetOrder } from './schemaOrder';
import {
  attribute,
  canonicalKey,
  child,
  node,
  parseStyleNode,
  styleNodeXml,
  withChild,
  type StyleNode,
} from './styleTree';
import { builtInNumberFormats, firstCustomNumberFormatId } from './numberFormats';
import { mergeXf, xfDefaults } from './mergeXf';

type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const collections: Collection[] = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'];

interface Entries {
  nodes: StyleNode[];
  keys: Map<string, number>;
  added: StyleNode[];
}

const minimalStyles =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export class StylesPart {
  private path = '';
  private prefix = '';
  private entries: Record<Collection, Entries> | undefined;
  private readonly merged = new Map<string, number>();

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly workbookPath: string,
  ) {}

  /** The cellXfs index of `base` with `style` merged in. */
  styleFor(base: number, style: CellStyle): number {
    const memo = `${base}|${JSON.stringify(style)}`;
    const known = this.merged.get(memo);
    if (known !== undefined) return known;
    const entries = this.load();
    const xf = entries.cellXfs.nodes[base] ?? entries.cellXfs.nodes[0] ?? defaultXf(this.prefix);
    const index = this.intern('cellXfs', mergeXf(xf, style, this));
    this.merged.set(memo, index);
    return index;
  }

  /** Index of an entry equal to `node` in a collection, appending it when there is none. */
  intern(collection: Exclude<Collection, 'numFmts'>, node: StyleNode): number {
    const entries = this.load()[collection];
    const key = keyOf(collection, node);
    const found = entries.keys.get(key);
    if (found !== undefined) return found;
    const index = entries.nodes.length;
    entries.nodes.push(node);
    entries.added.push(node);
    entries.keys.set(key, index);
    return index;
  }

  node(collection: 'fonts' | 'borders', index: number): StyleNode {
    const entries = this.load()[collection];
    return entries.nodes[index] ?? entries.nodes[0];
  }

  name(local: string): string {
    return `${this.prefix}${local}`;
  }

  numberFormatId(code: string): number {
    const builtIn = builtInNumberFormats[code];
    if (builtIn !== undefined) return builtIn;
    const entries = this.load().numFmts;
    const found = entries.keys.get(code);
    if (found !== undefined) return found;
    const used = entries.nodes.map((entry) => Number(attribute(entry, 'numFmtId')) || 0);
    const id = Math.max(firstCustomNumberFormatId - 1, ...used) + 1;
    const entry = node(this.name('numFmt'), { numFmtId: String(id), formatCode: code });
    entries.nodes.push(entry);
    entries.added.push(entry);
    entries.keys.set(code, id);
    return id;
  }

  /** The number format code of a cellXfs entry, for tests and callers that display it. */
  numberFormatOf(xfIndex: number): string | undefined {
    const entries = this.load();
    const id = Number(
      attribute(entries.cellXfs.nodes[xfIndex] ?? entries.cellXfs.nodes[0], 'numFmtId') ?? 0,
    );
    const custom = entries.numFmts.nodes.find((n) => Number(attribute(n, 'numFmtId')) === id);
    return custom
      ? attribute(custom, 'formatCode')
      : Object.keys(builtInNumberFormats).find((k) => builtInNumberFormats[k] === id);
  }

  private load(): Record<Collection, Entries> {
    if (this.entries) return this.entries;
    const rel = readRelationships(this.pkg, this.workbookPath).find(
      (r) => r.type === relationshipTypes.styles,
    );
    if (rel && this.pkg.has(rel.part)) this.path = rel.part;
    else this.create();
    const xml = this.pkg.text(this.path);
    const root = rootElement(xml);
    this.prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
    const entries = {} as Record<Collection, Entries>;
    for (const collection of collections) {
      const element = childNamed(xml, root, collection);
      const nodes = element ? childElements(xml, element).map((e) => parseStyleNode(xml, e)) : [];
      const keys = new Map<string, number>();
      nodes.forEach((node, index) => {
        const key =
          collection === 'numFmts'
            ? (attribute(node, 'formatCode') ?? '')
            : keyOf(collection, node);
        const value = collection === 'numFmts' ? Number(attribute(node, 'numFmtId')) : index;
        if (!keys.has(key)) keys.set(key, value);
      });
      entries[collection] = { nodes, keys, added: [] };
    }
    this.entries = entries;
    return entries;
  }

  private create(): void {
    this.path = 'xl/styles.xml';
    this.pkg.setText(this.path, minimalStyles);
    addRelationship(
      this.pkg,
      this.workbookPath,
      relationshipTypes.styles,
      relativeTarget(this.workbookPath, this.path),
    );
    addOverride(this.pkg, this.path, contentTypes.styles);
  }

  /** Appends the new entries to their collections and updates the counts. */
  save(): void {
    if (!this.entries) return;
    let xml = this.pkg.text(this.path);
    for (const collection of collections) {
      const { added, nodes } = this.entries[collection];
      if (added.length === 0) continue;
      const root = rootElement(xml);
      const element = childNamed(xml, root, collection);
      const items = added.map(styleNodeXml).join('');
      if (!element) {
        const name = qualified(root, collection);
        xml = insertChild(
          xml,
          root,
          collection,
          `<${name} count="${nodes.length}">${items}</${name}>`,
          styleSheetOrder,
        );
        continue;
      }
      const openTag = setAttributes(startTagOf(xml, element).replace(/\s*\/>$/, '>'), {
        count: String(nodes.length),
      });
      const inner = element.selfClosing ? '' : xml.slice(element.openEnd, element.closeStart);
      xml = replaceRange(
        xml,
        element.start,
        element.end,
        `${openTag}${inner}${items}</${element.name}>`,
      );
    }
    this.pkg.setText(this.path, xml);
  }
}

function keyOf(collection: Collection, node: StyleNode): string {
  if (collection === 'fills') return canonicalKey(withoutSolidBackground(node));
  return canonicalKey(node, collection === 'cellXfs' ? xfDefaults : {});
}

/** A solid fill shows only its foreground colour; producers differ in the background they write. */
function withoutSolidBackground(fill: StyleNode): StyleNode {
  const pattern = child(fill, 'patternFill');
  if (!pattern || attribute(pattern, 'patternType') !== 'solid') return fill;
  return withChild(fill, 'patternFill', withChild(pattern, 'bgColor', undefined, []), []);
}

function defaultXf(prefix: string): StyleNode {
  return node(`${prefix}xf`, { numFmtId: '0', fontId: '0', fillId: '0', borderId: '0', xfId: '0' });
}
