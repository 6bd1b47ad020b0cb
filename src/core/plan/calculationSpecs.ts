/**
 * Which calculation columns a table supports, as data: for each requested kind, the header and
 * the two columns it divides. Percent of plan pairs an estimate with the plan of the same year;
 * growth pairs the latest year's estimate (or actual) with last year's actual; shares divide
 * each part row by its parent row within one value column.
 */
import type { AppendixTable, PeriodColumn } from '../layout/appendixTable';
import { type Lang, planLabel, periodLabel } from './labels';

export type CalculationKind = 'attainment' | 'growth' | 'share';

export type CalculationSpec =
  | {
      kind: 'attainment' | 'growth';
      header: string;
      numerator: PeriodColumn;
      denominator: PeriodColumn;
    }
  | { kind: 'share'; header: string; column: PeriodColumn };

type ValuePeriod = 'actual' | 'plan' | 'midyear' | 'estimate';
const VALUE_PERIODS: readonly string[] = ['actual', 'plan', 'midyear', 'estimate'];

type ValueColumn = PeriodColumn & { period: ValuePeriod };

/** Columns of figures whose period and year the headers or title said (not a default). */
function datedColumns(table: AppendixTable): (ValueColumn & { year: number })[] {
  return table.columns.filter(
    (c): c is ValueColumn & { year: number } =>
      VALUE_PERIODS.includes(c.period) && c.year !== undefined && c.periodFrom !== 'default',
  );
}

/** The one column of `period` and `year` measuring the same indicator; none when ambiguous. */
function partner(
  table: AppendixTable,
  of: PeriodColumn,
  period: ValuePeriod,
  year: number,
): ValueColumn | undefined {
  const found = datedColumns(table).filter(
    (c) => c.period === period && c.year === year && c.indicator === of.indicator,
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Keeps the pairs of the latest year: the figures the report is about. */
function latest<T extends { numerator: PeriodColumn }>(pairs: T[]): T[] {
  const year = Math.max(...pairs.map((pair) => pair.numerator.year ?? 0));
  return pairs.filter((pair) => pair.numerator.year === year);
}

function attainmentSpecs(table: AppendixTable, lang: Lang): CalculationSpec[] {
  const pairs = datedColumns(table).flatMap((estimate) => {
    if (estimate.period !== 'estimate') return [];
    const plan = partner(table, estimate, 'plan', estimate.year);
    return plan ? [{ numerator: estimate, denominator: plan }] : [];
  });
  return latest(pairs).map((pair) => ({
    kind: 'attainment' as const,
    header: planLabel(lang, 'calc.attainment', { year: pair.numerator.year ?? '' }),
    ...pair,
  }));
}

function growthSpecs(table: AppendixTable, lang: Lang): CalculationSpec[] {
  const pairs = datedColumns(table).flatMap((current) => {
    if (current.period !== 'estimate' && current.period !== 'actual') return [];
    // An actual column only stands for its year when that year has no estimate.
    if (current.period === 'actual' && partner(table, current, 'estimate', current.year)) {
      return [];
    }
    const previous = partner(table, current, 'actual', current.year - 1);
    return previous ? [{ numerator: current, denominator: previous }] : [];
  });
  return latest(pairs).map((pair) => ({
    kind: 'growth' as const,
    header: planLabel(lang, 'calc.growth', {
      current: periodLabel(lang, pair.numerator.period as ValuePeriod, pair.numerator.year),
      previous: periodLabel(lang, 'actual', pair.denominator.year),
    }),
    ...pair,
  }));
}

/** The column whose shares are wanted: the picked one, else the latest estimate, else the plan. */
function shareColumn(table: AppendixTable, picked: string | undefined): ValueColumn | undefined {
  const values = table.columns.filter((c): c is ValueColumn => VALUE_PERIODS.includes(c.period));
  if (picked !== undefined) return values.find((c) => c.column === picked.toUpperCase());
  const newest = (period: ValuePeriod) =>
    values
      .filter((c) => c.period === period)
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.index - b.index)[0];
  return (
    newest('estimate') ??
    values.find((c) => c.period === 'plan' && c.year === table.planYear) ??
    values[values.length - 1]
  );
}

function shareSpecs(table: AppendixTable, lang: Lang, picked?: string): CalculationSpec[] {
  const column = shareColumn(table, picked);
  if (!column) return [];
  const period = periodLabel(lang, column.period as ValuePeriod, column.year);
  return [{ kind: 'share', header: planLabel(lang, 'calc.share', { period }), column }];
}

export function calculationSpecs(
  table: AppendixTable,
  kinds: readonly CalculationKind[],
  lang: Lang,
  pickedShareColumn?: string,
): CalculationSpec[] {
  const specsOf: Record<CalculationKind, () => CalculationSpec[]> = {
    attainment: () => attainmentSpecs(table, lang),
    growth: () => growthSpecs(table, lang),
    share: () => shareSpecs(table, lang, pickedShareColumn),
  };
  return [...new Set(kinds)].flatMap((kind) => specsOf[kind]());
}
