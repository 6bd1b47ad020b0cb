/**
 * The rows that get a calculation formula: those whose two figures are numbers or blanks (a
 * blank may be filled in later; the formula shows a blank until then). Rows holding text ("x",
 * "-", "khoảng 600"), headings, percentage rows and rows with neither a figure nor an indicator
 * (a block title such as "I. Hợp tác xã") get none: a ratio of those means nothing.
 */
import type { AppendixTable, TableCell, TableRow } from '../layout/appendixTable';
import { cellAddress } from '../workbook/address';
import type { CalculationSpec } from './calculationSpecs';

export interface CalculationRow {
  /** 0-based sheet row of the formula. */
  row: number;
  numerator: string;
  denominator: string;
}

type Operand = { address: string; state: 'number' | 'blank' | 'other' };

function operand(row: TableRow, column: { column: string; index: number }): Operand {
  const cell: TableCell | undefined = row.cells[column.column];
  const address = cell?.address ?? cellAddress(row.index, column.index);
  const value = cell?.raw?.value;
  if (value === undefined || value === null || value === '') return { address, state: 'blank' };
  // Text numbers ("1.022") are left out: Excel's "/" cannot read them and would show #VALUE!.
  if (typeof value === 'number' && !cell?.percent) return { address, state: 'number' };
  return { address, state: 'other' };
}

function isPercentRow(row: TableRow): boolean {
  return row.share !== undefined || row.unit?.trim() === '%';
}

function usable(row: TableRow, a: Operand, b: Operand): boolean {
  if (row.role === 'heading' || isPercentRow(row)) return false;
  if (a.state === 'other' || b.state === 'other') return false;
  return a.state === 'number' || b.state === 'number' || row.indicator !== undefined;
}

export function calculationRows(table: AppendixTable, spec: CalculationSpec): CalculationRow[] {
  return table.rows.flatMap((row): CalculationRow[] => {
    if (spec.kind === 'share') {
      const parent = row.parent === undefined ? undefined : table.rows[row.parent];
      if (!parent || (row.role !== 'part' && row.role !== 'of-which')) return [];
      const part = operand(row, spec.column);
      const whole = operand(parent, spec.column);
      if (!usable(row, part, whole) || isPercentRow(parent)) return [];
      return [{ row: row.index, numerator: part.address, denominator: whole.address }];
    }
    const numerator = operand(row, spec.numerator);
    const denominator = operand(row, spec.denominator);
    if (!usable(row, numerator, denominator)) return [];
    return [{ row: row.index, numerator: numerator.address, denominator: denominator.address }];
  });
}
