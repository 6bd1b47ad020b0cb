/**
 * Escaping, unescaping and start-tag attribute edits. Attribute edits rewrite one start tag and
 * keep its other attributes as written, in their order.
 */

const textEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
const attributeEscapes: Record<string, string> = {
  ...textEscapes,
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Characters XML 1.0 cannot carry at all; SpreadsheetML writes them as `_xHHHH_`. */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (ch) => textEscapes[ch]);
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"'\r\n\t]/g, (ch) => attributeEscapes[ch]);
}

/**
 * Cell text in SpreadsheetML (ECMA-376 Part 1 §22.9.2.19 ST_Xstring): control characters become
 * `_xHHHH_`, and a literal `_xHHHH_` gets its underscore escaped so Excel does not decode it.
 */
export function escapeCellText(text: string): string {
  const encoded = text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(
      forbidden,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
  return escapeText(encoded);
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, code: string) => {
    if (code[0] !== '#') return named[code] ?? whole;
    const point = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return String.fromCodePoint(point);
  });
}

const attributePattern = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const spacedAttributePattern = /(\s+)([^\s=/<>]+)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** The attributes of a start tag, values unescaped. */
export function attributesOf(startTag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = startTag.slice(1 + tagNameLength(startTag));
  for (const match of body.matchAll(attributePattern)) {
    attributes.set(match[1], unescapeXml(match[2] ?? match[3]));
  }
  return attributes;
}

export function attributeOf(startTag: string, name: string): string | undefined {
  return attributesOf(startTag).get(name);
}

function tagNameLength(startTag: string): number {
  const match = /^<([^\s/>]+)/.exec(startTag);
  return match ? match[1].length : 0;
}

/**
 * Sets (or, with `undefined`, removes) attributes on a start tag. Existing attributes keep
 * their place; new ones go at the end.
 */
export function setAttributes(
  startTag: string,
  changes: Record<string, string | undefined>,
): string {
  const nameEnd = 1 + tagNameLength(startTag);
  const selfClosing = startTag.endsWith('/>');
  const bodyEnd = startTag.length - (selfClosing ? 2 : 1);
  const pending = new Map(Object.entries(changes));
  let body = startTag
    .slice(nameEnd, bodyEnd)
    .replace(spacedAttributePattern, (whole, space: string, name: string) => {
      if (!pending.has(name)) return whole;
      const value = pending.get(name);
      pending.delete(name);
      return value === undefined ? '' : `${space}${name}="${escapeAttribute(value)}"`;
    });
  for (const [name, value] of pending) {
    if (value !== undefined) body += ` ${name}="${escapeAttribute(value)}"`;
  }
  body = body.replace(/\s+$/, '');
  return `${startTag.slice(0, nameEnd)}${body}${selfClosing ? '/>' : '>'}`;
}

/** Serialises attributes in the given order, skipping undefined values. */
export function attributeText(attributes: Record<string, string | number | undefined>): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) text += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}
