/**
 * midyear-exceeds-estimate: a figure cumulated to 30/6 never exceeds the year-end estimate of
 * the same year (error for flows cumulated within the year: new, dissolved…); for stocks that
 * usually grow (number of HTX, members) dissolutions in the second half can explain it, so a
 * warning. Columns whose period is only a default are not compared.
 */
import { cumulativeWithinYear, measureOf, usuallyGrowingStocks } from '../catalog/relations';
import type { AppendixTable, PeriodColumn } from '../layout/appendixTable';
import { type Relation, relationCell } from './relation';
import { atMostRelation } from './relationKinds';
import type { Rule } from './rule';
import { cellAt, periodLabel, statedColumns } from './tableCells';

function estimateFor(table: AppendixTable, midyear: PeriodColumn): PeriodColumn | undefined {
  const estimates = statedColumns(table).filter((column) => column.period === 'estimate');
  const sameYear = estimates.filter((column) => column.year === midyear.year);
  if (sameYear.length === 1) return sameYear[0];
  return midyear.year === undefined && estimates.length === 1 ? estimates[0] : undefined;
}

function relations(table: AppendixTable): Relation[] {
  const found: Relation[] = [];
  for (const midyear of statedColumns(table).filter((column) => column.period === 'midyear')) {
    const estimate = estimateFor(table, midyear);
    if (!estimate) continue;
    for (const row of table.rows) {
      const measure = measureOf(row.indicator);
      if (!measure) continue;
      const cumulative = cumulativeWithinYear.includes(measure);
      if (!cumulative && !usuallyGrowingStocks.includes(measure)) continue;
      const midCell = relationCell(table.sheet, cellAt(row, midyear));
      const estCell = relationCell(table.sheet, cellAt(row, estimate));
      if (!midCell || !estCell) continue;
      const params = {
        label: row.text,
        midyearCell: midCell.ref.address,
        estimateCell: estCell.ref.address,
        midyearPeriod: periodLabel(midyear),
        estimatePeriod: periodLabel(estimate),
      };
      const meta = {
        rule: 'midyear-exceeds-estimate' as const,
        severity: cumulative ? ('error' as const) : ('warning' as const),
        messageKey: cumulative ? 'midyear-exceeds-estimate' : 'midyear-exceeds-estimate.stock',
        params,
        sheet: table.sheet,
      };
      found.push(atMostRelation(meta, [midCell], estCell));
    }
  }
  return found;
}

export const midyearExceedsEstimate: Rule = {
  id: 'midyear-exceeds-estimate',
  severity: 'error',
  appliesTo: (table) => table.kind === 'indicators',
  relations,
};
