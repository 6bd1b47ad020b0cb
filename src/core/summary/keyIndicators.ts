/**
 * The key indicators of the summary (DOMAIN.md): for HTX, LHHTX and THT, as far as the
 * workbook has them, count, members, regular workers and the three averages, each with the
 * source cells of the four periods. An indicator no table has is left out, never shown as 0.
 */
import type { BlockMeasure } from '../catalog/indicatorCodes';
import type { AppendixTable, Block, TableRow } from '../layout/appendixTable';
import { sourceCell, type SourceCell } from './sourceCell';
import { periodColumn, summaryPeriods, type SummaryPeriod } from './summaryPeriods';

export const summaryBlocks: readonly Block[] = ['htx', 'lhhtx', 'tht'];

/** In the order the sheet lists them; `member-htx` is the members of a union (LHHTX). */
export const summaryMeasures: readonly BlockMeasure[] = [
  'count',
  'members',
  'member-htx',
  'workers',
  'avg-revenue',
  'avg-profit',
  'avg-income',
];

export interface KeyIndicator {
  block: Block;
  measure: BlockMeasure;
  /** The unit the source row states ("Triệu đồng/người/năm"), if any. */
  unit?: string;
  cells: Partial<Record<SummaryPeriod, SourceCell>>;
  /** The source shows decimals in some period: the summary shows one decimal too. */
  decimals: boolean;
}

export function keyIndicators(
  tables: readonly AppendixTable[],
  planYear: number | undefined,
): KeyIndicator[] {
  const found: KeyIndicator[] = [];
  for (const block of summaryBlocks) {
    for (const measure of summaryMeasures) {
      const indicator = indicatorFrom(tables, `${block}.${measure}`, planYear);
      if (indicator) found.push({ block, measure, ...indicator });
    }
  }
  return found;
}

/** The first row with the code that has a figure in some period; tables of the plan year first. */
function indicatorFrom(
  tables: readonly AppendixTable[],
  code: string,
  planYear: number | undefined,
): Omit<KeyIndicator, 'block' | 'measure'> | undefined {
  const ordered = [...tables]
    .filter((table) => table.kind === 'indicators')
    .sort((a, b) => Number(b.planYear === planYear) - Number(a.planYear === planYear));
  for (const table of ordered) {
    for (const row of table.rows.filter((candidate) => candidate.indicator === code)) {
      const cells = periodCells(table, row, planYear);
      const present = Object.values(cells);
      if (present.length === 0) continue;
      const decimals = present.some(
        (cell) => cell.number !== null && !Number.isInteger(cell.number),
      );
      return { cells, decimals, ...(row.unit && { unit: row.unit }) };
    }
  }
  return undefined;
}

function periodCells(
  table: AppendixTable,
  row: TableRow,
  planYear: number | undefined,
): Partial<Record<SummaryPeriod, SourceCell>> {
  const cells: Partial<Record<SummaryPeriod, SourceCell>> = {};
  for (const period of summaryPeriods) {
    const column = periodColumn(table, period, planYear);
    const cell = column && sourceCell(table.sheet, row.cells[column.column]);
    if (cell) cells[period] = cell;
  }
  return cells;
}
