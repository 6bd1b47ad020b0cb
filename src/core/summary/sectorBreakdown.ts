/**
 * Cooperatives by sector, from the breakdown table whose rows are sectors: the column of the
 * count (the breakdown's "Tổng số" HTX column, or for a table of periods the estimate of this
 * year, else the latest figures), each sector's cell and the total row's.
 */
import type { AppendixTable, PeriodColumn } from '../layout/appendixTable';
import { sourceCell, type SourceCell } from './sourceCell';

export interface SectorRow {
  /** The row's number in the source ("1", "a"), if any. */
  label?: string;
  text: string;
  cell: SourceCell;
}

export interface SectorBreakdown {
  sheet: string;
  column: PeriodColumn;
  sectors: SectorRow[];
  /** The source's total row, when it has one. */
  total?: SourceCell;
}

export function sectorBreakdown(
  tables: readonly AppendixTable[],
  planYear: number | undefined,
): SectorBreakdown | undefined {
  for (const table of tables) {
    if (table.kind !== 'breakdown') continue;
    const sectorRows = table.rows.filter((row) => row.indicator?.startsWith('sector.'));
    if (sectorRows.length < 2) continue;
    const column = countColumn(table, planYear);
    if (!column) continue;
    const sectors = table.rows.flatMap((row) => {
      const cell = row.role === 'part' && sourceCell(table.sheet, row.cells[column.column]);
      return cell ? [{ ...(row.label && { label: row.label }), text: row.text, cell }] : [];
    });
    const totalRow = table.rows.find((row) => row.role === 'total');
    const total = totalRow && sourceCell(table.sheet, totalRow.cells[column.column]);
    return { sheet: table.sheet, column, sectors, ...(total && { total }) };
  }
  return undefined;
}

const preference = ['estimate', 'actual', 'midyear', 'plan'] as const;

function countColumn(table: AppendixTable, planYear: number | undefined): PeriodColumn | undefined {
  const values = table.columns.filter((c) => preference.some((kind) => kind === c.period));
  const counts = values.filter((c) => c.indicator === 'htx.count');
  if (counts.length > 0) return counts.find((c) => c.total) ?? counts[0];
  if (table.indicator !== undefined && table.indicator !== 'htx.count') return undefined;
  if (values.some((c) => c.indicator !== undefined)) return undefined;
  const thisYear = planYear === undefined ? undefined : planYear - 1;
  const estimate = values.find((c) => c.period === 'estimate' && c.year === thisYear);
  if (estimate) return estimate;
  for (const kind of preference) {
    const ofKind = values.filter((c) => c.period === kind);
    if (ofKind.length > 0) return ofKind.reduce((a, b) => ((b.year ?? 0) >= (a.year ?? 0) ? b : a));
  }
  return undefined;
}
