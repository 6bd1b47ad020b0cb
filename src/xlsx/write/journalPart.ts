/**
 * The journal's custom XML part (`customXml/itemN.xml` with its `itemPropsN.xml`), found again
 * by its root namespace, the way Office.js `customXmlParts.getByNamespace` finds it in Excel.
 */
import type { JournalEntry } from '../../core/plan/journal';
import { journalNamespace } from '../../core/plan/journal';
import { journalEntryXml, journalFromXml, journalToXml } from '../../core/plan/journalXml';
import type { XlsxPackage } from './xlsxPackage';
import { relativeTarget } from './xlsxPackage';
import { addRelationship, relationshipTypes } from './relationships';
import { addOverride, contentTypes, hasDefault } from './contentTypes';
import { rootElement, startTagOf } from './xmlScanner';
import { attributesOf } from './xmlText';
import { replaceRange } from './schemaOrder';

export function findJournalPart(pkg: XlsxPackage): string | undefined {
  return pkg
    .paths()
    .find((path) => /^customXml\/item\d+\.xml$/i.test(path) && isJournal(pkg.text(path)));
}

function isJournal(xml: string): boolean {
  try {
    const root = rootElement(xml);
    const attributes = attributesOf(startTagOf(xml, root));
    const prefix = root.name.includes(':') ? `xmlns:${root.name.split(':')[0]}` : 'xmlns';
    return attributes.get(prefix) === journalNamespace;
  } catch {
    return false; // Someone else's part that is not even XML: not ours, left alone.
  }
}

export function appendJournal(
  pkg: XlsxPackage,
  workbookPath: string,
  entries: JournalEntry[],
): void {
  if (entries.length === 0) return;
  const path = findJournalPart(pkg);
  if (!path) {
    createJournal(pkg, workbookPath, journalToXml(entries));
    return;
  }
  const xml = pkg.text(path);
  const root = rootElement(xml);
  if (root.name.includes(':') || root.selfClosing) {
    // A host re-saved it with a prefix (or empty): rewrite it whole in our own form.
    pkg.setText(path, journalToXml([...journalFromXml(xml), ...entries]));
    return;
  }
  pkg.setText(
    path,
    replaceRange(xml, root.closeStart, root.closeStart, entries.map(journalEntryXml).join('')),
  );
}

function createJournal(pkg: XlsxPackage, workbookPath: string, xml: string): void {
  let n = 1;
  while (pkg.has(`customXml/item${n}.xml`) || pkg.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  pkg.setText(item, xml);
  pkg.setText(
    props,
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
      `<ds:datastoreItem ds:itemID="${newGuid()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${journalNamespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  addRelationship(pkg, item, relationshipTypes.customXmlProps, relativeTarget(item, props));
  addRelationship(
    pkg,
    workbookPath,
    relationshipTypes.customXml,
    relativeTarget(workbookPath, item),
  );
  addOverride(pkg, props, contentTypes.customXmlProperties);
  if (!hasDefault(pkg, 'xml')) addOverride(pkg, item, contentTypes.xml);
}

function newGuid(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}
