/**
 * Which entry rule an input cell gets, from what the catalogue says of its indicator: counts
 * (HTX, members, workers) are whole numbers ≥ 0; money and averages are decimals ≥ 0, except
 * profit, which is negative in a year of losses (DOMAIN.md, relation 8). Cells of unknown
 * indicators fall back on the unit; percentages typed in period columns get no rule, as a
 * share may be typed 34,3 or 0,343 and either is right.
 */
import { indicatorCatalog } from '../catalog/indicators';
import type { AppendixTable, PeriodColumn, TableCell, TableRow } from '../layout/appendixTable';
import { toMatchKey } from '../text/matchKey';

export type EntryRuleKind = 'count' | 'amount' | 'signed';

const countByCode = new Map(indicatorCatalog.map((entry) => [entry.code as string, entry.count]));
const SIGNED_MEASURES = new Set(['avg-profit', 'profit']);
const COUNT_UNITS = /^(htx|lhhtx|tht|thanh vien|nguoi|lao dong|ho|to|xa vien|qtdnd)\b/;

function kindOfUnit(unit: string | undefined): EntryRuleKind | undefined {
  if (!unit) return undefined;
  const key = toMatchKey(unit);
  if (COUNT_UNITS.test(key)) return 'count';
  if (/\bdong\b/.test(key)) return 'amount';
  return undefined;
}

function isPercent(row: TableRow, column: PeriodColumn, cell: TableCell | undefined): boolean {
  const unit = row.unit ?? column.unit ?? '';
  return row.share !== undefined || unit.includes('%') || cell?.percent === true;
}

export function entryRuleKind(
  table: AppendixTable,
  row: TableRow,
  column: PeriodColumn,
): EntryRuleKind | undefined {
  if (isPercent(row, column, row.cells[column.column])) return undefined;
  // Columns that are indicators (breakdowns by sector) say more than their sector rows.
  const code = column.indicator ?? row.indicator ?? table.indicator;
  const count = code === undefined ? undefined : countByCode.get(code);
  if (code !== undefined && count !== undefined) {
    if (count) return 'count';
    return SIGNED_MEASURES.has(code.split('.')[1]) ? 'signed' : 'amount';
  }
  return kindOfUnit(row.unit ?? column.unit ?? table.unit);
}
