/**
 * Style entries (`<font>`, `<fill>`, `<border>`, `<xf>`) as small trees: they are edited as
 * data, written back as XML, and compared by a canonical key so that an identical entry already
 * in `styles.xml` is reused instead of appended again.
 */
import { childElements, localName, startTagOf, type XmlElement } from './xmlScanner';
import { attributesOf, attributeText } from './xmlText';

export interface StyleNode {
  /** Qualified name as written (keeps a namespace prefix such as "x:"). */
  name: string;
  attributes: [string, string][];
  children: StyleNode[];
}

export function parseStyleNode(xml: string, element: XmlElement): StyleNode {
  return {
    name: element.name,
    attributes: [...attributesOf(startTagOf(xml, element))],
    children: element.selfClosing
      ? []
      : childElements(xml, element).map((child) => parseStyleNode(xml, child)),
  };
}

export function styleNodeXml(node: StyleNode): string {
  const attributes = attributeText(Object.fromEntries(node.attributes));
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(styleNodeXml).join('')}</${node.name}>`;
}

export function attribute(node: StyleNode, name: string): string | undefined {
  return node.attributes.find(([key]) => key === name)?.[1];
}

export function withAttributes(
  node: StyleNode,
  changes: Record<string, string | undefined>,
): StyleNode {
  const attributes: [string, string][] = [];
  for (const [key, value] of node.attributes) {
    const next = key in changes ? changes[key] : value;
    if (next !== undefined) attributes.push([key, next]);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && !node.attributes.some(([k]) => k === key))
      attributes.push([key, value]);
  }
  return { ...node, attributes };
}

export function child(node: StyleNode, local: string): StyleNode | undefined {
  return node.children.find((c) => localName(c.name) === local);
}

/** Replaces (or with `undefined` removes) the children named `local`, keeping others. */
export function withChild(
  node: StyleNode,
  local: string,
  replacement: StyleNode | undefined,
  order: string[],
): StyleNode {
  const others = node.children.filter((c) => localName(c.name) !== local);
  const children = replacement ? [...others, replacement] : others;
  const rank = (c: StyleNode) => {
    const index = order.indexOf(localName(c.name));
    return index < 0 ? order.length : index;
  };
  return {
    ...node,
    children: children
      .map((c, i) => ({ c, i }))
      .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
      .map(({ c }) => c),
  };
}

const flagChildren = new Set(['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow']);

/**
 * A key equal for entries that mean the same: attribute and child order ignored, "true" and
 * "1" alike, `<b val="0"/>` the same as no `<b>`.
 */
export function canonicalKey(node: StyleNode, defaults: Record<string, string> = {}): string {
  const values = new Map<string, string>(Object.entries(defaults));
  for (const [key, value] of node.attributes)
    values.set(key, value === 'true' ? '1' : value === 'false' ? '0' : value);
  const local = localName(node.name);
  if (flagChildren.has(local)) return values.get('val') === '0' ? '' : `<${local}/>`;
  const attributes = [...values]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
  const children = node.children
    .map((c) => canonicalKey(c))
    .filter(Boolean)
    .sort();
  return `<${local} ${attributes.join(' ')}>${children.join('')}</${local}>`;
}

export function node(
  name: string,
  attributes: Record<string, string> = {},
  children: StyleNode[] = [],
): StyleNode {
  return { name, attributes: Object.entries(attributes), children };
}
