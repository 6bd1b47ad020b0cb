/**
 * status-partition: count = active + paused [+ dissolving], per block, in every period column
 * (rows of an indicators table) or in every row (status columns of a breakdown). "Dissolved"
 * may be listed beside the statuses: the split passes if it closes with or without it. Parts
 * that fall short while "dissolving" is not listed leave room for that unlisted status: warning,
 * unless the same split closes exactly elsewhere in the table (every other period, or the total
 * row of a breakdown), which shows the listed statuses are complete: error.
 */
import { blockCode, blocks, statusPartition } from '../catalog/relations';
import type { BlockMeasure } from '../catalog/indicatorCodes';
import type { AppendixTable, PeriodColumn, TableCell, TableRow } from '../layout/appendixTable';
import { type Relation, relationCell, type RelationCell } from './relation';
import { sumRelation } from './relationKinds';
import type { Rule } from './rule';
import { cellAt, periodGroups, periodLabel, rowsByCode, valueColumns } from './tableCells';

type CellOf = (measure: BlockMeasure) => TableCell | undefined;

function statusRelation(
  table: AppendixTable,
  cellOf: CellOf,
  params: Record<string, string | number>,
  noUnlistedStatus = false,
): Relation | undefined {
  const cell = (measure: BlockMeasure): RelationCell | undefined =>
    relationCell(table.sheet, cellOf(measure));
  const total = cell(statusPartition.total);
  const statuses = statusPartition.statuses.map(cell);
  const required = statusPartition.required.map(cell);
  if (!total || required.some((status) => status === undefined)) return undefined;
  const listed = statuses.filter((status): status is RelationCell => status !== undefined);
  const flows = statusPartition.flowsSometimesListed
    .map(cell)
    .filter((flow): flow is RelationCell => flow !== undefined);
  const meta = (short: boolean) => ({
    rule: 'status-partition' as const,
    severity: short ? ('warning' as const) : ('error' as const),
    messageKey: short ? 'status-partition.short' : 'status-partition',
    params: { ...params, totalCell: total.ref.address },
    sheet: table.sheet,
  });
  const base = sumRelation(meta(false), total, listed);
  if (base.holds) return base;
  const withFlows =
    flows.length > 0 ? sumRelation(meta(false), total, [...listed, ...flows]) : undefined;
  if (withFlows?.holds) return withFlows;
  const dissolvingListed = cell('dissolving') !== undefined;
  const sumWithFlows =
    listed.reduce((sum, status) => sum + status.value, 0) +
    flows.reduce((sum, flow) => sum + flow.value, 0);
  const short = !noUnlistedStatus && !dissolvingListed && sumWithFlows < total.value;
  return short ? sumRelation(meta(true), total, listed) : base;
}

function downRelations(table: AppendixTable): Relation[] {
  const relations: Relation[] = [];
  const byCode = rowsByCode(table);
  for (const block of blocks) {
    const row = (measure: BlockMeasure) => byCode(blockCode(block, measure));
    const totalRow = row('count');
    if (!totalRow) continue;
    const relationIn = (column: PeriodColumn, noUnlistedStatus?: boolean) => {
      const cellOf: CellOf = (measure) => {
        const found = row(measure);
        return found ? cellAt(found, column) : undefined;
      };
      const params = { label: totalRow.text, period: periodLabel(column) };
      return statusRelation(table, cellOf, params, noUnlistedStatus);
    };
    const columns = valueColumns(table);
    const first = columns.map((column) => relationIn(column));
    first.forEach((relation, i) => {
      if (!relation) return;
      // When the split closes in every other period (two at least), the listed statuses are
      // complete: a period that falls short is mistyped, not "being dissolved".
      const others = first.filter((other, j) => j !== i && other !== undefined);
      const complete = others.length >= 2 && others.every((other) => other!.holds);
      relations.push(relation.holds || !complete ? relation : relationIn(columns[i], true)!);
    });
  }
  return relations;
}

function acrossRelations(table: AppendixTable): Relation[] {
  const relations: Relation[] = [];
  for (const group of periodGroups(valueColumns(table))) {
    for (const block of blocks) {
      const column = (measure: BlockMeasure) =>
        group.find((candidate) => candidate.indicator === blockCode(block, measure));
      const totalColumn = column('count');
      if (!totalColumn) continue;
      const relationOf = (row: TableRow, noUnlistedStatus?: boolean) => {
        const cellOf: CellOf = (measure) => {
          const found = column(measure);
          return found ? cellAt(row, found) : undefined;
        };
        const params = { label: row.text, period: periodLabel(totalColumn) };
        return statusRelation(table, cellOf, params, noUnlistedStatus);
      };
      // When the table's total row splits exactly into the listed statuses, no HTX anywhere is
      // in an unlisted one: a part row that falls short is mistyped, not "being dissolved".
      const totalRow = table.rows.find((row) => row.role === 'total');
      const totalSplit = totalRow && relationOf(totalRow);
      const noUnlistedStatus = totalSplit?.holds === true && totalSplit.cells.length > 0;
      for (const row of table.rows) {
        const relation = relationOf(row, noUnlistedStatus);
        if (relation) relations.push(relation);
      }
    }
  }
  return relations;
}

export const statusPartitionRule: Rule = {
  id: 'status-partition',
  severity: 'error',
  appliesTo: () => true,
  relations: (table) => [...downRelations(table), ...acrossRelations(table)],
};
