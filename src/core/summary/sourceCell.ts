/** A figure the summary points at: where it is and what htx-plan read there. */
import type { TableCell } from '../layout/appendixTable';

export interface SourceCell {
  sheet: string;
  address: string;
  /** The number as htx-plan read it; null when blank, text or an error. */
  number: number | null;
  /** The number came from text ("02", "1.022"): the formula falls back on `number`. */
  fromText: boolean;
}

export function sourceCell(sheet: string, cell: TableCell | undefined): SourceCell | undefined {
  if (!cell) return undefined;
  return { sheet, address: cell.address, number: cell.number, fromText: cell.fromText === true };
}
