/**
 * Deletes a sheet ("Hoàn tác" of an action that added one): its `<sheet>`, relationship,
 * content type and part; its sheet-local defined names go and later sheets' `localSheetId`s move
 * down; the active tab moves to a remaining sheet. Parts the sheet alone pointed to (a drawing,
 * comments) stay as unreferenced parts, which Excel and LibreOffice ignore.
 */
import type { XlsxPackage } from './xlsxPackage';
import { relsPathOf } from './xlsxPackage';
import { readSheets } from './workbookPart';
import { removeRelationship } from './relationships';
import { removeOverride } from './contentTypes';
import { childElements, childNamed, rootElement, startTagOf } from './xmlScanner';
import { attributesOf, setAttributes } from './xmlText';
import { TextSplicer } from './textSplicer';
import { setTabSelected } from './sheetView';
import { EditPlanError } from './editPlanError';

export function removeSheet(pkg: XlsxPackage, workbookPath: string, index: number): void {
  const sheets = readSheets(pkg, workbookPath);
  if (sheets.length <= 1) throw new EditPlanError('A workbook keeps at least one sheet');
  const sheet = sheets[index];
  const xml = pkg.text(workbookPath);
  const root = rootElement(xml);
  const splicer = new TextSplicer(xml);
  const sheetElement = childElements(xml, childNamed(xml, root, 'sheets')!)[index];
  splicer.replace(sheetElement.start, sheetElement.end, '');
  const names = childNamed(xml, root, 'definedNames');
  for (const name of names ? childElements(xml, names) : []) {
    const local = attributesOf(startTagOf(xml, name)).get('localSheetId');
    if (local === undefined || Number(local) < index) continue;
    if (Number(local) === index) splicer.replace(name.start, name.end, '');
    else
      splicer.replace(
        name.start,
        name.openEnd,
        setAttributes(startTagOf(xml, name), { localSheetId: String(Number(local) - 1) }),
      );
  }
  let activeAfter: number | undefined;
  const view =
    childNamed(xml, root, 'bookViews') &&
    childNamed(xml, childNamed(xml, root, 'bookViews')!, 'workbookView');
  if (view) {
    const attributes = attributesOf(startTagOf(xml, view));
    const active = Number(attributes.get('activeTab') ?? 0);
    const first = Number(attributes.get('firstSheet') ?? 0);
    const shift = (n: number) =>
      n > index || (n === index && n === sheets.length - 1) ? n - 1 : n;
    activeAfter = active === index ? shift(active) : undefined;
    splicer.replace(
      view.start,
      view.openEnd,
      setAttributes(startTagOf(xml, view), {
        activeTab: attributes.has('activeTab') ? String(shift(active)) : undefined,
        firstSheet: attributes.has('firstSheet') ? String(shift(first)) : undefined,
      }),
    );
  }
  let result = splicer.apply();
  if (
    childNamed(result, rootElement(result), 'definedNames') &&
    childElements(result, childNamed(result, rootElement(result), 'definedNames')!).length === 0
  ) {
    const empty = childNamed(result, rootElement(result), 'definedNames')!;
    result = result.slice(0, empty.start) + result.slice(empty.end);
  }
  pkg.setText(workbookPath, result);
  removeRelationship(pkg, workbookPath, sheet.relId);
  removeOverride(pkg, sheet.part);
  pkg.remove(sheet.part);
  if (pkg.has(relsPathOf(sheet.part))) pkg.remove(relsPathOf(sheet.part));
  if (activeAfter !== undefined) {
    const remaining = readSheets(pkg, workbookPath)[activeAfter];
    pkg.setText(remaining.part, setTabSelected(pkg.text(remaining.part), true));
  }
}
