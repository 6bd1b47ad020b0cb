/**
 * The formula of one calculation cell. Native formulas keep the workbook correct on computers
 * without the add-in (DESIGN.md §3) and stay within what LibreOffice 7.4 computes: plain IF and
 * OR, no LET or XLOOKUP. They show a blank instead of an error while either figure is missing
 * or the divisor is zero, so an unfinished table does not fill with #DIV/0!.
 *
 * HTX formulas are written as Office.js `range.formulas` takes them (English ids, "," between
 * arguments). In saved .xlsx files Excel stores custom functions as `_xldudf_HTX_ATTAINMENT(…)`
 * (office-js issue 5611); the xlsx writer adds that prefix, not this module.
 */
import type { FunctionId } from '../catalog/functionCatalog';
import { functionNamespace } from '../catalog/functionCatalog';
import type { CalculationKind } from './calculationSpecs';

export type CalculationStyle = 'native' | 'htx';

const functionOf: Record<CalculationKind, FunctionId> = {
  attainment: 'ATTAINMENT',
  growth: 'GROWTH',
  share: 'SHARE',
};

/** `numerator` and `denominator` are A1 addresses on the table's sheet. */
export function calculationFormula(
  kind: CalculationKind,
  style: CalculationStyle,
  numerator: string,
  denominator: string,
): string {
  if (style === 'htx') {
    return `${functionNamespace}.${functionOf[kind]}(${numerator},${denominator})`;
  }
  const quotient = `${numerator}/${denominator}${kind === 'growth' ? '-1' : ''}`;
  return `IF(OR(${numerator}="",${denominator}="",${denominator}=0),"",${quotient})`;
}
