import { exactQuotient } from '../numbers/decimal';
import { fail, ok, type MeasureResult } from './measureResult';
import { readNamedArgument } from './readArgument';

/**
 * Percent of plan as a fraction: actual ÷ plan (437 against a plan of 400 → 1.0925). A negative
 * plan has no meaningful attainment (a smaller loss would read as under 100%), so it is refused.
 */
export function attainment(actual: unknown, plan: unknown): MeasureResult<number> {
  const done = readNamedArgument(actual, 'actual');
  if (!done.ok) return done;
  const planned = readNamedArgument(plan, 'plan');
  if (!planned.ok) return planned;
  if (planned.value < 0) return fail('negative-plan', { argument: 'plan', value: planned.value });
  if (planned.value === 0) return fail('div-by-zero', { argument: 'plan' });
  return ok(exactQuotient(done.value, planned.value));
}
