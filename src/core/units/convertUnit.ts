/**
 * Converts between money scales and between "/tháng" and "/năm", exactly as decimals: 1,5 tỷ is
 * 1.500 triệu and 1,1 triệu/tháng is 13,2 triệu/năm, never 13.200000000000001.
 */
import { decimalToNumber, divideDecimals, toDecimal } from '../numbers/decimal';
import { parseUnit, type Unit } from './parseUnit';

export type ConvertResult =
  | { ok: true; value: number }
  | { ok: false; error: 'unknown-unit' | 'incompatible-units'; detail: string };

const MONTHS_PER_YEAR = 12;
const MONTHS = { coefficient: BigInt(MONTHS_PER_YEAR), exponent: 0 };

/** `detail` names the unit text that was not understood, or the two units that do not match. */
export function convertUnit(value: number, from: string, to: string): ConvertResult {
  const source = parsedUnit(from);
  if (!source) return { ok: false, error: 'unknown-unit', detail: from };
  const target = parsedUnit(to);
  if (!target) return { ok: false, error: 'unknown-unit', detail: to };
  if (!compatible(source, target)) {
    return { ok: false, error: 'incompatible-units', detail: `${from} → ${to}` };
  }
  return { ok: true, value: scale(value, source, target) };
}

/**
 * Same quantity and the same "per whom"; a period on both sides or on neither (we never assume
 * that a bare "triệu đồng" means a year). Counts and percentages convert only to themselves.
 */
function compatible(source: Unit, target: Unit): boolean {
  if (source.quantity !== target.quantity) return false;
  if (source.per.join('/') !== target.per.join('/')) return false;
  if ((source.period === null) !== (target.period === null)) return false;
  return source.quantity === 'money' || source.period === target.period;
}

function scale(value: number, source: Unit, target: Unit): number {
  const shift = source.powerOfTen - target.powerOfTen;
  const toYear = source.period === 'month' && target.period === 'year';
  const toMonth = source.period === 'year' && target.period === 'month';
  if (!Number.isFinite(value)) {
    const factor = 10 ** shift * (toYear ? MONTHS_PER_YEAR : toMonth ? 1 / MONTHS_PER_YEAR : 1);
    return value * factor;
  }
  // Shift and multiply on the decimal; the only rounding is the final one to a double.
  const decimal = toDecimal(value);
  const coefficient = decimal.coefficient * (toYear ? BigInt(MONTHS_PER_YEAR) : 1n);
  const shifted = { coefficient, exponent: decimal.exponent + shift };
  return toMonth ? divideDecimals(shifted, MONTHS) : decimalToNumber(shifted);
}

/**
 * Units are few and repeat on every row of a sheet, so their parses are kept; parsing folds
 * diacritics and runs regular expressions, which dominated HTX.CONVERT's time.
 */
const unitCache = new Map<string, ReturnType<typeof parseUnit>>();
const UNIT_CACHE_SIZE = 256;

function parsedUnit(text: string): ReturnType<typeof parseUnit> {
  const cached = unitCache.get(text);
  if (cached !== undefined || unitCache.has(text)) return cached ?? null;
  const unit = parseUnit(text);
  if (unitCache.size >= UNIT_CACHE_SIZE) unitCache.clear();
  unitCache.set(text, unit);
  return unit;
}
