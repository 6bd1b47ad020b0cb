/**
 * When the cell that carries a shared formula's text is overwritten, the other cells of the
 * group would be left pointing at nothing, and Excel would call the file damaged. Each of them
 * gets its own formula instead: the shared text moved to its position.
 */
import { parseCellAddress } from '../../core/workbook/address';
import { attributesOf, escapeText } from './xmlText';
import type { LostSharedFormula } from './patchSheetData';
import { shiftFormula } from './shiftFormula';

const formulaPattern = /<((?:\w+:)?f)(\s[^>]*?)?(?:\/>|>([^<]*)<\/\1>)/g;

export function unshareFormulas(xml: string, lost: LostSharedFormula[]): string {
  const bySi = new Map(lost.map((group) => [group.si, group]));
  return xml.replace(
    formulaPattern,
    (whole, name: string, attributeText: string | undefined, _text, offset: number) => {
      const attributes = attributesOf(`<f${attributeText ?? ''}>`);
      const group =
        attributes.get('t') === 'shared' ? bySi.get(attributes.get('si') ?? '') : undefined;
      if (!group || attributes.has('ref')) return whole;
      const cellStart = xml.lastIndexOf(`<${name.slice(0, -1)}c `, offset);
      const reference = /\sr\s*=\s*["']([A-Za-z]+\d+)["']/.exec(xml.slice(cellStart, offset));
      if (!reference) return whole;
      const { row, column } = parseCellAddress(reference[1]);
      return `<${name}>${escapeText(shiftFormula(group.formula, row - group.row, column - group.column))}</${name}>`;
    },
  );
}
