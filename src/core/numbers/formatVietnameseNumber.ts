/**
 * Writes a number the Vietnamese way, "1.022,5", independent of the machine's locale (a
 * `toLocaleString` would follow whatever ICU data and default locale the host has).
 */
import { NonFiniteNumberError } from './decimal';
import { toScaledInteger } from './roundHalfAwayFromZero';

/**
 * `decimals` digits after "," (rounded half away from zero as Excel's ROUND does); a negative
 * `decimals` rounds to tens, hundreds, … and writes no decimal part. Negative numbers start
 * with "-" (hyphen-minus, which every parser and spreadsheet reads back).
 */
export function formatVietnameseNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) throw new NonFiniteNumberError(value);
  const scaled = toScaledInteger(value, decimals);
  const shown = Math.max(decimals, 0);
  const magnitude = (scaled < 0n ? -scaled : scaled) * 10n ** BigInt(Math.max(-decimals, 0));
  const digits = magnitude.toString().padStart(shown + 1, '0');
  const integer = digits.slice(0, digits.length - shown);
  const fraction = digits.slice(digits.length - shown);
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${scaled < 0n ? '-' : ''}${grouped}${shown > 0 ? `,${fraction}` : ''}`;
}
