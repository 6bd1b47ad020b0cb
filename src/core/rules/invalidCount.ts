/**
 * invalid-count: numbers of cooperatives, members, workers are whole and never negative.
 * A count with exactly three decimals ("1.022" read as 1,022) is a thousands separator read as
 * a decimal point: suggest ×1000.
 */
import { isCountMeasure, isSectorCode } from '../catalog/relations';
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import type { Finding, Suggestion } from './finding';
import type { Rule } from './rule';
import {
  cellAt,
  decimalsOfNumber,
  isPercentUnit,
  isWhole,
  numberOf,
  periodLabel,
  unitOf,
  valueColumns,
} from './tableCells';

const COUNT_UNITS = [
  'htx',
  'lhhtx',
  'lh htx',
  'tht',
  'thanh vien',
  'nguoi',
  'lao dong',
  'hop tac xa',
  'to hop tac',
  'lien hiep',
  'luot',
];

function countsHere(table: AppendixTable, row: TableRow, column: PeriodColumn): boolean {
  const unit = unitOf(table, row, column);
  if (isPercentUnit(unit)) return false;
  if (row.indicator && !isSectorCode(row.indicator)) return isCountMeasure(row.indicator);
  if (column.indicator) return isCountMeasure(column.indicator);
  return COUNT_UNITS.includes(unit);
}

function suggestionFor(address: string, value: number): Suggestion | undefined {
  if (value < 0) return { cell: address, value: -value, reason: 'sign' };
  if (decimalsOfNumber(value) === 3)
    return { cell: address, value: Math.round(value * 1000), reason: 'scale-1000' };
  return undefined;
}

function check(table: AppendixTable): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.rows) {
    for (const column of valueColumns(table)) {
      const cell = cellAt(row, column);
      const value = numberOf(cell);
      if (!cell || value === null || cell.approximate || cell.percent) continue;
      if ((value >= 0 && isWhole(value)) || !countsHere(table, row, column)) continue;
      const suggestion = suggestionFor(cell.address, value);
      findings.push({
        rule: 'invalid-count',
        severity: 'error',
        sheet: table.sheet,
        cells: [cell.address],
        messageKey: value < 0 ? 'invalid-count.negative' : 'invalid-count.fraction',
        params: { label: row.text, valueCell: cell.address, value, period: periodLabel(column) },
        ...(suggestion ? { suggestion, expected: suggestion.value, actual: value } : {}),
      });
    }
  }
  return findings;
}

export const invalidCount: Rule = {
  id: 'invalid-count',
  severity: 'error',
  appliesTo: () => true,
  check,
};
