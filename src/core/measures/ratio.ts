import { exactQuotient } from '../numbers/decimal';
import { fail, ok, type MeasureResult } from './measureResult';
import { readNamedArgument } from './readArgument';

/**
 * numerator ÷ denominator read from two arguments, as decimals (0,3 ÷ 0,1 is 3, not
 * 2.9999999999999996), with the argument names used in errors. Shared by perUnit and share.
 */
export function ratio(
  numerator: unknown,
  denominator: unknown,
  names: [numerator: string, denominator: string],
): MeasureResult<number> {
  const top = readNamedArgument(numerator, names[0]);
  if (!top.ok) return top;
  const bottom = readNamedArgument(denominator, names[1]);
  if (!bottom.ok) return bottom;
  if (bottom.value === 0) return fail('div-by-zero', { argument: names[1] });
  return ok(exactQuotient(top.value, bottom.value));
}
