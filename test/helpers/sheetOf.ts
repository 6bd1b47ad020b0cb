/**
 * Tiny builder of sheet snapshots for tests: rows of values (null for blank), optional merges
 * ("A4:A5"), a sheet name and number formats by A1 address.
 *
 *   sheetOf([['STT', 'Chỉ tiêu', 'KH 2023'], [1, 'Tổng số HTX', 437]], { merges: ['A1:A2'] })
 */
import { parseCellAddress } from '../../src/core/workbook/address';
import type { CellSnapshot, CellValue, SheetSnapshot } from '../../src/core/workbook/snapshot';

export interface SheetOptions {
  merges?: string[];
  name?: string;
  /** Number formats by address: { E5: '0%' }. */
  formats?: Record<string, string>;
  /** Formulas by address, without "=": { G5: 'F5/E5' }; the value stays the cached result. */
  formulas?: Record<string, string>;
}

export type CellInput = string | number | boolean | null | undefined | { error: string };

export function sheetOf(rows: CellInput[][], opts: SheetOptions = {}): SheetSnapshot {
  const cells: (CellSnapshot | undefined)[][] = rows.map((row) =>
    row.map((value) =>
      value === null || value === undefined ? undefined : { value: value as CellValue },
    ),
  );
  const decorate = (address: string, apply: (cell: CellSnapshot) => void) => {
    const { row, column } = parseCellAddress(address);
    const line = (cells[row] ??= []);
    const cell = (line[column] ??= { value: null });
    apply(cell);
  };
  for (const [address, format] of Object.entries(opts.formats ?? {})) {
    decorate(address, (cell) => (cell.numberFormat = format));
  }
  for (const [address, formula] of Object.entries(opts.formulas ?? {})) {
    decorate(address, (cell) => (cell.formula = formula));
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { name: opts.name ?? 'Sheet1', cells, merges: opts.merges ?? [] };
}
