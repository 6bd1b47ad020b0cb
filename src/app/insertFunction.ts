/**
 * The "Chèn" use case of the function guide: write an `HTX.*` formula into the selected cell,
 * never over the user's data without asking (DESIGN.md §3). Two steps when the cell is taken:
 * `insertFunction` reports it, and `overwriteWithFunction` writes once the user has confirmed.
 */
import type { FunctionInfo } from '../core/catalog/functionCatalog';
import { cellAddress } from '../core/workbook/address';
import { containsCell, formatReference, parseReference, sameSheet } from './cellReference';
import { buildFunctionFormula } from './functionFormula';
import type { SelectionPort } from './ports';
import { CellNotEmptyError, InvalidAddressError } from './workbookErrors';

export type InsertOutcome =
  | { status: 'written'; address: string; formula: string }
  /** The cell holds `content`; nothing was written. */
  | { status: 'occupied'; address: string; formula: string; content: string }
  /** The selected cell is one of the arguments: the formula would refer to itself. */
  | { status: 'circular'; address: string; formula: string };

/**
 * Reads the selection (the top-left cell when several are selected) and writes the formula
 * there. Arguments must be complete: the UI checks them first and shows what is wrong.
 */
export async function insertFunction(
  port: SelectionPort,
  info: Pick<FunctionInfo, 'id' | 'parameters'>,
  args: readonly string[],
): Promise<InsertOutcome> {
  const selected = await port.getSelectedAddress();
  const target = parseReference(selected);
  if (!target) throw new InvalidAddressError(selected);
  const address = formatReference({
    sheet: target.sheet,
    area: cellAddress(target.top, target.left),
  });
  const draft = buildFunctionFormula(info, args, { sheet: target.sheet });
  if (!draft.formula) {
    throw new RangeError(`Arguments of ${info.id} are incomplete: ${draft.preview}`);
  }
  const formula = draft.formula;
  const selfReference = draft.references.some(
    (reference) =>
      (reference.sheet === undefined || sameSheet(reference.sheet, target.sheet)) &&
      containsCell(reference, target.top, target.left),
  );
  if (selfReference) return { status: 'circular', address, formula };
  try {
    await port.writeFormula(address, formula);
    return { status: 'written', address, formula };
  } catch (error) {
    if (error instanceof CellNotEmptyError) {
      return { status: 'occupied', address, formula, content: error.content };
    }
    throw error;
  }
}

/** The second step, after the user said yes to "Ô X đã có dữ liệu — ghi đè?". */
export async function overwriteWithFunction(
  port: SelectionPort,
  address: string,
  formula: string,
): Promise<InsertOutcome> {
  await port.writeFormula(address, formula, { overwrite: true });
  return { status: 'written', address, formula };
}
