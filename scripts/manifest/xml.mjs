// A small, strict XML parser for add-in manifests: enough of XML 1.0 + namespaces to decide
// well-formedness and to build an element tree with line and column numbers, without a new
// dependency. It rejects DOCTYPE (a manifest has none, and it avoids entity expansion tricks).
// Elements: { name, prefix, local, ns, attrs: [{ name, local, ns, value }], children, text,
// line, column }. No parent pointers, so a tree is plain JSON.

export class XmlError extends Error {
  constructor(message, line, column) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'XmlError';
    this.reason = message;
    this.line = line;
    this.column = column;
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const NAME = /[:A-Z_a-z\u00C0-\uFFFF][-.0-9:A-Z_a-z\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
// Control characters are exactly what XML 1.0 forbids here.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(text) {
  return new Parser(text).document();
}

class Parser {
  constructor(text) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.pos = 0;
    this.lineStarts = [0];
    for (let i = 0; i < this.text.length; i++) {
      if (this.text[i] === '\n') this.lineStarts.push(i + 1);
    }
  }

  where(pos = this.pos) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= pos) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: pos - this.lineStarts[low] + 1 };
  }

  fail(message, pos = this.pos) {
    const { line, column } = this.where(pos);
    throw new XmlError(message, line, column);
  }

  startsWith(s) {
    return this.text.startsWith(s, this.pos);
  }

  skipSpace() {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    const moved = SPACE.lastIndex !== this.pos;
    this.pos = SPACE.lastIndex;
    return moved;
  }

  name() {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    if (!match) this.fail('expected a name');
    this.pos = NAME.lastIndex;
    return match[0];
  }

  until(end, what) {
    const at = this.text.indexOf(end, this.pos);
    if (at < 0) this.fail(`unterminated ${what}`);
    const body = this.text.slice(this.pos, at);
    this.checkChars(body, this.pos);
    this.pos = at + end.length;
    return body;
  }

  checkChars(s, start) {
    const bad = s.search(FORBIDDEN_CHAR);
    if (bad >= 0) this.fail('character not allowed in XML', start + bad);
  }

  document() {
    if (this.startsWith('<?xml') && /[ \t\r\n?]/.test(this.text[5] ?? '')) {
      this.pos += 5;
      this.until('?>', 'XML declaration');
    }
    let root = null;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.text.length) break;
      if (this.startsWith('<!--')) this.comment();
      else if (this.startsWith('<?')) this.instruction();
      else if (this.startsWith('<!DOCTYPE')) this.fail('DOCTYPE is not allowed in a manifest');
      else if (this.text[this.pos] === '<' && !this.startsWith('</')) {
        if (root) this.fail('only one root element is allowed');
        root = this.element([{ '': '', xml: XML_NS }]);
      } else this.fail(root ? 'content after the root element' : 'expected the root element');
    }
    if (!root) this.fail('no root element');
    return root;
  }

  comment() {
    const start = this.pos;
    this.pos += 4;
    const body = this.until('-->', 'comment');
    if (body.includes('--') || body.endsWith('-')) this.fail("'--' inside a comment", start);
  }

  instruction() {
    const start = this.pos;
    this.pos += 2;
    const target = this.name();
    if (target.toLowerCase() === 'xml')
      this.fail('XML declaration must be at the very start', start);
    this.until('?>', 'processing instruction');
  }

  element(scopes) {
    const start = this.pos;
    this.pos += 1;
    const name = this.name();
    const rawAttrs = this.attributes();
    const selfClosing = this.startsWith('/>');
    if (!selfClosing && !this.startsWith('>')) this.fail(`expected '>' to close <${name}>`);
    this.pos += selfClosing ? 2 : 1;

    const scope = { ...scopes[scopes.length - 1] };
    for (const { name: attr, value, pos } of rawAttrs) {
      if (attr === 'xmlns') scope[''] = value;
      else if (attr.startsWith('xmlns:')) {
        if (value === '') this.fail(`namespace prefix ${attr.slice(6)} bound to nothing`, pos);
        scope[attr.slice(6)] = value;
      }
    }
    const inner = [...scopes, scope];
    const { prefix, local } = this.qname(name, start);
    const ns = this.resolve(prefix, scope, start);
    const attrs = this.namespacedAttributes(rawAttrs, scope);
    const { line, column } = this.where(start);
    const el = { name, prefix, local, ns, attrs, children: [], text: '', line, column };
    if (!selfClosing) this.content(el, inner);
    return el;
  }

  attributes() {
    const attrs = [];
    for (;;) {
      const spaced = this.skipSpace();
      if (this.startsWith('>') || this.startsWith('/>') || this.pos >= this.text.length) break;
      if (!spaced) this.fail('expected a space before the attribute');
      const pos = this.pos;
      const name = this.name();
      this.skipSpace();
      if (this.text[this.pos] !== '=') this.fail(`expected '=' after attribute ${name}`);
      this.pos += 1;
      this.skipSpace();
      const quote = this.text[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`attribute ${name} needs a quoted value`);
      this.pos += 1;
      const valueStart = this.pos;
      const raw = this.until(quote, `value of attribute ${name}`);
      if (raw.includes('<')) this.fail(`'<' inside the value of attribute ${name}`, valueStart);
      if (attrs.some((a) => a.name === name)) this.fail(`attribute ${name} appears twice`, pos);
      const value = this.decode(raw, valueStart).replace(/[\t\n\r]/g, ' ');
      attrs.push({ name, value, pos });
    }
    return attrs;
  }

  namespacedAttributes(rawAttrs, scope) {
    const seen = new Set();
    return rawAttrs.map(({ name, value, pos }) => {
      const { prefix, local } = this.qname(name, pos);
      // Unprefixed attributes are in no namespace: the default namespace is for elements only.
      const ns =
        name === 'xmlns' || prefix === 'xmlns'
          ? XMLNS_NS
          : prefix
            ? this.resolve(prefix, scope, pos)
            : '';
      const key = `${ns} ${local}`;
      if (seen.has(key)) this.fail(`attribute ${local} appears twice in one namespace`, pos);
      seen.add(key);
      return { name, local, ns, value };
    });
  }

  resolve(prefix, scope, pos) {
    if (prefix === 'xmlns') this.fail('elements cannot use the xmlns prefix', pos);
    const ns = scope[prefix];
    if (ns === undefined) this.fail(`namespace prefix '${prefix}' is not declared`, pos);
    return ns;
  }

  qname(name, pos) {
    const parts = name.split(':');
    if (parts.length > 2 || parts.some((part) => part === '')) {
      this.fail(`${name} is not a valid qualified name`, pos);
    }
    return parts.length === 2 ? { prefix: parts[0], local: parts[1] } : { prefix: '', local: name };
  }

  content(el, scopes) {
    for (;;) {
      if (this.pos >= this.text.length) this.fail(`<${el.name}> is never closed`);
      if (this.startsWith('</')) {
        const closeAt = this.pos;
        this.pos += 2;
        const name = this.name();
        this.skipSpace();
        if (this.text[this.pos] !== '>') this.fail(`expected '>' to close </${name}>`);
        this.pos += 1;
        if (name !== el.name) {
          this.fail(`</${name}> closes <${el.name}> opened at line ${el.line}`, closeAt);
        }
        return;
      }
      if (this.startsWith('<!--')) this.comment();
      else if (this.startsWith('<![CDATA[')) {
        this.pos += 9;
        el.text += this.until(']]>', 'CDATA section');
      } else if (this.startsWith('<?')) this.instruction();
      else if (this.startsWith('<!')) this.fail('markup declaration not allowed here');
      else if (this.text[this.pos] === '<') el.children.push(this.element(scopes));
      else el.text += this.charData();
    }
  }

  charData() {
    const start = this.pos;
    const end = this.text.indexOf('<', start);
    const raw = this.text.slice(start, end < 0 ? this.text.length : end);
    this.pos = start + raw.length;
    const close = raw.indexOf(']]>');
    if (close >= 0) this.fail("']]>' is not allowed in text", start + close);
    this.checkChars(raw, start);
    return this.decode(raw, start);
  }

  decode(raw, start) {
    return raw.replace(/&([^;&\s<]*)(;?)/g, (whole, body, semi, offset) => {
      const at = start + offset;
      if (!semi) this.fail("'&' must start an entity reference such as &amp;", at);
      if (body in NAMED_ENTITIES) return NAMED_ENTITIES[body];
      const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
      if (!numeric) this.fail(`unknown entity &${body};`, at);
      const code = numeric[1] ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
      const allowed =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) this.fail(`character reference &${body}; is not a legal XML character`, at);
      return String.fromCodePoint(code);
    });
  }
}
