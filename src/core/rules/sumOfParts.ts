/**
 * sum-of-parts: a total equals the sum of its partition, in every period column separately and,
 * in breakdown and funding tables, across the columns of each row.
 * parts-short: a partition that need not be exhaustive (sectors, districts) whose parts fall
 * short of the total: usually an unlisted group, so a warning.
 */
import { measureOf } from '../catalog/relations';
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import type { RuleId } from './finding';
import { columnPartitions, isPercentColumn, type PartitionKind, rowPartitions } from './partitions';
import { allPresent, type Relation, relationCell, type RelationCell } from './relation';
import { sumRelation } from './relationKinds';
import type { Rule } from './rule';
import { cellAt, periodLabel, valueColumns } from './tableCells';

function partitionRelation(
  table: AppendixTable,
  total: RelationCell,
  parts: RelationCell[],
  exhaustive: boolean,
  kind: PartitionKind,
  params: Record<string, string | number>,
): Relation {
  const partsSum = parts.reduce((sum, part) => sum + part.value, 0);
  const short = !exhaustive && partsSum < total.value;
  const rule: RuleId = short ? 'parts-short' : 'sum-of-parts';
  return sumRelation(
    {
      rule,
      severity: short ? 'warning' : 'error',
      messageKey: short ? 'parts-short' : `sum-of-parts.${kind}`,
      params: { ...params, totalCell: total.ref.address },
      sheet: table.sheet,
    },
    total,
    parts,
  );
}

function downRelations(table: AppendixTable): Relation[] {
  const relations: Relation[] = [];
  // Averages and rates do not add up down a column.
  const columns = valueColumns(table).filter(
    (column) => !isPercentColumn(column) && !measureOf(column.indicator)?.startsWith('avg-'),
  );
  for (const { total, parts, exhaustive, kind } of rowPartitions(table)) {
    const checks = columns.flatMap((column) => {
      const totalCell = relationCell(table.sheet, cellAt(total, column));
      const partCells = allPresent(
        parts.map((row) => relationCell(table.sheet, cellAt(row, column))),
      );
      return totalCell && partCells ? [{ column, totalCell, partCells }] : [];
    });
    // A list that closes its total exactly in one column leaves no group out at that moment:
    // an unlisted group would lack its HTX there too. In the other columns of the same period
    // (active, members, workers) parts that fall short are a typing error.
    const closes = new Set(
      checks
        .filter(
          ({ totalCell, partCells }) =>
            totalCell.value !== 0 &&
            totalCell.value === partCells.reduce((sum, part) => sum + part.value, 0),
        )
        .map(({ column }) => momentOf(column)),
    );
    for (const { column, totalCell, partCells } of checks) {
      const complete = exhaustive || closes.has(momentOf(column));
      const params = { label: total.text, period: periodLabel(column) };
      relations.push(partitionRelation(table, totalCell, partCells, complete, kind, params));
    }
  }
  return relations;
}

function momentOf(column: PeriodColumn): string {
  return `${column.period}:${column.year ?? ''}`;
}

function acrossRelations(table: AppendixTable): Relation[] {
  const relations: Relation[] = [];
  for (const { total, parts, exhaustive, kind } of columnPartitions(table)) {
    for (const row of table.rows) {
      const totalCell = relationCell(table.sheet, cellAt(row, total));
      const partCells = allPresent(
        parts.map((column: PeriodColumn) => relationCell(table.sheet, cellAt(row, column))),
      );
      if (!totalCell || !partCells) continue;
      const params = { label: rowLabel(row), period: periodLabel(total) };
      relations.push(
        partitionRelation(
          table,
          totalCell,
          partCells,
          exhaustive,
          kind === 'funding' ? 'funding' : 'columns',
          params,
        ),
      );
    }
  }
  return relations;
}

function rowLabel(row: TableRow): string {
  return row.label ? `${row.label}. ${row.text}` : row.text;
}

export function partitionRelations(table: AppendixTable): Relation[] {
  return [...downRelations(table), ...acrossRelations(table)];
}

export const sumOfParts: Rule = {
  id: 'sum-of-parts',
  severity: 'error',
  appliesTo: () => true,
  relations: (table) => partitionRelations(table),
};

export const partsShort: Rule = {
  id: 'parts-short',
  severity: 'warning',
  appliesTo: (table) => table.kind !== 'funding',
  relations: (table) => partitionRelations(table),
};
