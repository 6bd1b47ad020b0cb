/** The first `<sheetView>`: frozen panes and whether its tab is selected. */
import { cellAddress } from '../../core/workbook/address';
import { childElements, childNamed, startTagOf, type XmlElement } from './xmlScanner';
import { attributeText, attributesOf, setAttributes } from './xmlText';
import { replaceRange } from './schemaOrder';
import { upsertWorksheetChild, worksheetChild, worksheetName } from './worksheetChildren';

function withSheetView(xml: string, edit: (xml: string, view: XmlElement) => string): string {
  let result = xml;
  if (!worksheetChild(result, 'sheetViews')) {
    const views = worksheetName(result, 'sheetViews');
    const view = worksheetName(result, 'sheetView');
    result = upsertWorksheetChild(
      result,
      'sheetViews',
      () => `<${views}><${view} workbookViewId="0"/></${views}>`,
    );
  }
  const views = worksheetChild(result, 'sheetViews')!;
  const view = childNamed(result, views, 'sheetView');
  if (!view) {
    const name = views.name.replace(/sheetViews$/, 'sheetView');
    const open = startTagOf(result, views).replace(/\s*\/>$/, '>');
    return withSheetView(
      replaceRange(
        result,
        views.start,
        views.end,
        `${open}<${name} workbookViewId="0"/></${views.name}>`,
      ),
      edit,
    );
  }
  return edit(result, view);
}

/** Freezes the top `rows` and left `columns` (none when both are 0). */
export function setFrozenPanes(xml: string, rows: number, columns: number): string {
  return withSheetView(xml, (text, view) => {
    const p = view.name.slice(0, view.name.length - 'sheetView'.length);
    const kept = view.selfClosing
      ? []
      : childElements(text, view).filter((c) => c.local !== 'pane' && c.local !== 'selection');
    let panes = '';
    if (rows > 0 || columns > 0) {
      const topLeftCell = cellAddress(rows, columns);
      const activePane =
        rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
      panes =
        `<${p}pane${attributeText({ xSplit: columns || undefined, ySplit: rows || undefined, topLeftCell, activePane, state: 'frozen' })}/>` +
        `<${p}selection${attributeText({ pane: activePane, activeCell: topLeftCell, sqref: topLeftCell })}/>`;
    }
    const open = startTagOf(text, view).replace(/\s*\/>$/, '>');
    const inner = panes + kept.map((c) => text.slice(c.start, c.end)).join('');
    return replaceRange(
      text,
      view.start,
      view.end,
      inner ? `${open}${inner}</${view.name}>` : `${open.slice(0, -1)}/>`,
    );
  });
}

export function isTabSelected(xml: string): boolean {
  const views = worksheetChild(xml, 'sheetViews');
  const view = views && childNamed(xml, views, 'sheetView');
  const value = view ? attributesOf(startTagOf(xml, view)).get('tabSelected') : undefined;
  return value === '1' || value === 'true';
}

export function setTabSelected(xml: string, selected: boolean): string {
  return withSheetView(xml, (text, view) =>
    replaceRange(
      text,
      view.start,
      view.openEnd,
      setAttributes(startTagOf(text, view), { tabSelected: selected ? '1' : undefined }),
    ),
  );
}
