/**
 * Which two figures a comparison cell divides: the pair its header names (`compares`), else the
 * plausible period pairs (estimate ÷ plan, estimate ÷ actual N-1, plan N+1 ÷ estimate, 30/6 ÷
 * plan…) and, for part rows, the share of the parent row in the same column.
 */
import type { AppendixTable, PeriodColumn, PeriodKind, TableRow } from '../layout/appendixTable';
import { plainKey, valueColumns } from './tableCells';

export type ComparisonKind = 'ratio' | 'growth' | 'share' | 'difference';

export interface ComparisonPair {
  numerator: { row: TableRow; column: PeriodColumn };
  denominator: { row: TableRow; column: PeriodColumn };
  kinds: ComparisonKind[];
}

/** [numerator period, denominator period, numerator year − denominator year]. */
const PLAUSIBLE: readonly [PeriodKind, PeriodKind, number][] = [
  ['estimate', 'plan', 0],
  ['estimate', 'actual', 1],
  ['plan', 'estimate', 1],
  ['midyear', 'plan', 0],
  ['midyear', 'actual', 1],
  ['plan', 'actual', 1],
  ['actual', 'actual', 1],
  ['estimate', 'estimate', 1],
  ['plan', 'plan', 1],
];

const PERIOD_WORDS: readonly [PeriodKind, RegExp][] = [
  ['midyear', /midyear|6 thang|30\/6/],
  ['estimate', /estimate|uoc|uth/],
  ['plan', /plan|ke hoach|\bkh\b/],
  ['actual', /actual|thuc hien|\bth\b/],
];

/** A `compares` operand: column letters, or a period name with an optional year. */
function resolveOperand(
  table: AppendixTable,
  text: string,
  comparison: PeriodColumn,
): PeriodColumn | undefined {
  const columns = valueColumns(table);
  const byLetters = columns.find((column) => column.column === text.trim().toUpperCase());
  if (byLetters) return byLetters;
  const key = plainKey(text);
  const period = PERIOD_WORDS.find(([, pattern]) => pattern.test(key))?.[0];
  if (!period) return undefined;
  const year = Number(/\b(19|20)\d\d\b/.exec(key)?.[0]) || undefined;
  const ofPeriod = columns.filter((column) => column.period === period && column !== comparison);
  const dated = ofPeriod.filter((column) => year !== undefined && column.year === year);
  if (dated.length === 1) return dated[0];
  return ofPeriod.length === 1 ? ofPeriod[0] : undefined;
}

function kindsFor(comparison: PeriodColumn, percentCell: boolean): ComparisonKind[] {
  const header = plainKey(comparison.header + ' ' + (comparison.unit ?? ''));
  const rate = percentCell || /%|ty le|so sanh|dat|\/|tang truong/.test(header);
  return rate ? ['ratio', 'growth'] : ['ratio', 'growth', 'difference'];
}

export function comparisonPairs(
  table: AppendixTable,
  row: TableRow,
  comparison: PeriodColumn,
  percentCell: boolean,
): ComparisonPair[] {
  const kinds = kindsFor(comparison, percentCell);
  const pairOf = (num: PeriodColumn, den: PeriodColumn): ComparisonPair => ({
    numerator: { row, column: num },
    denominator: { row, column: den },
    kinds,
  });
  if (comparison.compares) {
    const num = resolveOperand(table, comparison.compares.numerator, comparison);
    const den = resolveOperand(table, comparison.compares.denominator, comparison);
    return num && den ? [pairOf(num, den)] : [];
  }
  const columns = valueColumns(table);
  const pairs: ComparisonPair[] = [];
  for (const [numPeriod, denPeriod, delta] of PLAUSIBLE) {
    for (const num of columns.filter((column) => column.period === numPeriod)) {
      if (comparison.year !== undefined && num.year !== undefined && num.year !== comparison.year)
        continue;
      for (const den of columns.filter((column) => column.period === denPeriod && column !== num)) {
        if (num.year !== undefined && den.year !== undefined && num.year - den.year !== delta)
          continue;
        pairs.push(pairOf(num, den));
      }
    }
  }
  const parent = row.parent !== undefined ? table.rows[row.parent] : undefined;
  const whole =
    parent ?? (row.role === 'part' ? table.rows.find((r) => r.role === 'total') : undefined);
  if (whole && whole !== row) {
    for (const column of columns) {
      pairs.push({
        numerator: { row, column },
        denominator: { row: whole, column },
        kinds: ['share'],
      });
    }
  }
  return pairs;
}
