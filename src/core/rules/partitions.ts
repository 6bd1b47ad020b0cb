/**
 * Where a table holds a partition: a total row and the rows that split it (down the columns),
 * or a total column and the columns that split it (across, in breakdown and funding tables).
 */
import {
  fundingPartition,
  isFlow,
  isOfWhichPair,
  isSectorCode,
  isStatusOrListedFlow,
  measureOf,
} from '../catalog/relations';
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import { isPercentUnit, periodGroups, plainKey, unitOf, valueColumns } from './tableCells';

export type PartitionKind = 'sectors' | 'funding' | 'rows' | 'columns';

export interface RowPartition {
  total: TableRow;
  parts: TableRow[];
  /** Exhaustive partitions fail both ways; others only warn when parts fall short. */
  exhaustive: boolean;
  kind: PartitionKind;
}

export interface ColumnPartition {
  total: PeriodColumn;
  parts: PeriodColumn[];
  exhaustive: boolean;
  kind: PartitionKind;
}

const isAverage = (code: string | undefined): boolean =>
  measureOf(code)?.startsWith('avg-') ?? false;

function isPartOf(table: AppendixTable, child: TableRow, parent: TableRow): boolean {
  if (child.role !== 'part' && !(child.role === 'item' && parent.role === 'total')) return false;
  if (isFlow(child.indicator) || isAverage(child.indicator)) return false;
  // Statuses are checked by status-partition; declared "of which" rows are subsets, not parts.
  if (isStatusOrListedFlow(child.indicator) && measureOf(parent.indicator) === 'count')
    return false;
  if (isOfWhichPair(child.indicator, parent.indicator)) return false;
  return !isPercentUnit(unitOf(table, child));
}

/** Rows of a total that no row claims as parent: the top-level rows of a breakdown or funding table. */
function topLevelRows(table: AppendixTable, total: TableRow): TableRow[] {
  return table.rows.filter(
    (row) =>
      row !== total &&
      row.parent === undefined &&
      (row.role === 'item' || row.role === 'part') &&
      (total.block === undefined || row.block === undefined || row.block === total.block),
  );
}

export function rowPartitions(table: AppendixTable): RowPartition[] {
  const partitions: RowPartition[] = [];
  table.rows.forEach((total, index) => {
    if (total.role === 'heading' || total.role === 'block' || total.role === 'of-which') return;
    if (isAverage(total.indicator) || isPercentUnit(unitOf(table, total))) return;
    let parts = table.rows.filter((row) => row.parent === index && isPartOf(table, row, total));
    if (parts.length === 0 && total.role === 'total' && table.kind !== 'indicators') {
      parts = topLevelRows(table, total).filter((row) =>
        isPartOf(table, row, { ...total, role: 'total' }),
      );
    }
    if (parts.length < 2 || mixedUnits(parts)) return;
    const fundingCodes = parts.some((row) => row.indicator?.startsWith('funding.'));
    const sectors = parts.some((row) => isSectorCode(row.indicator));
    // Funding and support totals are defined as the sum of the rows listed; sector and
    // district lists may leave groups out, unless they end in a catch-all group.
    const exhaustive =
      fundingCodes ||
      ((table.kind === 'funding' || table.kind === 'support') && !sectors) ||
      parts.some(isCatchAll);
    const kind: PartitionKind = sectors ? 'sectors' : fundingCodes ? 'funding' : 'rows';
    partitions.push({ total, parts, exhaustive, kind });
  });
  return partitions;
}

/**
 * "Khác", "Lĩnh vực khác", "Môi trường, nhà ở và lĩnh vực khác": the group of everything not
 * listed. With it in the list, no group can be missing, so parts that fall short are an error.
 */
function isCatchAll(row: TableRow): boolean {
  if (row.indicator === 'sector.other') return true;
  const words = plainKey(row.text.replace(/\([^()]*\)/g, ' ')).match(/[a-z0-9]+/g) ?? [];
  return words[words.length - 1] === 'khac';
}

/** Parts counted in different units (HTX, người, lượt) do not add up. */
function mixedUnits(parts: TableRow[]): boolean {
  return new Set(parts.map((row) => plainKey(row.unit)).filter((unit) => unit !== '')).size > 1;
}

export function columnPartitions(table: AppendixTable): ColumnPartition[] {
  const partitions: ColumnPartition[] = [];
  for (const group of periodGroups(valueColumns(table))) {
    const withCode = (code: string) => group.find((column) => column.indicator === code);
    const fundingTotal = withCode(fundingPartition.total);
    const fundingParts = group.filter((column) =>
      (fundingPartition.parts as readonly string[]).includes(column.indicator ?? ''),
    );
    if (fundingTotal && fundingParts.length >= 2) {
      partitions.push({
        total: fundingTotal,
        parts: fundingParts,
        exhaustive: true,
        kind: 'funding',
      });
    }
    const sectorParts = group.filter((column) => isSectorCode(column.indicator));
    const countTotal = group.find((column) => measureOf(column.indicator) === 'count');
    if (countTotal && sectorParts.length >= 2) {
      partitions.push({
        total: countTotal,
        parts: sectorParts,
        exhaustive: false,
        kind: 'sectors',
      });
    }
  }
  return partitions;
}

export function isPercentColumn(column: PeriodColumn): boolean {
  return isPercentUnit(plainKey(column.unit)) || /%/.test(column.header);
}
