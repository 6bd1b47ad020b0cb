/**
 * Share rows (percent-mismatch): a row "Tỷ lệ HTX xếp loại tốt, khá trên tổng số HTX đang hoạt
 * động" holds, in each period column, its part's figure over its whole's (layout/matchShare.ts).
 * Tolerance as for every typed percentage: half a unit of the last digit shown, never tighter
 * than 0,1 percentage point.
 */
import type { AppendixTable, TableRow } from '../layout/appendixTable';
import { type Relation, relationCell, roundTo } from './relation';
import { ratioRelation } from './relationKinds';
import { cellAt, decimalsOf, rowWithCode, valueColumns } from './tableCells';

export function hasShareRows(table: AppendixTable): boolean {
  return table.rows.some((row) => row.share !== undefined);
}

function relationsOfRow(table: AppendixTable, row: TableRow): Relation[] {
  const part = row.share && rowWithCode(table, row.share.part);
  const whole = row.share && rowWithCode(table, row.share.whole);
  if (!part || !whole) return [];
  const found: Relation[] = [];
  for (const column of valueColumns(table)) {
    const cell = cellAt(row, column);
    const share = relationCell(table.sheet, cell);
    const num = relationCell(table.sheet, cellAt(part, column));
    const den = relationCell(table.sheet, cellAt(whole, column));
    if (!cell || !share || !num || !den || den.value === 0) continue;
    // 66,1 typed in a "%" row, or 0,661 formatted as %: the same share.
    const multiplier = cell.percent ? 100 : 1;
    const shownDecimals = decimalsOf(cell, share.value);
    const tolerance = Math.max(0.1, 0.5 * 10 ** -shownDecimals);
    const expected = (100 * num.value) / den.value;
    const meta = {
      rule: 'percent-mismatch' as const,
      severity: 'error' as const,
      messageKey: 'percent-mismatch.share',
      params: {
        label: row.text,
        percentCell: share.ref.address,
        numeratorCell: num.ref.address,
        denominatorCell: den.ref.address,
        expected: roundTo(expected, 2),
        actual: roundTo(share.value * multiplier, 4),
      },
      sheet: table.sheet,
    };
    const relation = ratioRelation(meta, {
      derived: share,
      numerator: num,
      denominator: den,
      factor: 100 / multiplier,
      tolerance: tolerance / multiplier,
    });
    if (relation) found.push({ ...relation, params: { ...relation.params, ...meta.params } });
  }
  return found;
}

export function shareRelations(table: AppendixTable): Relation[] {
  return table.rows.flatMap((row) => (row.share ? relationsOfRow(table, row) : []));
}
