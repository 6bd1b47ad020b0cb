/**
 * Where a new child element goes. Excel "repairs" a part whose children are out of the order
 * its schema requires (ECMA-376 Part 1, CT_Worksheet, CT_Workbook, …), so new elements are put
 * after the last sibling that must precede them.
 */
import type { XmlElement } from './xmlScanner';
import { childElements, prefixOf } from './xmlScanner';

export const worksheetOrder = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

export const workbookOrder = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export const sheetPrOrder = ['tabColor', 'outlinePr', 'pageSetUpPr'];

export const sheetViewOrder = ['pane', 'selection', 'pivotSelection', 'extLst'];

export const styleSheetOrder = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/**
 * The position at which a child named `local` belongs in `parent`: after the last child whose
 * rank is not greater. Unknown children (e.g. `mc:AlternateContent`) take the rank of the known
 * sibling before them, so they stay with it.
 */
export function insertionPoint(
  xml: string,
  parent: XmlElement,
  local: string,
  order: readonly string[],
): number {
  const rank = order.indexOf(local);
  let point = parent.openEnd;
  let previousRank = -1;
  for (const child of childElements(xml, parent)) {
    const known = order.indexOf(child.local);
    const childRank = known >= 0 ? known : previousRank;
    if (childRank > rank) break;
    point = child.end;
    previousRank = childRank;
  }
  return point;
}

/** A child element name carrying the parent's namespace prefix, as in `x:row`. */
export function qualified(parent: XmlElement, local: string): string {
  return `${prefixOf(parent.name)}${local}`;
}

/** Inserts `childXml` into `parent` at its schema position, opening a self-closing parent. */
export function insertChild(
  xml: string,
  parent: XmlElement,
  local: string,
  childXml: string,
  order: readonly string[],
): string {
  if (parent.selfClosing) {
    const startTag = xml.slice(parent.start, parent.end).replace(/\s*\/>$/, '>');
    return `${xml.slice(0, parent.start)}${startTag}${childXml}</${parent.name}>${xml.slice(parent.end)}`;
  }
  const at = insertionPoint(xml, parent, local, order);
  return xml.slice(0, at) + childXml + xml.slice(at);
}

export function replaceRange(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}
