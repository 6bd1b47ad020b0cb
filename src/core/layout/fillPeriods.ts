/**
 * Periods for value columns whose header names none: from the title when it ties a period to the
 * column's year (or names a single period), else a default.
 *
 * Why `estimate` by default: breakdown tables of the plan report (HTX by sector or district,
 * status split) describe the current year as estimated when the report is written, so their
 * figures compare with the main table's estimate column. Funding tables state needs for the
 * plan year, so their default is `plan`. Such columns carry `periodFrom: 'default'` so that
 * rules comparing periods can leave them out.
 */
import type { PeriodWord } from '../catalog/periodLabels';
import type { PeriodColumn } from './appendixTable';

export function fillPeriods(
  columns: PeriodColumn[],
  titlePeriods: readonly { period: PeriodWord; year?: number }[],
): void {
  const funding = columns.some((c) => c.indicator?.startsWith('funding.'));
  const years = columns.filter((c) => c.year !== undefined && c.periodFrom !== 'header');
  const latest = years.length > 0 ? Math.max(...years.map((c) => c.year!)) : undefined;
  const mentionsPlan = titlePeriods.some((p) => p.period === 'plan');
  for (const column of columns) {
    if (column.periodFrom || column.period === 'unit' || column.period === 'note') continue;
    const byYear =
      column.year !== undefined ? titlePeriods.find((p) => p.year === column.year) : undefined;
    if (byYear) {
      column.period = byYear.period;
      column.periodFrom = 'title';
    } else if (column.year === undefined && titlePeriods.length === 1) {
      column.period = titlePeriods[0].period;
      if (titlePeriods[0].year !== undefined) column.year = titlePeriods[0].year;
      column.periodFrom = 'title';
    } else if (column.year !== undefined) {
      // A bare year ("2022", "Năm 2023"): the latest is the plan when the title plans, the
      // others are past actuals.
      column.period = mentionsPlan && column.year === latest ? 'plan' : 'actual';
      column.periodFrom = 'default';
    } else {
      column.period = funding ? 'plan' : 'estimate';
      column.periodFrom = 'default';
    }
  }
}
