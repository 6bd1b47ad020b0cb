/**
 * The journal as XML, the one format every host reads and writes (DESIGN.md §5): Office.js
 * reads it through `workbook.customXmlParts`, the .xlsx writer keeps it as a custom XML part.
 * Pure core: a tiny escaper and parser, no DOM.
 *
 *   <journal xmlns="urn:htx-plan:journal:1">
 *     <entry kind="mark" action="…" at="…" sheet="PL I" cell="G13"><previousFill pattern="none"/></entry>
 *     <entry kind="write" …><previous kind="text">=1+1</previous><written kind="number">2</written></entry>
 *     <entry kind="undone" action="…" at="…"><skipped>'PL I'!G13</skipped></entry>
 *   </journal>
 *
 * Free text (cell values, reasons) goes in element content, a previous style as JSON; entries of a kind this version does
 * not know are skipped when read, so an older host still reads a newer journal.
 */
import type { CellStyle, CellWrite, Fill } from './editPlan';
import { journalNamespace, type JournalEntry } from './journal';

export function journalToXml(entries: JournalEntry[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<journal xmlns="${journalNamespace}">${entries.map(journalEntryXml).join('')}</journal>`
  );
}

export function journalEntryXml(entry: JournalEntry): string {
  const common = { kind: entry.kind, action: entry.action, at: entry.at };
  switch (entry.kind) {
    case 'mark':
      return element(
        'entry',
        { ...common, sheet: entry.sheet, cell: entry.cell },
        fillXml(entry.previousFill),
      );
    case 'write':
      return element(
        'entry',
        { ...common, sheet: entry.sheet, cell: entry.cell },
        writeXml('previous', entry.previous) +
          (entry.written ? writeXml('written', entry.written) : '') +
          (entry.previousStyle
            ? element(
                'previousStyle',
                { format: 'json' },
                escape(JSON.stringify(entry.previousStyle)),
              )
            : ''),
      );
    case 'validation':
      return element(
        'entry',
        { ...common, sheet: entry.sheet },
        entry.ranges.map((r) => element('range', {}, escape(r))).join(''),
      );
    case 'sheet':
      return element('entry', { ...common, sheet: entry.sheet }, '');
    case 'accepted':
      return element(
        'entry',
        { ...common, rule: entry.rule, sheet: entry.sheet, cell: entry.cell },
        element('reason', {}, escape(entry.reason)),
      );
    case 'undone':
      return element(
        'entry',
        common,
        (entry.skipped ?? []).map((cell) => element('skipped', {}, escape(cell))).join(''),
      );
  }
}

function fillXml(fill: Fill): string {
  return element(
    'previousFill',
    fill.pattern === 'solid' ? { pattern: 'solid', color: fill.color } : { pattern: 'none' },
    '',
  );
}

function writeXml(name: string, write: CellWrite): string {
  switch (write.kind) {
    case 'number':
      return element(name, { kind: 'number' }, String(write.value));
    case 'text':
      return element(name, { kind: 'text' }, escape(write.value));
    case 'boolean':
      return element(name, { kind: 'boolean' }, String(write.value));
    case 'formula':
      return element(name, { kind: 'formula' }, escape(write.formula));
    case 'blank':
      return element(name, { kind: 'blank' }, '');
  }
}

function element(name: string, attributes: Record<string, string>, content: string): string {
  const text = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escape(value, true)}"`)
    .join('');
  return content ? `<${name}${text}>${content}</${name}>` : `<${name}${text}/>`;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** In attributes, line breaks and tabs are escaped too: a parser would turn them into spaces. */
function escape(text: string, attribute = false): string {
  return text.replace(attribute ? /[&<>"'\r\n\t]/g : /[&<>\r]/g, (ch) => escapes[ch]);
}

export class JournalXmlError extends Error {
  constructor(message: string) {
    super(`Not an htx-plan journal: ${message}`);
    this.name = 'JournalXmlError';
  }
}

export function journalFromXml(xml: string): JournalEntry[] {
  const root = parseXml(xml);
  const prefix = root.name.includes(':') ? `xmlns:${root.name.split(':')[0]}` : 'xmlns';
  if (localOf(root.name) !== 'journal' || root.attributes.get(prefix) !== journalNamespace) {
    throw new JournalXmlError(`root <${root.name}> is not in ${journalNamespace}`);
  }
  return root.children.filter((c) => localOf(c.name) === 'entry').flatMap((c) => entryOf(c) ?? []);
}

function entryOf(node: XmlNode): JournalEntry | undefined {
  const a = (name: string) => node.attributes.get(name);
  const child = (name: string) => node.children.find((c) => localOf(c.name) === name);
  const action = a('action');
  const at = a('at');
  const sheet = a('sheet');
  const cell = a('cell');
  if (action === undefined || at === undefined) return undefined;
  if (a('kind') === 'undone') {
    const skipped = node.children.filter((c) => localOf(c.name) === 'skipped').map((c) => c.text);
    return { kind: 'undone', action, at, ...(skipped.length ? { skipped } : {}) };
  }
  if (sheet === undefined) return undefined;
  const base = { action, at, sheet };
  switch (a('kind')) {
    case 'mark': {
      const fill = child('previousFill');
      const color = fill?.attributes.get('color');
      if (cell === undefined || !fill) return undefined;
      const previousFill: Fill =
        fill.attributes.get('pattern') === 'solid' && color
          ? { pattern: 'solid', color }
          : { pattern: 'none' };
      return { kind: 'mark', ...base, cell, previousFill };
    }
    case 'write': {
      const previous = child('previous');
      const write = previous && writeOf(previous);
      if (cell === undefined || !write) return undefined;
      const written = child('written');
      const writtenWrite = written && writeOf(written);
      const style = child('previousStyle');
      return {
        kind: 'write',
        ...base,
        cell,
        previous: write,
        ...(writtenWrite ? { written: writtenWrite } : {}),
        ...(style ? { previousStyle: styleOf(style.text) } : {}),
      };
    }
    case 'validation':
      return {
        kind: 'validation',
        ...base,
        ranges: node.children.filter((c) => localOf(c.name) === 'range').map((c) => c.text),
      };
    case 'sheet':
      return { kind: 'sheet', ...base };
    case 'accepted': {
      const rule = a('rule');
      if (rule === undefined || cell === undefined) return undefined;
      return { kind: 'accepted', ...base, rule, cell, reason: child('reason')?.text ?? '' };
    }
    default:
      return undefined;
  }
}

function styleOf(json: string): CellStyle {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as CellStyle) : {};
  } catch {
    return {};
  }
}

function writeOf(node: XmlNode): CellWrite | undefined {
  switch (node.attributes.get('kind')) {
    case 'number':
      return { kind: 'number', value: Number(node.text) };
    case 'text':
      return { kind: 'text', value: node.text };
    case 'boolean':
      return { kind: 'boolean', value: node.text === 'true' };
    case 'formula':
      return { kind: 'formula', formula: node.text };
    case 'blank':
      return { kind: 'blank' };
    default:
      return undefined;
  }
}

interface XmlNode {
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
  /** The element's own text content (not its descendants'). */
  text: string;
}

function localOf(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (whole, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(
        code[1] === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    const value = entities[code];
    if (value === undefined) throw new JournalXmlError(`unknown entity ${whole}`);
    return value;
  });
}

/** A small, strict parser for the journal: elements, attributes, text, CDATA, comments. */
export function parseXml(xml: string): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length) stack[stack.length - 1].text += unescape(text);
      else if (text.trim()) throw new JournalXmlError('text outside the root element');
    }
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) i = required(xml.indexOf('-->', lt), 'comment') + 3;
    else if (xml.startsWith('<?', lt)) i = required(xml.indexOf('?>', lt), 'declaration') + 2;
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = required(xml.indexOf(']]>', lt), 'CDATA');
      if (stack.length) stack[stack.length - 1].text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) i = required(xml.indexOf('>', lt), 'declaration') + 1;
    else if (xml[lt + 1] === '/') {
      const end = required(xml.indexOf('>', lt), 'end tag');
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new JournalXmlError(`unexpected </${name}>`);
      i = end + 1;
    } else {
      const match = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
        xml.slice(lt, lt + 65536),
      );
      if (!match) throw new JournalXmlError(`bad tag at ${lt}`);
      const attributes = new Map<string, string>();
      for (const m of match[2].matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes.set(m[1], unescape(m[2] ?? m[3]));
      }
      const node: XmlNode = { name: match[1], attributes, children: [], text: '' };
      if (stack.length) stack[stack.length - 1].children.push(node);
      else if (root) throw new JournalXmlError('two root elements');
      else root = node;
      if (!match[3]) stack.push(node);
      i = lt + match[0].length;
    }
  }
  if (!root || stack.length) throw new JournalXmlError('unclosed or missing root element');
  return root;
}

function required(index: number, what: string): number {
  if (index < 0) throw new JournalXmlError(`unterminated ${what}`);
  return index;
}
