/**
 * Takes data validation off exactly the given cells: each rule's `sqref` loses those cells and
 * a rule left with none goes. Rules elsewhere, and the x14 `extLst` rules, stay as they are.
 */
import { childElements, startTagOf } from './xmlScanner';
import { attributesOf, setAttributes } from './xmlText';
import { upsertWorksheetChild } from './worksheetChildren';
import { overlaps, parseRange, rangeText, type CellRange } from './cellRange';

export function removeDataValidations(xml: string, ranges: string[]): string {
  const removed = ranges.map(parseRange);
  return upsertWorksheetChild(xml, 'dataValidations', (existing) => {
    if (!existing) return '';
    const kept: string[] = [];
    for (const rule of existing.selfClosing ? [] : childElements(xml, existing)) {
      const tag = startTagOf(xml, rule);
      const sqref = attributesOf(tag).get('sqref') ?? '';
      const areas = sqref.split(/\s+/).filter(Boolean).map(parseRange);
      const left = removed.reduce(
        (areas, cut) => areas.flatMap((area) => subtract(area, cut)),
        areas,
      );
      if (left.length === 0) continue;
      const text = left.map(rangeText).join(' ');
      kept.push(
        text === sqref
          ? xml.slice(rule.start, rule.end)
          : setAttributes(tag, { sqref: text }) + xml.slice(rule.openEnd, rule.end),
      );
    }
    if (kept.length === 0) return '';
    const open = setAttributes(startTagOf(xml, existing), { count: String(kept.length) });
    return `${open}${kept.join('')}</${existing.name}>`;
  });
}

/** The parts of `area` outside `cut`: at most four rectangles (above, below, left, right). */
function subtract(area: CellRange, cut: CellRange): CellRange[] {
  if (!overlaps(area, cut)) return [area];
  const parts: CellRange[] = [];
  if (area.top < cut.top) parts.push({ ...area, bottom: cut.top - 1 });
  if (cut.bottom < area.bottom) parts.push({ ...area, top: cut.bottom + 1 });
  const top = Math.max(area.top, cut.top);
  const bottom = Math.min(area.bottom, cut.bottom);
  if (area.left < cut.left) parts.push({ top, bottom, left: area.left, right: cut.left - 1 });
  if (cut.right < area.right) parts.push({ top, bottom, left: cut.right + 1, right: area.right });
  return parts;
}
