import { alignDecimals, decimalToNumber, sumDecimals, toDecimal } from '../numbers/decimal';
import { fromScaledInteger, toScaledInteger } from '../numbers/roundHalfAwayFromZero';
import { apportion } from './apportion';
import { fail, ok, type MeasureResult } from './measureResult';
import {
  named,
  readCell,
  readMatrix,
  readNamedArgument,
  readNumberArgument,
  shapeOf,
} from './readArgument';

/** Shares must add up to 1 or 100 within one part in a million. */
const WHOLE_TOLERANCE = 1e-6;
/** Negative decimals round to tens … billions; beyond ±9 is a typo, not a wish. */
const MAX_DECIMALS = 9;

/**
 * Splits a capital total by shares (a programme's total by NSTW / NSĐP / other) into amounts
 * rounded to `decimals` that add up to ROUND(total, decimals) exactly, in units of the last
 * decimal: the shares are normalised by their sum and the units apportioned by largest
 * remainder. Shares form a row or a column and the amounts come back in the same shape; a blank
 * share is 0. `decimals` may be negative: −3 gives amounts in whole thousands.
 */
export function capitalSplit(
  total: unknown,
  shares: unknown,
  decimals: unknown = 0,
): MeasureResult<number[][]> {
  const places = readDecimals(decimals);
  if (!places.ok) return places;
  const whole = readNamedArgument(total, 'total');
  if (!whole.ok) return whole;
  const matrix = readMatrix(shares);
  if (!matrix.ok) return named(matrix, 'shares');
  const rows = matrix.value;
  if (rows.length > 1 && rows[0].length > 1) {
    return fail('shape-mismatch', { argument: 'shares', shares: shapeOf(rows) });
  }
  const cells = rows.flat();
  if (cells.length === 0) return fail('missing', { argument: 'shares' });

  const values: number[] = [];
  for (const [index, input] of cells.entries()) {
    const cell = readCell(input);
    if (cell.kind === 'invalid') {
      return fail('not-a-number', {
        argument: 'shares',
        ...position(rows, index),
        text: cell.text,
      });
    }
    values.push(cell.kind === 'number' ? cell.value : 0);
  }
  const decimalShares = values.map(toDecimal);
  const sum = decimalToNumber(sumDecimals(decimalShares));
  const negative = values.findIndex((value) => value < 0);
  if (negative >= 0) return fail('shares-not-whole', { sum, ...position(rows, negative) });
  if (!isWhole(sum)) return fail('shares-not-whole', { sum });

  const units = toScaledInteger(whole.value, places.value);
  const amounts = apportion(units, alignDecimals(decimalShares).coefficients).map((scaled) =>
    fromScaledInteger(scaled, places.value),
  );
  return ok(rows.length > 1 ? amounts.map((amount) => [amount]) : [amounts]);
}

/** Fractions summing to 1 or percents summing to 100. */
function isWhole(sum: number): boolean {
  return Math.abs(sum - 1) <= WHOLE_TOLERANCE || Math.abs(sum - 100) <= 100 * WHOLE_TOLERANCE;
}

function position(rows: unknown[][], index: number): { row: number; column: number } {
  return rows.length > 1 ? { row: index, column: 0 } : { row: 0, column: index };
}

/** Blank (an omitted argument or an empty cell) means the default 0; else an integer in [−9, 9]. */
function readDecimals(input: unknown): MeasureResult<number> {
  const read = readNumberArgument(input);
  if (!read.ok) return read.error === 'missing' ? ok(0) : named(read, 'decimals');
  const value = read.value;
  if (!Number.isInteger(value) || Math.abs(value) > MAX_DECIMALS) {
    return fail('not-a-number', { argument: 'decimals', value });
  }
  return ok(value + 0);
}
