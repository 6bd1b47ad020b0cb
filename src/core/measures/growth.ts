import { divideDecimals, negateDecimal, sumDecimals, toDecimal } from '../numbers/decimal';
import { fastGrowth } from '../numbers/fastDecimal';
import { fail, ok, type MeasureResult } from './measureResult';
import { readNamedArgument } from './readArgument';

/**
 * Growth as a fraction: current ÷ previous − 1, computed as (current − previous) ÷ previous on
 * decimals so that 1,1 against 1 is exactly 0,1. A negative previous value is divided as is
 * (the formula's definition); interpreting growth from a loss is the reader's business.
 */
export function growth(current: unknown, previous: unknown): MeasureResult<number> {
  const now = readNamedArgument(current, 'current');
  if (!now.ok) return now;
  const before = readNamedArgument(previous, 'previous');
  if (!before.ok) return before;
  if (before.value === 0) return fail('div-by-zero', { argument: 'previous' });
  const fast = fastGrowth(now.value, before.value);
  if (fast !== undefined) return ok(fast);
  const base = toDecimal(before.value);
  const change = sumDecimals([toDecimal(now.value), negateDecimal(base)]);
  return ok(divideDecimals(change, base));
}
