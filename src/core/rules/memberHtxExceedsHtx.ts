/**
 * member-htx-exceeds-htx: the cooperatives that are members of unions (LHHTX) are cooperatives,
 * so their number never exceeds the number of HTX of the same period (same table, or another
 * indicators table of the workbook).
 */
import { crossBlockAtMost } from '../catalog/relations';
import type { AppendixTable } from '../layout/appendixTable';
import { type Relation, relationCell } from './relation';
import { atMostRelation } from './relationKinds';
import type { Rule, RuleInput } from './rule';
import {
  cellAt,
  displayAddress,
  matchingColumn,
  periodLabel,
  rowWithCode,
  valueColumns,
} from './tableCells';

function relations(table: AppendixTable, input: RuleInput): Relation[] {
  const found: Relation[] = [];
  for (const { part, whole } of crossBlockAtMost) {
    const partRow = rowWithCode(table, part);
    if (!partRow) continue;
    const owners = [
      table,
      ...input.tables.filter((other) => other !== table && other.kind === 'indicators'),
    ];
    for (const column of valueColumns(table)) {
      const partCell = relationCell(table.sheet, cellAt(partRow, column));
      if (!partCell) continue;
      for (const owner of owners) {
        const wholeRow = rowWithCode(owner, whole);
        const wholeColumn = owner === table ? column : matchingColumn(owner, column);
        const wholeCell =
          wholeRow && wholeColumn && relationCell(owner.sheet, cellAt(wholeRow, wholeColumn));
        if (!wholeCell) continue;
        const params = {
          label: partRow.text,
          parentLabel: wholeRow.text,
          partCell: partCell.ref.address,
          wholeCell: displayAddress(wholeCell.ref, table.sheet),
          period: periodLabel(column),
        };
        const meta = {
          rule: 'member-htx-exceeds-htx' as const,
          severity: 'error' as const,
          messageKey: 'member-htx-exceeds-htx',
          params,
          sheet: table.sheet,
        };
        found.push(atMostRelation(meta, [partCell], wholeCell));
        break;
      }
    }
  }
  return found;
}

export const memberHtxExceedsHtx: Rule = {
  id: 'member-htx-exceeds-htx',
  severity: 'error',
  appliesTo: (table) => table.kind === 'indicators',
  relations,
};
