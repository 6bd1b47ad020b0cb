/**
 * percent-mismatch: a typed percentage against its own columns (attainment estimate ÷ plan,
 * growth t ÷ t-1 − 1, shares part ÷ whole, and share rows: shareRows.ts). Tolerance: half a unit of the last digit shown,
 * never tighter than 0,1 percentage point. "109" in a "(%)" column and 1,09 formatted as % are
 * the same figure; when a cell could be read either way, the reading that fits is taken. The
 * comparison fails only when no reading of no plausible pair fits.
 */
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import { comparisonPairs, type ComparisonKind, type ComparisonPair } from './percentPairs';
import { type Relation, relationCell, type RelationCell, roundingSlack, roundTo } from './relation';
import { ratioRelation, sumRelation } from './relationKinds';
import type { Rule } from './rule';
import { hasShareRows, shareRelations } from './shareRows';
import { cellAt, comparisonColumns, decimalsOfNumber } from './tableCells';

interface Fit {
  pair: ComparisonPair;
  kind: ComparisonKind;
  /** Shown value = cell value × multiplier (100 for a fraction formatted as %). */
  multiplier: number;
  expected: number;
  shown: number;
  tolerance: number;
  num: RelationCell;
  den: RelationCell;
}

function expectedOf(kind: ComparisonKind, num: number, den: number): number {
  if (kind === 'difference') return num - den;
  return kind === 'growth' ? (100 * num) / den - 100 : (100 * num) / den;
}

/** The readings of one pair: each comparison kind, the cell as shown and as a fraction. */
function fitsOf(
  table: AppendixTable,
  percent: RelationCell,
  percentFormatted: boolean,
  pair: ComparisonPair,
): Fit[] {
  const all: Fit[] = [];
  const num = relationCell(table.sheet, cellAt(pair.numerator.row, pair.numerator.column));
  const den = relationCell(table.sheet, cellAt(pair.denominator.row, pair.denominator.column));
  if (!num || !den || den.value === 0) return all;
  for (const kind of pair.kinds) {
    const multipliers =
      kind === 'difference'
        ? [1]
        : percentFormatted
          ? [100]
          : Math.abs(percent.value) <= 10
            ? [1, 100]
            : [1];
    for (const multiplier of multipliers) {
      const shown = percent.value * multiplier;
      const expected = expectedOf(kind, num.value, den.value);
      const decimals = percentFormatted ? percent.decimals - 2 : decimalsOfNumber(shown);
      const operandSlack =
        kind === 'difference'
          ? roundingSlack(num) + roundingSlack(den)
          : Math.abs((100 * num.value) / den.value) *
            (roundingSlack(num) / Math.abs(num.value || 1) +
              roundingSlack(den) / Math.abs(den.value));
      const own =
        kind === 'difference' ? roundingSlack(percent) : Math.max(0.1, 0.5 * 10 ** -decimals);
      all.push({
        pair,
        kind,
        multiplier,
        expected,
        shown,
        tolerance: own + operandSlack,
        num,
        den,
      });
    }
  }
  return all;
}

const miss = (fit: Fit): number => Math.abs(fit.shown - fit.expected) / fit.tolerance;

/**
 * Any fitting reading of any plausible pair clears the cell: the first one, in pair order, is
 * taken without reading the pairs after it. When none fits, the finding is about the most
 * conventional pair present (estimate ÷ plan first), not the nearest one: a wrong figure can make
 * an unrelated pair look close.
 */
function bestFit(
  table: AppendixTable,
  percent: RelationCell,
  percentFormatted: boolean,
  pairs: ComparisonPair[],
): Fit | undefined {
  let first: Fit[] | undefined;
  for (const pair of pairs) {
    const candidates = fitsOf(table, percent, percentFormatted, pair);
    const fitting = candidates.find((fit) => miss(fit) <= 1);
    if (fitting) return fitting;
    if (!first && candidates.length > 0) first = candidates;
  }
  return first?.reduce((a, b) => (miss(b) < miss(a) ? b : a));
}

function relationOf(
  table: AppendixTable,
  row: TableRow,
  percent: RelationCell,
  fit: Fit,
): Relation | undefined {
  const messageKey = fit.kind === 'ratio' ? 'percent-mismatch' : `percent-mismatch.${fit.kind}`;
  const params = {
    label: row.text,
    percentCell: percent.ref.address,
    numeratorCell: fit.num.ref.address,
    denominatorCell: fit.den.ref.address,
    expected: roundTo(fit.expected, 2),
    actual: roundTo(fit.shown, 4),
  };
  const meta = {
    rule: 'percent-mismatch' as const,
    severity: 'error' as const,
    messageKey,
    params,
    sheet: table.sheet,
  };
  const relation =
    fit.kind === 'difference'
      ? sumRelation(meta, percent, [fit.num, fit.den], [1, -1])
      : ratioRelation(meta, {
          derived: percent,
          numerator: fit.num,
          denominator: fit.den,
          factor: 100 / fit.multiplier,
          offset: fit.kind === 'growth' ? -100 / fit.multiplier : 0,
          tolerance: fit.tolerance / fit.multiplier,
        });
  return relation && { ...relation, params: { ...relation.params, ...params } };
}

function relationsIn(table: AppendixTable, comparison: PeriodColumn): Relation[] {
  const found: Relation[] = [];
  for (const row of table.rows) {
    const cell = cellAt(row, comparison);
    const percent = relationCell(table.sheet, cell);
    if (!cell || !percent) continue;
    const best = bestFit(
      table,
      percent,
      cell.percent === true,
      comparisonPairs(table, row, comparison, cell.percent === true),
    );
    if (!best) continue;
    const relation = relationOf(table, row, percent, best);
    if (relation) found.push(relation);
  }
  return found;
}

export const percentMismatch: Rule = {
  id: 'percent-mismatch',
  severity: 'error',
  appliesTo: (table) => comparisonColumns(table).length > 0 || hasShareRows(table),
  relations: (table) => [
    ...comparisonColumns(table).flatMap((column) => relationsIn(table, column)),
    ...shareRelations(table),
  ],
};
