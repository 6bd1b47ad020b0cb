/**
 * monthly-in-yearly: an income stated per year ("triệu đồng/người/năm") whose figure is 3–10 is
 * almost surely a monthly figure (national 56 triệu/năm ≈ 4,7 triệu/tháng): suggest ×12.
 */
import { measureOf, perYearIncome } from '../catalog/relations';
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import type { Finding } from './finding';
import type { Rule } from './rule';
import { cellAt, numberOf, periodLabel, plainKey, unitOf, valueColumns } from './tableCells';

function bandFor(row: TableRow, column: PeriodColumn): [number, number] | undefined {
  const measure = measureOf(row.indicator ?? column.indicator);
  const known = perYearIncome.find((income) => income.measure === measure);
  if (known) return known.monthlyBand;
  // Rows the detector could not code: recognise the label itself.
  return plainKey(row.text).includes('thu nhap binh quan')
    ? perYearIncome[0].monthlyBand
    : undefined;
}

function check(table: AppendixTable): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.rows) {
    for (const column of valueColumns(table)) {
      const band = bandFor(row, column);
      const unit = unitOf(table, row, column);
      if (!band || !/\bnam\b/.test(unit) || unit.includes('thang')) continue;
      const cell = cellAt(row, column);
      const value = numberOf(cell);
      if (!cell || value === null || cell.approximate || value < band[0] || value > band[1])
        continue;
      findings.push({
        rule: 'monthly-in-yearly',
        severity: 'warning',
        sheet: table.sheet,
        cells: [cell.address],
        messageKey: 'monthly-in-yearly',
        params: {
          label: row.text,
          valueCell: cell.address,
          value,
          period: periodLabel(column),
          suggested: value * 12,
        },
        expected: value * 12,
        actual: value,
        suggestion: { cell: cell.address, value: value * 12, reason: 'monthly-12' },
      });
    }
  }
  return findings;
}

export const monthlyInYearly: Rule = {
  id: 'monthly-in-yearly',
  severity: 'warning',
  appliesTo: () => true,
  check,
};
