/**
 * `xl/workbook.xml`: the sheet list, new sheets, the active tab, defined names and the
 * recalculation flag.
 */
import type { XlsxPackage } from './xlsxPackage';
import { PackageError, relativeTarget } from './xlsxPackage';
import { addRelationship, readRelationships, relationshipTypes } from './relationships';
import { addOverride, contentTypes } from './contentTypes';
import { childElements, childNamed, rootElement, startTagOf, type XmlElement } from './xmlScanner';
import { attributesOf, attributeText, escapeText, setAttributes } from './xmlText';
import { insertChild, qualified, replaceRange, workbookOrder } from './schemaOrder';

const relationshipsNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** Package path of the worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

export function workbookPathOf(pkg: XlsxPackage): string {
  const main = readRelationships(pkg, '').find((r) => r.type === relationshipTypes.officeDocument);
  if (!main) throw new PackageError('no workbook part');
  return main.part;
}

/** The prefix bound to the relationships namespace on the root (usually "r"), if any. */
function relationshipsPrefix(xml: string): string | undefined {
  const root = rootElement(xml);
  for (const [name, value] of attributesOf(startTagOf(xml, root))) {
    if (value === relationshipsNs && name.startsWith('xmlns:')) return name.slice(6);
  }
  return undefined;
}

function sheetsElement(xml: string): XmlElement {
  const sheets = childNamed(xml, rootElement(xml), 'sheets');
  if (!sheets) throw new PackageError('workbook.xml has no <sheets>');
  return sheets;
}

export function readSheets(pkg: XlsxPackage, workbookPath: string): WorkbookSheet[] {
  const xml = pkg.text(workbookPath);
  const prefix = relationshipsPrefix(xml) ?? 'r';
  const rels = new Map(readRelationships(pkg, workbookPath).map((r) => [r.id, r.part]));
  return childElements(xml, sheetsElement(xml)).map((element) => {
    const attributes = attributesOf(startTagOf(xml, element));
    const relId = attributes.get(`${prefix}:id`) ?? '';
    return {
      name: attributes.get('name') ?? '',
      sheetId: Number(attributes.get('sheetId')),
      relId,
      part: rels.get(relId) ?? '',
    };
  });
}

/** Adds a worksheet part's `<sheet>`, relationship and content type; the part itself is the caller's. */
export function addSheetEntry(
  pkg: XlsxPackage,
  workbookPath: string,
  name: string,
  part: string,
): void {
  const sheetId = Math.max(0, ...readSheets(pkg, workbookPath).map((s) => s.sheetId)) + 1;
  const relId = addRelationship(
    pkg,
    workbookPath,
    relationshipTypes.worksheet,
    relativeTarget(workbookPath, part),
  );
  addOverride(pkg, part, contentTypes.worksheet);
  const xml = pkg.text(workbookPath);
  const sheets = sheetsElement(xml);
  const prefix = relationshipsPrefix(xml);
  const idAttribute = prefix
    ? attributeText({ [`${prefix}:id`]: relId })
    : attributeText({ 'xmlns:r': relationshipsNs, 'r:id': relId });
  const element = `<${qualified(sheets, 'sheet')}${attributeText({ name, sheetId })}${idAttribute}/>`;
  pkg.setText(workbookPath, insertChild(xml, sheets, 'sheet', element, []));
}

/** Sets attributes on a workbook child, creating it at its schema place when absent. */
function setWorkbookChild(
  pkg: XlsxPackage,
  workbookPath: string,
  local: string,
  attributes: Record<string, string>,
): void {
  const xml = pkg.text(workbookPath);
  const root = rootElement(xml);
  const existing = childNamed(xml, root, local);
  if (existing) {
    const tag = startTagOf(xml, existing);
    pkg.setText(
      workbookPath,
      replaceRange(xml, existing.start, existing.openEnd, setAttributes(tag, attributes)),
    );
  } else {
    const element = `<${qualified(root, local)}${attributeText(attributes)}/>`;
    pkg.setText(workbookPath, insertChild(xml, root, local, element, workbookOrder));
  }
}

/** Excel and LibreOffice then recompute every formula on open, so no stale result is shown. */
export function setFullCalcOnLoad(pkg: XlsxPackage, workbookPath: string): void {
  setWorkbookChild(pkg, workbookPath, 'calcPr', { fullCalcOnLoad: '1' });
}

export function setActiveTab(pkg: XlsxPackage, workbookPath: string, index: number): void {
  const xml = pkg.text(workbookPath);
  const bookViews = childNamed(xml, rootElement(xml), 'bookViews');
  const view = bookViews && childNamed(xml, bookViews, 'workbookView');
  if (view) {
    const tag = setAttributes(startTagOf(xml, view), { activeTab: String(index) });
    pkg.setText(workbookPath, replaceRange(xml, view.start, view.openEnd, tag));
  } else {
    setWorkbookChild(pkg, workbookPath, 'bookViews', {});
    const again = pkg.text(workbookPath);
    const views = childNamed(again, rootElement(again), 'bookViews')!;
    const element = `<${qualified(views, 'workbookView')} activeTab="${index}"/>`;
    pkg.setText(workbookPath, insertChild(again, views, 'workbookView', element, []));
  }
}

/** Sets a sheet-local defined name such as `_xlnm.Print_Titles`, replacing its old value. */
export function setLocalDefinedName(
  pkg: XlsxPackage,
  workbookPath: string,
  name: string,
  localSheetId: number,
  value: string,
): void {
  const xml = pkg.text(workbookPath);
  const root = rootElement(xml);
  const names = childNamed(xml, root, 'definedNames');
  const element = `<${qualified(root, 'definedName')}${attributeText({ name, localSheetId })}>${escapeText(value)}</${qualified(root, 'definedName')}>`;
  if (!names) {
    const wrapper = `<${qualified(root, 'definedNames')}>${element}</${qualified(root, 'definedNames')}>`;
    pkg.setText(workbookPath, insertChild(xml, root, 'definedNames', wrapper, workbookOrder));
    return;
  }
  const existing = childElements(xml, names).find((child) => {
    const attributes = attributesOf(startTagOf(xml, child));
    return (
      attributes.get('name') === name && attributes.get('localSheetId') === String(localSheetId)
    );
  });
  pkg.setText(
    workbookPath,
    existing
      ? replaceRange(xml, existing.start, existing.end, element)
      : insertChild(xml, names, 'definedName', element, []),
  );
}
