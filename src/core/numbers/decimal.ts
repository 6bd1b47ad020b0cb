/**
 * Exact decimal arithmetic on the numbers people typed.
 *
 * A double such as 1.1 is read as the decimal its shortest representation shows ("1.1"), so
 * 1,1 tỷ is exactly 1.100 triệu and 0,1 + 0,2 is exactly 0,3: the figures a reviewer compares are
 * decimals, and binary noise like 0.30000000000000004 must never show up as a discrepancy.
 */
import { fastQuotient, fastSum } from './fastDecimal';

/** value = coefficient × 10^exponent */
export interface Decimal {
  coefficient: bigint;
  exponent: number;
}

/** A contract mistake: these helpers are only defined on finite numbers. */
export class NonFiniteNumberError extends Error {
  constructor(value: number) {
    super(`Expected a finite number, got ${value}`);
    this.name = 'NonFiniteNumberError';
  }
}

export class DecimalStringError extends Error {
  constructor(text: string) {
    super(`Not a decimal string: ${text}`);
    this.name = 'DecimalStringError';
  }
}

const DECIMAL_STRING = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Reads a JavaScript-style decimal string ("-1.5e-7"); used on `String(x)` and `toPrecision`. */
export function parseDecimalString(text: string): Decimal {
  const match = DECIMAL_STRING.exec(text);
  if (!match) throw new DecimalStringError(text);
  const [, sign, integer, fraction = '', exponent = '0'] = match;
  const magnitude = BigInt(integer + fraction);
  return {
    coefficient: sign === '-' ? -magnitude : magnitude,
    exponent: Number(exponent) - fraction.length,
  };
}

/** The decimal that the shortest round-trip representation of `value` shows. */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new NonFiniteNumberError(value);
  return parseDecimalString(String(value));
}

/** The double nearest to the decimal (one correct rounding, done by the string parser). */
export function decimalToNumber(decimal: Decimal): number {
  // `+ 0` turns -0 into 0: spreadsheets have no negative zero.
  return Number(`${decimal.coefficient}e${decimal.exponent}`) + 0;
}

/** Brings decimals to one exponent so their coefficients can be added as integers. */
export function alignDecimals(decimals: readonly Decimal[]): {
  coefficients: bigint[];
  exponent: number;
} {
  const exponent = decimals.reduce((min, d) => Math.min(min, d.exponent), 0);
  const coefficients = decimals.map((d) => d.coefficient * 10n ** BigInt(d.exponent - exponent));
  return { coefficients, exponent };
}

export function sumDecimals(decimals: readonly Decimal[]): Decimal {
  const { coefficients, exponent } = alignDecimals(decimals);
  return { coefficient: coefficients.reduce((a, b) => a + b, 0n), exponent };
}

/** Σ values as decimals, rounded once at the end. */
export function exactSum(values: readonly number[]): number {
  return fastSum(values) ?? decimalToNumber(sumDecimals(values.map(toDecimal)));
}

/** a − b as decimals, rounded once. */
export function exactDifference(a: number, b: number): number {
  return exactSum([a, -b]);
}

/** value × 10^places without binary noise: 1.1 shifted by 3 is 1100, not 1100.0000000000002. */
export function shiftDecimal(value: number, places: number): number {
  const decimal = toDecimal(value);
  return decimalToNumber({ coefficient: decimal.coefficient, exponent: decimal.exponent + places });
}

/** value × an integer factor, exactly as decimals: 1.1 × 12 is 13.2. */
export function multiplyExact(value: number, factor: bigint): number {
  const decimal = toDecimal(value);
  return decimalToNumber({ coefficient: decimal.coefficient * factor, exponent: decimal.exponent });
}

export function negateDecimal(decimal: Decimal): Decimal {
  return { coefficient: -decimal.coefficient, exponent: decimal.exponent };
}

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

/** Digits kept beyond the divisor's length, well past the 17 a double holds. */
const QUOTIENT_DIGITS = 25;

/**
 * dividend ÷ divisor as decimals, rounded once: 13.2 ÷ 12 is 1.1 and 0.3 ÷ 0.1 is 3 (binary
 * division gives 1.0999999999999999 and 2.9999999999999996). The quotient is cut 25 digits
 * further than a double holds, and a trailing 1 marks a cut that dropped something, so the final
 * rounding is never fooled into a false tie.
 */
export function divideDecimals(dividend: Decimal, divisor: Decimal): number {
  if (divisor.coefficient === 0n) throw new RangeError('Division by zero');
  const negative = dividend.coefficient < 0n !== divisor.coefficient < 0n;
  const denominator = divisor.coefficient < 0n ? -divisor.coefficient : divisor.coefficient;
  const precision = QUOTIENT_DIGITS + denominator.toString().length;
  const numerator =
    (dividend.coefficient < 0n ? -dividend.coefficient : dividend.coefficient) *
    10n ** BigInt(precision);
  const digits = (numerator / denominator) * 10n + (numerator % denominator === 0n ? 0n : 1n);
  return decimalToNumber({
    coefficient: negative ? -digits : digits,
    exponent: dividend.exponent - divisor.exponent - precision - 1,
  });
}

/** a ÷ b as decimals, rounded once; b must not be 0. */
export function exactQuotient(a: number, b: number): number {
  return fastQuotient(a, b) ?? divideDecimals(toDecimal(a), toDecimal(b));
}
