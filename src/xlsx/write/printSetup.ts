/**
 * Print setup in the sheet: A4 paper, orientation and fit to one page wide (any number of pages
 * tall), which Excel honours only with `<sheetPr><pageSetUpPr fitToPage="1"/>`. The print
 * titles are a defined name in workbook.xml (see applyEditPlan).
 */
import type { PrintSetup } from '../../core/plan/editPlan';
import { childNamed, startTagOf } from './xmlScanner';
import { attributeText, setAttributes } from './xmlText';
import { insertChild, replaceRange, sheetPrOrder } from './schemaOrder';
import { upsertWorksheetChild, worksheetName } from './worksheetChildren';

/** ECMA-376 Part 1 §18.3.1.63: paper size 9 is A4. */
const paperSizes = { A4: '9' };

export function setPrintSetup(xml: string, setup: PrintSetup): string {
  const page: Record<string, string | undefined> = {
    paperSize: paperSizes[setup.paper],
    orientation: setup.orientation,
  };
  if (setup.fitToWidth) Object.assign(page, { fitToWidth: '1', fitToHeight: '0' });
  let result = upsertWorksheetChild(xml, 'pageSetup', (existing) =>
    existing
      ? setAttributes(startTagOf(xml, existing), page) + xml.slice(existing.openEnd, existing.end)
      : `<${worksheetName(xml, 'pageSetup')}${attributeText(page)}/>`,
  );
  result = setFitToPage(result, setup.fitToWidth);
  return result;
}

function setFitToPage(xml: string, fit: boolean): string {
  const fitToPage = fit ? '1' : '0';
  return upsertWorksheetChild(xml, 'sheetPr', (sheetPr) => {
    const prefix = worksheetName(xml, '');
    if (!sheetPr)
      return `<${prefix}sheetPr><${prefix}pageSetUpPr fitToPage="${fitToPage}"/></${prefix}sheetPr>`;
    const element = xml.slice(sheetPr.start, sheetPr.end);
    const local = {
      ...sheetPr,
      start: 0,
      openEnd: sheetPr.openEnd - sheetPr.start,
      closeStart: sheetPr.closeStart - sheetPr.start,
      end: sheetPr.end - sheetPr.start,
    };
    const present = childNamed(element, local, 'pageSetUpPr');
    if (present) {
      const tag = setAttributes(startTagOf(element, present), { fitToPage });
      return replaceRange(element, present.start, present.openEnd, tag);
    }
    return insertChild(
      element,
      local,
      'pageSetUpPr',
      `<${prefix}pageSetUpPr fitToPage="${fitToPage}"/>`,
      sheetPrOrder,
    );
  });
}
