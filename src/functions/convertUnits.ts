/**
 * CONVERT's reading of its arguments around core's convertUnit: the value is read like every
 * number argument; the units must be text. convertUnit reports errors with a plain string
 * detail, which becomes the `unit` fact of the message here.
 */
import { fail, readNamedArgument, type MeasureResult } from '../core/measures';
import { convertUnit } from '../core/units/convertUnit';

export function convertUnits(
  value: unknown,
  fromUnit: unknown,
  toUnit: unknown,
): MeasureResult<number> {
  const amount = readNamedArgument(value, 'value');
  if (!amount.ok) return amount;
  const from = readUnit(fromUnit, 'from_unit');
  if (!from.ok) return from;
  const to = readUnit(toUnit, 'to_unit');
  if (!to.ok) return to;
  const converted = convertUnit(amount.value, from.value, to.value);
  return converted.ok ? converted : fail(converted.error, { unit: converted.detail });
}

/** A unit is text; a blank is missing, and a number or a boolean is no unit at all. */
function readUnit(input: unknown, argument: string): MeasureResult<string> {
  const cell =
    Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1
      ? input[0][0]
      : input;
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) {
    return fail('missing', { argument });
  }
  if (typeof cell !== 'string') return fail('unknown-unit', { argument, unit: String(cell) });
  return { ok: true, value: cell };
}
