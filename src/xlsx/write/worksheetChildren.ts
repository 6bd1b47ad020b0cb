/** Finding, replacing and adding the direct children of a worksheet's root, in schema order. */
import { childNamed, rootElement, type XmlElement } from './xmlScanner';
import { insertChild, qualified, replaceRange, worksheetOrder } from './schemaOrder';

export function worksheetChild(xml: string, local: string): XmlElement | undefined {
  return childNamed(xml, rootElement(xml), local);
}

/** The qualified name a new child of the root takes ("cols", or "x:cols" in prefixed parts). */
export function worksheetName(xml: string, local: string): string {
  return qualified(rootElement(xml), local);
}

/**
 * Replaces the child named `local` with `build(existing)`, or inserts it where the schema puts
 * it. An empty result removes the child.
 */
export function upsertWorksheetChild(
  xml: string,
  local: string,
  build: (existing: XmlElement | undefined) => string,
): string {
  const root = rootElement(xml);
  const existing = childNamed(xml, root, local);
  const text = build(existing);
  if (existing) return replaceRange(xml, existing.start, existing.end, text);
  return text ? insertChild(xml, root, local, text, worksheetOrder) : xml;
}

/** Inserts one more child named `local` after its existing siblings of the same name. */
export function appendWorksheetChild(xml: string, local: string, text: string): string {
  return insertChild(xml, rootElement(xml), local, text, worksheetOrder);
}
