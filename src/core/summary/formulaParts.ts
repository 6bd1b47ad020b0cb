/**
 * Pieces of the native formulas the summary sheet writes (DESIGN.md §3): within what
 * LibreOffice 7.4 computes too (no LET, XLOOKUP, TEXT format codes), and never 0 for a figure
 * that is missing: a blank, text or error shows "—".
 */
import { qualifiedAddress } from '../workbook/address';

export const DASH = '—';

/** A formula string literal: quotes inside are doubled. */
export function stringLiteral(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** `'PL I'!G13`, the sheet name quoted with its apostrophes doubled. */
export function sheetReference(sheet: string, address: string): string {
  return qualifiedAddress(sheet, address);
}

/**
 * The source cell's number, or "—". A number typed as text ("02", "1.022") would be read by
 * the reader's locale in arithmetic (1,022 under en), so `fallback` holds the number as
 * htx-plan read it: the formula still follows the source once it holds a real number.
 */
export function figureFormula(reference: string, fallback?: number): string {
  const otherwise = fallback === undefined ? stringLiteral(DASH) : numberLiteral(fallback);
  return `IF(ISNUMBER(${reference}),${reference},${otherwise})`;
}

/**
 * numerator ÷ denominator when both are numbers and the denominator is above 0, else "—".
 * A negative base (a loss last year) gives no meaningful percentage, as core's `attainment`.
 */
export function ratioFormula(numerator: string, denominator: string): string {
  return (
    `IF(AND(ISNUMBER(${numerator}),ISNUMBER(${denominator})),` +
    `IF(${denominator}>0,${numerator}/${denominator},${stringLiteral(DASH)}),${stringLiteral(DASH)})`
  );
}

/** A number as a formula literal: plain digits, "." decimal point, as OOXML wants. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return String(value);
}

/** `#'Phụ lục 01'!I10`, the target of an in-workbook HYPERLINK. */
export function hyperlinkFormula(sheet: string, address: string, label: string): string {
  return `HYPERLINK(${stringLiteral(`#${sheetReference(sheet, address)}`)},${stringLiteral(label)})`;
}
