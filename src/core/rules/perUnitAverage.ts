/**
 * per-unit-average: average per HTX = total ÷ count, when the table gives both (±0,5 % relative:
 * totals are rounded). The denominator may be all HTX or only the active ones; the check passes
 * when either fits, and a failing finding names the denominator that came closest.
 */
import type { BlockMeasure } from '../catalog/indicatorCodes';
import { blockCode, blocks, perUnitAverages } from '../catalog/relations';
import type { AppendixTable } from '../layout/appendixTable';
import { type Relation, relationCell, roundingSlack } from './relation';
import { ratioRelation } from './relationKinds';
import { scaleFactors } from './moneyScale';
import type { Rule } from './rule';
import { chooseAverageRelation } from './denominatorNote';
import { cellAt, periodLabel, rowsByCode, valueColumns } from './tableCells';

const RELATIVE_TOLERANCE = 0.005;

function relations(table: AppendixTable): Relation[] {
  const found: Relation[] = [];
  const byCode = rowsByCode(table);
  for (const block of blocks) {
    const row = (measure: BlockMeasure) => byCode(blockCode(block, measure));
    for (const { average, total, denominators } of perUnitAverages) {
      const [averageRow, totalRow] = [row(average), row(total)];
      if (!averageRow || !totalRow) continue;
      for (const column of valueColumns(table)) {
        const averageCell = relationCell(table.sheet, cellAt(averageRow, column));
        const totalCell = relationCell(table.sheet, cellAt(totalRow, column));
        if (!averageCell || !totalCell) continue;
        const candidates: Relation[] = [];
        for (const denominator of denominators) {
          const countRow = row(denominator);
          const countCell = countRow && relationCell(table.sheet, cellAt(countRow, column));
          if (!countRow || !countCell) continue;
          for (const factor of scaleFactors(
            totalRow.unit ?? table.unit,
            averageRow.unit ?? table.unit,
          )) {
            const expected =
              countCell.value === 0 ? 0 : (factor * totalCell.value) / countCell.value;
            const tolerance =
              RELATIVE_TOLERANCE * Math.abs(expected) +
              roundingSlack(averageCell) +
              Math.abs(expected) *
                (roundingSlack(totalCell) / Math.max(Math.abs(totalCell.value), 1e-9));
            const params = {
              label: averageRow.text,
              averageCell: averageCell.ref.address,
              totalCell: totalCell.ref.address,
              countCell: countCell.ref.address,
              denominator: denominator === 'active' ? 'active' : 'all',
              period: periodLabel(column),
            };
            const meta = {
              rule: 'per-unit-average' as const,
              severity: 'error' as const,
              messageKey: `per-unit-average.${params.denominator}`,
              params,
              sheet: table.sheet,
            };
            const relation = ratioRelation(meta, {
              derived: averageCell,
              numerator: totalCell,
              denominator: countCell,
              factor,
              tolerance,
            });
            if (relation) candidates.push(relation);
          }
        }
        const chosen = chooseAverageRelation(candidates, relativeGap);
        if (chosen) found.push(chosen);
      }
    }
  }
  return found;
}

function relativeGap(relation: Relation): number {
  const expected = Number(relation.params.expected);
  return Math.abs(Number(relation.params.actual) - expected) / Math.max(Math.abs(expected), 1e-9);
}

export const perUnitAverage: Rule = {
  id: 'per-unit-average',
  severity: 'error',
  appliesTo: () => true,
  relations,
};
