/**
 * One cell as Office.js reports it (`values`, `formulas`, `numberFormat`, `valueTypes`) turned
 * into a snapshot cell. Errors come through `values` as text ("#REF!"); `valueTypes` tells them
 * from a text that reads the same, so they become `{ error }` only when Excel says "Error".
 */
import type { CellSnapshot, CellValue } from '../core/workbook/snapshot';

export type OfficeScalar = string | number | boolean | null;

export function snapshotCell(
  value: OfficeScalar,
  formula: OfficeScalar,
  numberFormat: string | null,
  valueType: string,
): CellSnapshot | undefined {
  const hasFormula = isFormula(value, formula, valueType);
  if (valueType === 'Empty' && !hasFormula) return undefined;
  const cell: CellSnapshot = { value: cellValue(value, valueType) };
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (numberFormat && numberFormat !== 'General') cell.numberFormat = numberFormat;
  return cell;
}

function cellValue(value: OfficeScalar, valueType: string): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === null) return null;
  return value;
}

/**
 * `formulas` holds a formula cell's formula and any other cell's value. A text cell typed with
 * an apostrophe ("'=1+1") comes back from `formulas` without it
 * (https://github.com/OfficeDev/office-js/issues/6687), so it looks like a formula: it is text
 * when the "formula" reads exactly as the cell's text value. A formula's result never does.
 */
function isFormula(value: OfficeScalar, formula: OfficeScalar, valueType: string): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  return !(valueType === 'String' && value === formula);
}
