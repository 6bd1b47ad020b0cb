/**
 * of-which-exceeds-parent: a "Trong đó" figure never exceeds its parent; disjoint "of which"
 * parts together never exceed it either. Pairs come from the relations catalogue (by indicator
 * code, rows or columns) and from the row tree for rows without codes. Flows are not subsets.
 * Status rows are left to status-partition when the split can be checked.
 */
import type { BlockMeasure } from '../catalog/indicatorCodes';
import {
  blockCode,
  blocks,
  disjointOfWhich,
  isFlow,
  ofWhichPairs,
  statusPartition,
} from '../catalog/relations';
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import { allPresent, type Relation, relationCell } from './relation';
import { atMostRelation } from './relationKinds';
import type { Rule } from './rule';
import {
  cellAt,
  isPercentUnit,
  periodGroups,
  periodLabel,
  rowsByCode,
  unitOf,
  valueColumns,
} from './tableCells';

interface Subset {
  parts: TableRow[];
  whole: TableRow;
}

const STATUSES: readonly BlockMeasure[] = statusPartition.statuses;

function codedSubsets(table: AppendixTable): Subset[] {
  const subsets: Subset[] = [];
  const byCode = rowsByCode(table);
  for (const block of blocks) {
    const row = (measure: BlockMeasure) => byCode(blockCode(block, measure));
    const statusSplitCheckable = statusPartition.required.every((measure) => row(measure));
    for (const { part, whole } of ofWhichPairs) {
      if (statusSplitCheckable && STATUSES.includes(part) && whole === 'count') continue;
      const [partRow, wholeRow] = [row(part), row(whole)];
      if (partRow && wholeRow) subsets.push({ parts: [partRow], whole: wholeRow });
    }
    for (const { whole, parts } of disjointOfWhich) {
      const wholeRow = row(whole);
      const partRows = parts.map(row).filter((found): found is TableRow => found !== undefined);
      if (wholeRow && partRows.length >= 2) subsets.push({ parts: partRows, whole: wholeRow });
    }
  }
  return subsets;
}

/** "Trong đó" rows the catalogue does not know: same unit as the parent, not a flow or a rate. */
function treeSubsets(table: AppendixTable): Subset[] {
  return table.rows.flatMap((row) => {
    if (row.role !== 'of-which' || row.parent === undefined) return [];
    const parent = table.rows[row.parent];
    if (!parent || (row.indicator && parent.indicator) || isFlow(row.indicator)) return [];
    const [unit, parentUnit] = [unitOf(table, row), unitOf(table, parent)];
    if (isPercentUnit(unit) || isPercentUnit(parentUnit)) return [];
    if (row.unit && parent.unit && unit !== parentUnit) return [];
    return [{ parts: [row], whole: parent }];
  });
}

function downRelations(table: AppendixTable): Relation[] {
  const relations: Relation[] = [];
  for (const { parts, whole } of [...codedSubsets(table), ...treeSubsets(table)]) {
    for (const column of valueColumns(table)) {
      const wholeCell = relationCell(table.sheet, cellAt(whole, column));
      const partCells = allPresent(
        parts.map((row) => relationCell(table.sheet, cellAt(row, column))),
      );
      if (!wholeCell || !partCells) continue;
      const params = {
        label: parts.map((row) => row.text).join(' + '),
        parentLabel: whole.text,
        wholeCell: wholeCell.ref.address,
        period: periodLabel(column),
      };
      relations.push(atMostRelation(meta(table, params), partCells, wholeCell));
    }
  }
  return relations;
}

function acrossRelations(table: AppendixTable): Relation[] {
  const relations: Relation[] = [];
  for (const group of periodGroups(valueColumns(table))) {
    for (const block of blocks) {
      const column = (measure: BlockMeasure): PeriodColumn | undefined =>
        group.find((candidate) => candidate.indicator === blockCode(block, measure));
      const statusSplitCheckable = statusPartition.required.every((measure) => column(measure));
      for (const { part, whole } of ofWhichPairs) {
        if (statusSplitCheckable && STATUSES.includes(part) && whole === 'count') continue;
        const [partColumn, wholeColumn] = [column(part), column(whole)];
        if (!partColumn || !wholeColumn) continue;
        for (const row of table.rows) {
          const partCell = relationCell(table.sheet, cellAt(row, partColumn));
          const wholeCell = relationCell(table.sheet, cellAt(row, wholeColumn));
          if (!partCell || !wholeCell) continue;
          const params = {
            label: `${row.text}: ${partColumn.header}`,
            parentLabel: wholeColumn.header,
            wholeCell: wholeCell.ref.address,
            period: periodLabel(wholeColumn),
          };
          relations.push(atMostRelation(meta(table, params), [partCell], wholeCell));
        }
      }
    }
  }
  return relations;
}

function meta(table: AppendixTable, params: Record<string, string | number>) {
  return {
    rule: 'of-which-exceeds-parent' as const,
    severity: 'error' as const,
    messageKey: 'of-which-exceeds-parent',
    params,
    sheet: table.sheet,
  };
}

export const ofWhichExceedsParent: Rule = {
  id: 'of-which-exceeds-parent',
  severity: 'error',
  appliesTo: () => true,
  relations: (table) => [...downRelations(table), ...acrossRelations(table)],
};
