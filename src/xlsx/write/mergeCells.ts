/** `<mergeCells>`: new merged areas beside the user's own; an overlap is refused, as Excel would. */
import { childElements, startTagOf } from './xmlScanner';
import { attributesOf, attributeText, setAttributes } from './xmlText';
import { upsertWorksheetChild, worksheetName } from './worksheetChildren';
import { overlaps, parseRange, rangeText } from './cellRange';
import { EditPlanError } from './editPlanError';

export function addMerges(xml: string, merges: string[]): string {
  return upsertWorksheetChild(xml, 'mergeCells', (existing) => {
    const present = existing
      ? childElements(xml, existing).map((m) =>
          parseRange(attributesOf(startTagOf(xml, m)).get('ref') ?? ''),
        )
      : [];
    const name = existing?.name ?? worksheetName(xml, 'mergeCells');
    const mergeName = name.replace(/mergeCells$/, 'mergeCell');
    let added = '';
    for (const merge of merges) {
      const range = parseRange(merge);
      const same = present.find((p) => rangeText(p) === rangeText(range));
      if (same) continue;
      const clash = present.find((p) => overlaps(p, range));
      if (clash)
        throw new EditPlanError(`Merge ${merge} overlaps the merged area ${rangeText(clash)}`);
      present.push(range);
      added += `<${mergeName}${attributeText({ ref: rangeText(range) })}/>`;
    }
    const open = existing
      ? setAttributes(startTagOf(xml, existing).replace(/\s*\/>$/, '>'), {
          count: String(present.length),
        })
      : `<${name} count="${present.length}">`;
    const inner =
      existing && !existing.selfClosing ? xml.slice(existing.openEnd, existing.closeStart) : '';
    return `${open}${inner}${added}</${name}>`;
  });
}
