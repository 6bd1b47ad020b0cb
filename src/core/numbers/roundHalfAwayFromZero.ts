/**
 * Excel's ROUND: half away from zero, on the decimal the number shows rather than on its binary
 * value. 2.675 is stored as 2.67499999999999982…, yet Excel's ROUND(2.675; 2) is 2,68 because Excel
 * works to 15 significant digits; so do we, by rounding the 15-digit decimal string.
 */
import { decimalToNumber, parseDecimalString, toDecimal } from './decimal';

/** Excel keeps 15 significant digits; digits beyond are binary noise from its point of view. */
const EXCEL_SIGNIFICANT_DIGITS = 15;

export class DecimalsError extends Error {
  constructor(decimals: number) {
    super(`Decimals must be an integer, got ${decimals}`);
    this.name = 'DecimalsError';
  }
}

/**
 * ROUND(value, decimals) × 10^decimals as an exact integer: the count of units of the last kept
 * decimal (decimals may be negative: −3 counts thousands).
 */
export function toScaledInteger(value: number, decimals: number): bigint {
  if (!Number.isInteger(decimals)) throw new DecimalsError(decimals);
  const shortest = toDecimal(value);
  // A number that already fits (an integer, or 12.5 rounded to 2 decimals) is kept exactly,
  // even beyond 15 digits: rounding must never change a value it does not need to.
  if (shortest.exponent + decimals >= 0) {
    return shortest.coefficient * 10n ** BigInt(shortest.exponent + decimals);
  }
  const excel = parseDecimalString(Math.abs(value).toPrecision(EXCEL_SIGNIFICANT_DIGITS));
  const scale = excel.exponent + decimals;
  let magnitude: bigint;
  if (scale >= 0) {
    magnitude = excel.coefficient * 10n ** BigInt(scale);
  } else {
    const unit = 10n ** BigInt(-scale);
    const remainder = excel.coefficient % unit;
    magnitude = excel.coefficient / unit + (2n * remainder >= unit ? 1n : 0n);
  }
  return value < 0 ? -magnitude : magnitude;
}

/** The number `scaled` units of 10^-decimals stand for. */
export function fromScaledInteger(scaled: bigint, decimals: number): number {
  return decimalToNumber({ coefficient: scaled, exponent: -decimals });
}

/** Excel's ROUND(value, decimals); negative zero comes back as 0, as in Excel. */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  return fromScaledInteger(toScaledInteger(value, decimals), decimals);
}
