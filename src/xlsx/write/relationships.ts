/** Reading and extending a part's relationships (`_rels/*.rels`). */
import { resolveTarget, relsPathOf, type XlsxPackage } from './xlsxPackage';
import { childElements, rootElement, startTagOf } from './xmlScanner';
import { attributeText, attributesOf } from './xmlText';
import { replaceRange } from './schemaOrder';

export const relationshipTypes = {
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
};

const relationshipsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  /** Package path of the target (external targets are kept as written). */
  part: string;
  external: boolean;
}

export function readRelationships(pkg: XlsxPackage, sourcePart: string): Relationship[] {
  const path = relsPathOf(sourcePart);
  if (!pkg.has(path)) return [];
  const xml = pkg.text(path);
  return childElements(xml, rootElement(xml)).map((element) => {
    const attributes = attributesOf(startTagOf(xml, element));
    const target = attributes.get('Target') ?? '';
    const external = attributes.get('TargetMode') === 'External';
    return {
      id: attributes.get('Id') ?? '',
      type: attributes.get('Type') ?? '',
      part: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** Adds a relationship with a fresh id ("rId7") and returns that id. */
export function addRelationship(
  pkg: XlsxPackage,
  sourcePart: string,
  type: string,
  target: string,
): string {
  const path = relsPathOf(sourcePart);
  const taken = new Set(readRelationships(pkg, sourcePart).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship${attributeText({ Id: id, Type: type, Target: target })}/>`;
  if (!pkg.has(path)) {
    pkg.setText(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${relationshipsNamespace}">${element}</Relationships>`,
    );
    return id;
  }
  const xml = pkg.text(path);
  const root = rootElement(xml);
  pkg.setText(
    path,
    root.selfClosing
      ? replaceRange(
          xml,
          root.start,
          root.end,
          `${startTagOf(xml, root).replace(/\s*\/>$/, '>')}${element}</${root.name}>`,
        )
      : replaceRange(xml, root.closeStart, root.closeStart, element),
  );
  return id;
}

export function removeRelationship(pkg: XlsxPackage, sourcePart: string, id: string): void {
  const path = relsPathOf(sourcePart);
  const xml = pkg.text(path);
  const element = childElements(xml, rootElement(xml)).find(
    (child) => attributesOf(startTagOf(xml, child)).get('Id') === id,
  );
  if (element) pkg.setText(path, replaceRange(xml, element.start, element.end, ''));
}
