/**
 * The validator's own XML parser: it must accept what a manifest uses, reject what is not
 * well-formed, and say where.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Outcome, callExport, projectRoot } from './helpers/runNode';

interface XmlElement {
  name: string;
  local: string;
  ns: string;
  attrs: { name: string; local: string; ns: string; value: string }[];
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

const parse = (text: string): Outcome<XmlElement> =>
  callExport<XmlElement>('scripts/manifest/xml.mjs', 'parseXml', text);

function parsed(text: string): XmlElement {
  const outcome = parse(text);
  if ('error' in outcome) throw new Error(outcome.error.message);
  return outcome.value;
}

describe('the manifest XML parser', () => {
  it('reads the project manifest into namespaced elements with their lines', () => {
    const root = parsed(readFileSync(join(projectRoot, 'manifest.xml'), 'utf8'));
    expect(root.local).toBe('OfficeApp');
    expect(root.ns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    const overrides = root.children.find((c) => c.local === 'VersionOverrides');
    expect(overrides?.ns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(root.children[0]).toMatchObject({ local: 'Id', column: 3 });
    expect(root.children[0].line).toBeGreaterThan(1);
  });

  it('decodes entities, character references and CDATA', () => {
    const root = parsed('<a t="x &amp; &#x1EBF;">1 &lt; 2<![CDATA[ & <b> ]]></a>');
    expect(root.attrs[0].value).toBe('x & ế');
    expect(root.text).toBe('1 < 2 & <b> ');
  });

  it('resolves prefixes, default namespaces and unprefixed attributes', () => {
    const root = parsed(
      '<a xmlns="urn:a" xmlns:b="urn:b"><b:c b:x="1" y="2"/><d xmlns="urn:d"/></a>',
    );
    const [c, d] = root.children;
    expect(c).toMatchObject({ local: 'c', ns: 'urn:b' });
    expect(c.attrs.map((a) => [a.local, a.ns])).toEqual([
      ['x', 'urn:b'],
      ['y', ''],
    ]);
    expect(d.ns).toBe('urn:d');
  });

  it.each([
    ['a tag closed by another', '<a>\n  <b>\n</a>', 'closes <b>', 3, 1],
    ['an attribute twice', '<a x="1" x="2"/>', 'appears twice', 1, 10],
    ['an unknown entity', '<a>&nbsp;</a>', 'unknown entity', 1, 4],
    ['a bare ampersand', '<a>R&D</a>', "'&'", 1, 5],
    ['an undeclared prefix', '<a>\n<p:b/></a>', "prefix 'p'", 2, 1],
    ['two root elements', '<a/><b/>', 'one root', 1, 5],
    ['an unclosed element', '<a><b></b>', 'never closed', 1, 11],
    ['an unquoted attribute', '<a x=1/>', 'quoted', 1, 6],
    ['a DOCTYPE', '<!DOCTYPE a><a/>', 'DOCTYPE', 1, 1],
    ['a late XML declaration', '<a/>\n<?xml version="1.0"?>', 'very start', 2, 1],
    ["'--' in a comment", '<a><!-- x -- y --></a>', "'--'", 1, 4],
    ['a control character', '<a>\u0001</a>', 'not allowed', 1, 4],
    ['text after the root', '<a/>x', 'after the root', 1, 5],
  ])('rejects %s with its line and column', (_what, text, reason, line, column) => {
    const outcome = parse(text);
    expect(outcome).toHaveProperty('error');
    const { error } = outcome as { error: { name: string; message: string } };
    expect(error.name).toBe('XmlError');
    expect(error.message).toContain(reason);
    expect(error.message).toContain(`(line ${line}, column ${column})`);
  });
});
