/**
 * Data bars and icon sets as new `<conditionalFormatting>` elements after the user's own, with
 * priorities above every existing rule (including the x14 rules in `extLst`, which share them).
 */
import type { ConditionalFormat } from '../../core/plan/editPlan';
import { attributeText } from './xmlText';
import { appendWorksheetChild, worksheetChild, worksheetName } from './worksheetChildren';

export function addConditionalFormats(xml: string, formats: ConditionalFormat[]): string {
  let priority = highestPriority(xml);
  let result = xml;
  for (const format of formats) {
    const name = worksheetName(result, 'conditionalFormatting');
    const prefix = name.slice(0, name.length - 'conditionalFormatting'.length);
    priority++;
    const element = `<${name}${attributeText({ sqref: format.range })}>${ruleXml(format, priority, prefix)}</${name}>`;
    result = appendWorksheetChild(result, 'conditionalFormatting', element);
  }
  return result;
}

/** Rules live outside `<sheetData>`; cell text is not searched. */
function highestPriority(xml: string): number {
  const sheetData = worksheetChild(xml, 'sheetData');
  const outside = sheetData ? xml.slice(0, sheetData.start) + xml.slice(sheetData.end) : xml;
  let highest = 0;
  for (const match of outside.matchAll(/<(?:\w+:)?cfRule\b[^>]*\spriority\s*=\s*["'](\d+)["']/g)) {
    highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

function ruleXml(format: ConditionalFormat, priority: number, p: string): string {
  const cfvo = (type: string, val?: number | string) =>
    `<${p}cfvo${attributeText({ type, val })}/>`;
  if (format.kind === 'dataBar') {
    const low = format.min === undefined ? cfvo('min') : cfvo('num', format.min);
    const high = format.max === undefined ? cfvo('max') : cfvo('num', format.max);
    const bar = `<${p}dataBar>${low}${high}<${p}color rgb="${format.color}"/></${p}dataBar>`;
    return `<${p}cfRule type="dataBar" priority="${priority}">${bar}</${p}cfRule>`;
  }
  const [first, second] = format.thresholds;
  const icons = `<${p}iconSet iconSet="${format.icons}">${cfvo('percent', 0)}${cfvo('num', first)}${cfvo('num', second)}</${p}iconSet>`;
  return `<${p}cfRule type="iconSet" priority="${priority}">${icons}</${p}cfRule>`;
}
