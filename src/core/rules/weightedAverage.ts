/**
 * weighted-average: in a breakdown whose columns give a count and an average per part (sector,
 * district), the overall average lies within the range of the part averages and equals their
 * count-weighted mean (±0,5 % relative, since averages are rounded). The weight may be all HTX
 * or only the active ones: the check passes when either fits, and a failing finding names the
 * weight that came closest.
 */
import { measureOf, weightedAverages } from '../catalog/relations';
import type { AppendixTable, PeriodColumn } from '../layout/appendixTable';
import { rowPartitions } from './partitions';
import { allPresent, type Relation, relationCell } from './relation';
import { weightedMeanRelation } from './relationKinds';
import type { Rule } from './rule';
import { chooseAverageRelation } from './denominatorNote';
import { cellAt, periodGroups, periodLabel, valueColumns } from './tableCells';

const RELATIVE_TOLERANCE = 0.005;

function relationsFor(
  table: AppendixTable,
  averageColumn: PeriodColumn,
  weightColumns: PeriodColumn[],
): Relation[] {
  const found: Relation[] = [];
  for (const { total, parts } of rowPartitions(table)) {
    const overall = relationCell(table.sheet, cellAt(total, averageColumn));
    const averages = allPresent(
      parts.map((row) => relationCell(table.sheet, cellAt(row, averageColumn))),
    );
    if (!overall || !averages) continue;
    const candidates: Relation[] = [];
    for (const weightColumn of weightColumns) {
      const weights = allPresent(
        parts.map((row) => relationCell(table.sheet, cellAt(row, weightColumn))),
      );
      if (!weights) continue;
      const pairs = averages.map((average, i) => ({ average, weight: weights[i] }));
      const params = {
        label: total.text,
        averageCell: overall.ref.address,
        weight: weightColumn.header,
        denominator: measureOf(weightColumn.indicator) === 'active' ? 'active' : 'all',
        period: periodLabel(averageColumn),
      };
      const meta = {
        rule: 'weighted-average' as const,
        severity: 'error' as const,
        messageKey: 'weighted-average',
        params,
        sheet: table.sheet,
      };
      const relation = weightedMeanRelation(meta, overall, pairs, RELATIVE_TOLERANCE);
      if (!relation) continue;
      const outside =
        overall.value < Number(relation.params.min) || overall.value > Number(relation.params.max);
      candidates.push(outside ? { ...relation, messageKey: 'weighted-average.range' } : relation);
    }
    const gap = (relation: Relation) =>
      Math.abs(Number(relation.params.actual) - Number(relation.params.mean));
    const chosen = chooseAverageRelation(candidates, gap);
    if (chosen) found.push(chosen);
  }
  return found;
}

function relations(table: AppendixTable): Relation[] {
  return periodGroups(valueColumns(table)).flatMap((group) =>
    weightedAverages.flatMap(({ average, weights }) => {
      const averageColumn = group.find((column) => measureOf(column.indicator) === average);
      if (!averageColumn) return [];
      const block = averageColumn.indicator?.split('.')[0];
      const weightColumns = group.filter((column) => {
        const measure = measureOf(column.indicator);
        return (
          column.indicator?.split('.')[0] === block &&
          measure !== undefined &&
          weights.includes(measure)
        );
      });
      return relationsFor(table, averageColumn, weightColumns);
    }),
  );
}

export const weightedAverage: Rule = {
  id: 'weighted-average',
  severity: 'error',
  appliesTo: (table) => table.columns.some((column) => column.indicator !== undefined),
  relations,
};
