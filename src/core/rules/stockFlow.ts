/**
 * stock-flow: on year-end figures only, this year's estimate ≈ last year's actual + new −
 * dissolved (− converted), and next year's plan ≈ this year's estimate + planned new − planned
 * dissolved. Never from the 30/6 column. Off-by-one is common (registration dates), so a
 * warning with the residual as a number.
 */
import type { BlockMeasure } from '../catalog/indicatorCodes';
import { blockCode, blocks, stockFlow } from '../catalog/relations';
import type { AppendixTable, PeriodColumn } from '../layout/appendixTable';
import { allPresent, type Relation, relationCell, type RelationCell } from './relation';
import { sumRelation } from './relationKinds';
import type { Rule } from './rule';
import { cellAt, periodLabel, rowsByCode, statedColumns } from './tableCells';

interface Step {
  /** The column whose stock is checked and whose flows are used. */
  current: PeriodColumn;
  previous: PeriodColumn;
  messageKey: string;
}

/** Year-end steps: actual(N-1) → estimate(N) → plan(N+1). */
function steps(table: AppendixTable): Step[] {
  // Periods only defaulted are guesses: a balance over them would compare unknown moments.
  const columns = statedColumns(table);
  // A dated column must carry the expected year; an undated one is taken only when it is the
  // sole candidate on the right side of the step.
  const pick = (period: string, year: number | undefined, side: (c: PeriodColumn) => boolean) => {
    const ofPeriod = columns.filter((column) => column.period === period && side(column));
    const dated = year === undefined ? [] : ofPeriod.filter((column) => column.year === year);
    if (dated.length === 1) return dated[0];
    const undated = ofPeriod.filter((column) => column.year === undefined);
    return dated.length === 0 && ofPeriod.length === 1 && undated.length === 1
      ? undated[0]
      : undefined;
  };
  const found: Step[] = [];
  for (const estimate of columns.filter((column) => column.period === 'estimate')) {
    const year = estimate.year;
    const before = (column: PeriodColumn) => column.index < estimate.index;
    const after = (column: PeriodColumn) => column.index > estimate.index;
    const previous = pick('actual', year === undefined ? undefined : year - 1, before);
    if (previous) found.push({ current: estimate, previous, messageKey: 'stock-flow' });
    const plan = pick('plan', year === undefined ? undefined : year + 1, after);
    if (plan) found.push({ current: plan, previous: estimate, messageKey: 'stock-flow.plan' });
  }
  return found;
}

function relationsOf(table: AppendixTable): Relation[] {
  const found: Relation[] = [];
  const byCode = rowsByCode(table);
  for (const block of blocks) {
    const row = (measure: BlockMeasure) => byCode(blockCode(block, measure));
    const stockRow = row(stockFlow.stock);
    if (!stockRow) continue;
    for (const { current, previous, messageKey } of steps(table)) {
      const cell = (measure: BlockMeasure, column: PeriodColumn): RelationCell | undefined => {
        const found = row(measure);
        return found && relationCell(table.sheet, cellAt(found, column));
      };
      const stock = cell(stockFlow.stock, current);
      const flows = allPresent([
        cell(stockFlow.stock, previous),
        ...stockFlow.inflows.map((measure) => cell(measure, current)),
        ...stockFlow.outflows.map((measure) => cell(measure, current)),
      ]);
      if (!stock || !flows) continue;
      const signs = [1, ...stockFlow.inflows.map(() => 1), ...stockFlow.outflows.map(() => -1)];
      const optional = stockFlow.optionalOutflows
        .map((measure) => cell(measure, current))
        .filter((found): found is RelationCell => found !== undefined);
      const params = {
        label: stockRow.text,
        stockCell: stock.ref.address,
        previousCell: flows[0].ref.address,
        period: periodLabel(current),
        previousPeriod: periodLabel(previous),
      };
      const meta = {
        rule: 'stock-flow' as const,
        severity: 'warning' as const,
        messageKey,
        params,
        sheet: table.sheet,
        doubt: true,
      };
      const without = sumRelation(meta, stock, flows, signs);
      const withOptional =
        optional.length > 0
          ? sumRelation(meta, stock, [...flows, ...optional], [...signs, ...optional.map(() => -1)])
          : undefined;
      const candidates = [withOptional, without].filter((r): r is Relation => r !== undefined);
      const holding = candidates.find((relation) => relation.holds);
      const closest = [...candidates].sort(
        (a, b) => Math.abs(Number(a.params.difference)) - Math.abs(Number(b.params.difference)),
      )[0];
      const chosen = holding ?? closest;
      found.push({ ...chosen, params: { ...chosen.params, residual: chosen.params.difference } });
    }
  }
  return found;
}

export const stockFlowRule: Rule = {
  id: 'stock-flow',
  severity: 'warning',
  appliesTo: (table) => table.kind === 'indicators',
  relations: relationsOf,
};
