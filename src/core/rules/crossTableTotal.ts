/**
 * cross-table-total: a breakdown table's total row equals the indicators table's figure for the
 * same indicator, period and year (the sector table's total = "Tổng số HTX" of Phụ lục I).
 * Columns whose period is only a default are not compared.
 * Cells of the other sheet are sheet-qualified in the finding.
 */
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import { type Relation, relationCell } from './relation';
import { sumRelation } from './relationKinds';
import type { Rule, RuleInput } from './rule';
import {
  cellAt,
  displayAddress,
  matchingColumn,
  periodLabel,
  plainKey,
  rowWithCode,
  statedColumns,
} from './tableCells';

/** What a breakdown's total row counts when its columns carry no indicator code. */
function totalRowCode(table: AppendixTable, total: TableRow): string {
  if (total.indicator) return total.indicator;
  const unit = plainKey(total.unit ?? table.unit);
  const block =
    total.block ??
    (/\btht\b|to hop tac/.test(unit)
      ? 'tht'
      : /lhhtx|lh htx|lien hiep/.test(unit)
        ? 'lhhtx'
        : 'htx');
  if (unit.includes('thanh vien')) return `${block}.members`;
  if (unit.includes('lao dong') || unit.includes('nguoi')) return `${block}.workers`;
  return `${block}.count`;
}

function crossRelation(
  table: AppendixTable,
  total: TableRow,
  column: PeriodColumn,
  code: string,
  input: RuleInput,
): Relation | undefined {
  const here = relationCell(table.sheet, cellAt(total, column));
  if (!here) return undefined;
  for (const other of input.tables) {
    if (other === table || other.kind !== 'indicators') continue;
    const row = rowWithCode(other, code);
    const otherColumn = row && matchingColumn(other, column);
    const there = otherColumn && relationCell(other.sheet, cellAt(row, otherColumn));
    if (!row || !there) continue;
    const params = {
      label: total.text,
      otherLabel: row.text,
      totalCell: here.ref.address,
      otherCell: displayAddress(there.ref, table.sheet),
      period: periodLabel(column),
    };
    const meta = {
      rule: 'cross-table-total' as const,
      severity: 'error' as const,
      messageKey: 'cross-table-total',
      params,
      sheet: table.sheet,
    };
    return sumRelation(meta, here, [there]);
  }
  return undefined;
}

export const crossTableTotal: Rule = {
  id: 'cross-table-total',
  severity: 'error',
  appliesTo: (table) => table.kind === 'breakdown',
  relations: (table, input) => {
    const total = table.rows.find((row) => row.role === 'total');
    if (!total) return [];
    return statedColumns(table).flatMap((column) => {
      const code = column.indicator ?? totalRowCode(table, total);
      const relation = crossRelation(table, total, column, code, input);
      return relation ? [relation] : [];
    });
  },
};
