/**
 * A fast path for the exact decimal arithmetic of decimal.ts, taken when a number is an integer
 * or a decimal of at most six places small enough that doubles tell all such decimals apart.
 * Then value = m / 10^k with m an exactly representable integer, integer arithmetic on m is
 * exact, and one final division rounds once, as the BigInt path does. The worksheet functions
 * run this on every recalculation, so it matters (bench/functions.mjs).
 */

const MAX_PLACES = 6;
/** Below 2^30 the spacing of doubles (≤ 2^-22) is under half of 10^-6. */
const FRACTION_LIMIT = 2 ** 30;
const SAFE = Number.MAX_SAFE_INTEGER;

/** The number of decimal places k of `value` (value = m / 10^k exactly as decimals), or -1. */
export function placesOf(value: number): number {
  if (Number.isInteger(value)) return Math.abs(value) <= SAFE ? 0 : -1;
  if (!(Math.abs(value) < FRACTION_LIMIT)) return -1;
  for (let k = 1, scale = 10; k <= MAX_PLACES; k++, scale *= 10) {
    if (Math.round(value * scale) / scale === value) return k;
  }
  return -1;
}

/** a ÷ b rounded once, or undefined when the fast path does not apply. */
export function fastQuotient(a: number, b: number): number | undefined {
  const placesOfA = placesOf(a);
  const placesOfB = placesOf(b);
  if (placesOfA < 0 || placesOfB < 0) return undefined;
  const scale = 10 ** Math.max(placesOfA, placesOfB);
  const numerator = Math.round(a * scale);
  const denominator = Math.round(b * scale);
  if (Math.abs(numerator) > SAFE || Math.abs(denominator) > SAFE || denominator === 0) {
    return undefined;
  }
  return numerator / denominator + 0;
}

/** Σ values rounded once, or undefined when the fast path does not apply. */
export function fastSum(values: readonly number[]): number | undefined {
  let places = 0;
  for (const value of values) {
    const k = placesOf(value);
    if (k < 0) return undefined;
    if (k > places) places = k;
  }
  const scale = 10 ** places;
  let total = 0;
  for (const value of values) {
    total += Math.round(value * scale);
    if (Math.abs(total) > SAFE) return undefined;
  }
  return total / scale + 0;
}

/** (current − previous) ÷ previous rounded once, or undefined when the fast path does not apply. */
export function fastGrowth(current: number, previous: number): number | undefined {
  const placesOfCurrent = placesOf(current);
  const placesOfPrevious = placesOf(previous);
  if (placesOfCurrent < 0 || placesOfPrevious < 0) return undefined;
  const scale = 10 ** Math.max(placesOfCurrent, placesOfPrevious);
  const now = Math.round(current * scale);
  const before = Math.round(previous * scale);
  const change = now - before;
  if (Math.abs(now) > SAFE || Math.abs(before) > SAFE || Math.abs(change) > SAFE) return undefined;
  return change / before + 0;
}

/** Σ v × w ÷ Σ w rounded once, or undefined when the fast path does not apply. */
export function fastWeightedAverage(
  values: readonly number[],
  weights: readonly number[],
): number | undefined {
  let valuePlaces = 0;
  let weightPlaces = 0;
  for (let i = 0; i < values.length; i++) {
    const v = placesOf(values[i]);
    const w = placesOf(weights[i]);
    if (v < 0 || w < 0) return undefined;
    if (v > valuePlaces) valuePlaces = v;
    if (w > weightPlaces) weightPlaces = w;
  }
  const valueScale = 10 ** valuePlaces;
  const weightScale = 10 ** weightPlaces;
  let products = 0;
  let weightSum = 0;
  for (let i = 0; i < values.length; i++) {
    const weight = Math.round(weights[i] * weightScale);
    products += Math.round(values[i] * valueScale) * weight;
    weightSum += weight;
    if (Math.abs(products) > SAFE || Math.abs(weightSum * valueScale) > SAFE) return undefined;
  }
  if (weightSum === 0) return undefined;
  // v = mv / sv and w = mw / sw, so Σvw ÷ Σw = Σ mv·mw ÷ (sv · Σ mw).
  return products / (valueScale * weightSum) + 0;
}
