/**
 * scale-slip: a figure about a thousand times (300×–3000×) off its neighbours in the same row
 * (the same indicator in other periods), when those neighbours agree among themselves; or a
 * per-HTX average outside its plausible range in triệu đồng that becomes plausible ×1000 or
 * ÷1000 (a "2,2" typed in tỷ into a triệu column).
 *
 * It is a relation (the figure needs value ÷1000 or ×1000) so that the culprit engine can weigh
 * it with the identities the same figure breaks: a member count typed ×1000 that also exceeds
 * its parent is named in both findings.
 */
import { measureOf, plausibleMillions } from '../catalog/relations';
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import { moneyScale } from './moneyScale';
import { isPercentColumn } from './partitions';
import { type Relation, relationCell, type RelationCell, roundingSlack } from './relation';
import type { Rule } from './rule';
import { cellAt, isPercentUnit, periodLabel, unitOf, valueColumns } from './tableCells';

interface Figure {
  column: PeriodColumn;
  cell: RelationCell;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function figuresOf(table: AppendixTable, row: TableRow, columns: PeriodColumn[]): Figure[] {
  return columns.flatMap((column) => {
    const tableCell = cellAt(row, column);
    const cell = relationCell(table.sheet, tableCell);
    if (!cell || cell.value === 0 || cell.approximate || tableCell?.percent) return [];
    return [{ column, cell }];
  });
}

function neighbourSlip(figure: Figure, others: Figure[]): number | undefined {
  if (others.length < 2) return undefined;
  const sizes = others.map((other) => Math.abs(other.cell.value));
  if (Math.max(...sizes) > 3 * Math.min(...sizes)) return undefined;
  const ratio = Math.abs(figure.cell.value) / median(sizes);
  if (ratio >= 300 && ratio <= 3000) return figure.cell.value / 1000;
  if (ratio >= 1 / 3000 && ratio <= 1 / 300) return figure.cell.value * 1000;
  return undefined;
}

function bandSlip(table: AppendixTable, row: TableRow, figure: Figure): number | undefined {
  const measure = measureOf(row.indicator ?? figure.column.indicator);
  const band = plausibleMillions.find((candidate) => candidate.measure === measure);
  if (!band || moneyScale(unitOf(table, row, figure.column)) !== 1e6) return undefined;
  const [low, high] = band.range;
  const inside = (value: number) => value >= low && value <= high;
  const value = figure.cell.value;
  if (inside(value)) return undefined;
  if (inside(value * 1000)) return value * 1000;
  return inside(value / 1000) ? value / 1000 : undefined;
}

function slipRelation(
  table: AppendixTable,
  row: TableRow,
  figure: Figure,
  others: Figure[],
): Relation | undefined {
  const neighbour = neighbourSlip(figure, others);
  const suggested = neighbour ?? bandSlip(table, row, figure);
  if (suggested === undefined) return undefined;
  const cells = [
    figure.cell,
    ...(neighbour !== undefined ? others.map((other) => other.cell) : []),
  ];
  const tolerance = roundingSlack(figure.cell) * 1000 + 1e-9 * Math.abs(suggested);
  return {
    rule: 'scale-slip',
    severity: 'warning',
    messageKey: neighbour !== undefined ? 'scale-slip' : 'scale-slip.range',
    params: {
      label: row.text,
      valueCell: figure.cell.ref.address,
      value: figure.cell.value,
      period: periodLabel(figure.column),
      suggested,
    },
    sheet: table.sheet,
    cells,
    derived: 0,
    holds: false,
    need: (index) => (index === 0 ? { kind: 'value', value: suggested, tolerance } : undefined),
  };
}

function relations(table: AppendixTable): Relation[] {
  const found: Relation[] = [];
  const columns = valueColumns(table).filter((column) => !isPercentColumn(column));
  for (const row of table.rows) {
    if (row.role === 'heading' || isPercentUnit(unitOf(table, row))) continue;
    const byIndicator = new Map<string, PeriodColumn[]>();
    for (const column of columns) {
      const key = column.indicator ?? '';
      byIndicator.set(key, [...(byIndicator.get(key) ?? []), column]);
    }
    for (const group of byIndicator.values()) {
      const figures = figuresOf(table, row, group);
      for (const figure of figures) {
        const relation = slipRelation(
          table,
          row,
          figure,
          figures.filter((other) => other !== figure),
        );
        if (relation) found.push(relation);
      }
    }
  }
  return found;
}

export const scaleSlip: Rule = {
  id: 'scale-slip',
  severity: 'warning',
  appliesTo: () => true,
  relations,
};
