import fc from 'fast-check';
import {
  decimalToNumber,
  divideDecimals,
  multiplyDecimals,
  negateDecimal,
  sumDecimals,
  toDecimal,
} from './decimal';
import { fastGrowth, fastQuotient, fastSum, fastWeightedAverage, placesOf } from './fastDecimal';

const slowQuotient = (a: number, b: number) => divideDecimals(toDecimal(a), toDecimal(b));
const slowSum = (values: number[]) => decimalToNumber(sumDecimals(values.map(toDecimal)));

/** Decimals as people type them: up to 7 places, magnitudes up to 10^12, either sign. */
const typedDecimal = fc
  .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 7 }))
  .map(([units, places]) => Number((units / 10 ** places).toFixed(places)));

describe('the fast decimal path', () => {
  it.each([
    [0, 0],
    [437, 0],
    [1.1, 1],
    [0.343, 3],
    [1022.5, 1],
    [0.1 + 0.2, -1],
    [2 ** 60, -1],
  ])('reads %d as having %d decimal places', (value, places) => {
    expect(placesOf(value)).toBe(places);
  });

  it('divides exactly where binary division would not', () => {
    expect(fastQuotient(0.3, 0.1)).toBe(3);
    expect(fastQuotient(13.2, 12)).toBe(1.1);
  });

  it('applies to the figures of an appendix table', () => {
    expect(fastGrowth(1.1, 1)).toBe(0.1);
    expect(fastWeightedAverage([2100, 1800.5], [301, 16])).toBeCloseTo(
      (2100 * 301 + 1800.5 * 16) / 317,
      12,
    );
    expect(fastSum([0.1, 0.2])).toBe(0.3);
  });

  it('gives the same quotient as the exact BigInt path whenever it applies', () => {
    fc.assert(
      fc.property(typedDecimal, typedDecimal, (a, b) => {
        fc.pre(b !== 0);
        const fast = fastQuotient(a, b);
        if (fast !== undefined) expect(fast).toBe(slowQuotient(a, b));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the same sum as the exact BigInt path whenever it applies', () => {
    fc.assert(
      fc.property(fc.array(typedDecimal, { maxLength: 12 }), (values) => {
        const fast = fastSum(values);
        if (fast !== undefined) expect(fast).toBe(slowSum(values));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the same growth as the exact BigInt path whenever it applies', () => {
    fc.assert(
      fc.property(typedDecimal, typedDecimal, (current, previous) => {
        fc.pre(previous !== 0);
        const fast = fastGrowth(current, previous);
        const base = toDecimal(previous);
        const slow = divideDecimals(sumDecimals([toDecimal(current), negateDecimal(base)]), base);
        if (fast !== undefined) expect(fast).toBe(slow);
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the same weighted average as the exact BigInt path whenever it applies', () => {
    const pairs = fc.array(fc.tuple(typedDecimal, typedDecimal), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(pairs, (list) => {
        const values = list.map(([value]) => value);
        const weights = list.map(([, weight]) => weight);
        const fast = fastWeightedAverage(values, weights);
        if (fast === undefined) return;
        const w = weights.map(toDecimal);
        const products = values.map((value, i) => multiplyDecimals(toDecimal(value), w[i]));
        expect(fast).toBe(divideDecimals(sumDecimals(products), sumDecimals(w)));
      }),
      { numRuns: 20_000 },
    );
  });
});
