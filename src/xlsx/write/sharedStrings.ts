/**
 * The shared string table. Text cells point into it; new strings are appended (existing indexes
 * never move) and a string already present as plain text is reused.
 */
import type { XlsxPackage } from './xlsxPackage';
import { relativeTarget } from './xlsxPackage';
import { addRelationship, readRelationships, relationshipTypes } from './relationships';
import { addOverride, contentTypes } from './contentTypes';
import { innerXml, rootElement, startTagOf } from './xmlScanner';
import { attributesOf, escapeCellText, setAttributes, unescapeXml } from './xmlText';
import { replaceRange, qualified } from './schemaOrder';

const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export class SharedStrings {
  private path: string | undefined;
  private readonly known = new Map<string, number>();
  private readonly added: string[] = [];
  private count = 0;
  private references = 0;
  private loaded = false;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly workbookPath: string,
  ) {}

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const rel = readRelationships(this.pkg, this.workbookPath).find(
      (r) => r.type === relationshipTypes.sharedStrings,
    );
    if (!rel || !this.pkg.has(rel.part)) return;
    this.path = rel.part;
    const xml = this.pkg.text(rel.part);
    const root = rootElement(xml);
    // One pass with a pattern rather than an element walk: a large table has 100 000 items.
    const items = /<((?:\w+:)?si)\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1>)/g;
    items.lastIndex = root.openEnd;
    let index = 0;
    for (let item = items.exec(xml); item; item = items.exec(xml), index++) {
      const plain = /^<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>$/.exec(item[2] ?? '');
      // Text with `_xHHHH_` escapes is not matched, rather than decoded half-right.
      if (!plain || plain[1].includes('_x')) continue;
      const text = unescapeXml(plain[1]);
      if (!this.known.has(text)) this.known.set(text, index);
    }
    this.count = index;
  }

  indexOf(text: string): number {
    this.load();
    this.references++;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    const index = this.count + this.added.length;
    this.added.push(text);
    this.known.set(text, index);
    return index;
  }

  /** Writes the table when strings were added, creating the part if the workbook had none. */
  save(): void {
    if (this.added.length === 0) return;
    if (!this.path) this.create();
    const xml = this.pkg.text(this.path!);
    const root = rootElement(xml);
    const items = this.added
      .map((text) => siXml(qualified(root, 'si'), qualified(root, 't'), text))
      .join('');
    const attributes = attributesOf(startTagOf(xml, root));
    const uniqueCount = this.count + this.added.length;
    const count = Math.max(Number(attributes.get('count') ?? 0) + this.references, uniqueCount);
    const openTag = setAttributes(startTagOf(xml, root).replace(/\s*\/>$/, '>'), {
      count: String(count),
      uniqueCount: String(uniqueCount),
    });
    const inner = root.selfClosing ? '' : innerXml(xml, root);
    this.pkg.setText(
      this.path!,
      replaceRange(xml, root.start, root.end, `${openTag}${inner}${items}</${root.name}>`),
    );
  }

  private create(): void {
    this.path = 'xl/sharedStrings.xml';
    this.pkg.setText(
      this.path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${mainNs}" count="0" uniqueCount="0"/>`,
    );
    addRelationship(
      this.pkg,
      this.workbookPath,
      relationshipTypes.sharedStrings,
      relativeTarget(this.workbookPath, this.path),
    );
    addOverride(this.pkg, this.path, contentTypes.sharedStrings);
  }
}

export function siXml(si: string, t: string, text: string): string {
  const preserve = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : '';
  return `<${si}><${t}${preserve}>${escapeCellText(text)}</${t}></${si}>`;
}
