/**
 * The plan year of the summary and which period column of a table gives each of its columns:
 * with P the plan year, last year's actual is TH P-2, this year's plan and estimate KH and ƯTH
 * P-1, next year's plan KH P.
 */
import type { AppendixTable, PeriodColumn, PeriodKind } from '../layout/appendixTable';

export type SummaryPeriod = 'previous' | 'plan' | 'estimate' | 'next';

export const summaryPeriods: readonly SummaryPeriod[] = ['previous', 'plan', 'estimate', 'next'];

const wanted: Record<SummaryPeriod, { period: PeriodKind; offset: number }> = {
  previous: { period: 'actual', offset: -2 },
  plan: { period: 'plan', offset: -1 },
  estimate: { period: 'estimate', offset: -1 },
  next: { period: 'plan', offset: 0 },
};

/**
 * The option, else the plan year most indicator tables give, else any table's, else the year
 * after the latest estimate; undefined when the workbook says nothing.
 */
export function summaryYear(
  option: number | undefined,
  tables: readonly AppendixTable[],
): number | undefined {
  if (option !== undefined) return option;
  const commonest = (years: number[]) => {
    const counts = new Map<number, number>();
    for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  };
  const planYears = (kind?: AppendixTable['kind']) =>
    tables.flatMap((t) =>
      t.planYear !== undefined && (!kind || t.kind === kind) ? [t.planYear] : [],
    );
  const estimates = tables.flatMap((t) =>
    t.columns.flatMap((c) => (c.period === 'estimate' && c.year ? [c.year + 1] : [])),
  );
  const latestEstimate = estimates.length > 0 ? Math.max(...estimates) : undefined;
  return commonest(planYears('indicators')) ?? commonest(planYears()) ?? latestEstimate;
}

/**
 * The table's column for a summary period. Without a plan year, columns are told apart by kind
 * alone: the latest actual and estimate, the first plan as this year's and a later one as next.
 */
export function periodColumn(
  table: AppendixTable,
  period: SummaryPeriod,
  planYear: number | undefined,
): PeriodColumn | undefined {
  const { period: kind, offset } = wanted[period];
  const columns = table.columns.filter((column) => column.period === kind);
  if (planYear !== undefined) return columns.find((c) => c.year === planYear + offset);
  if (period === 'plan') return columns.length > 1 ? columns[0] : undefined;
  return columns[columns.length - 1];
}
