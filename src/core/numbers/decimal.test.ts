import fc from 'fast-check';
import {
  DecimalStringError,
  divideDecimals,
  exactQuotient,
  exactDifference,
  exactSum,
  multiplyExact,
  parseDecimalString,
  shiftDecimal,
  toDecimal,
} from './decimal';

describe('exact decimal helpers', () => {
  it('reads a number as the decimal it shows', () => {
    expect(toDecimal(1.1)).toEqual({ coefficient: 11n, exponent: -1 });
    expect(toDecimal(-1.5e-7)).toEqual({ coefficient: -15n, exponent: -8 });
    expect(toDecimal(1e21)).toEqual({ coefficient: 1n, exponent: 21 });
  });

  it.each([
    [[0.1, 0.2], 0.3],
    [[100.1, 336.9], 437],
    [[0.7, 0.1, 0.2], 1],
    [[], 0],
  ])('adds %p to exactly %p', (values, sum) => {
    expect(exactSum(values)).toBe(sum);
  });

  it('subtracts without binary noise', () => {
    expect(exactDifference(1.1, 1)).toBe(0.1);
    expect(Object.is(exactDifference(0.3, 0.3), 0)).toBe(true);
  });

  it('shifts by powers of ten without binary noise', () => {
    expect(shiftDecimal(1.1, 3)).toBe(1100);
    expect(shiftDecimal(1500, -3)).toBe(1.5);
    expect(shiftDecimal(0.7, 9)).toBe(700000000);
  });

  it('multiplies by an integer without binary noise', () => {
    expect(multiplyExact(1.1, 12n)).toBe(13.2);
  });

  it('refuses non-finite numbers', () => {
    expect(() => toDecimal(NaN)).toThrow('Expected a finite number');
  });
});

describe('divideDecimals', () => {
  it.each([
    [13.2, 12, 1.1],
    [-13.2, 12, -1.1],
    [13.2, -12, -1.1],
    [0.3, 0.1, 3],
    [10, 12, 10 / 12],
    [1, 3, 1 / 3],
    [-2, 3, -2 / 3],
    [0.1, 0.3, 1 / 3],
    [1, 1e30, 1e-30],
    [437, 400, 1.0925],
    [0, 12, 0],
  ])('divides %p by %p as decimals: %p', (a, b, quotient) => {
    expect(exactQuotient(a, b)).toBe(quotient);
    expect(divideDecimals(toDecimal(a), toDecimal(b))).toBe(quotient);
  });

  it('refuses to divide by zero', () => {
    expect(() => exactQuotient(1, 0)).toThrow('Division by zero');
  });

  it('rounds a quotient of typed numbers as the binary division of exact values would', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        expect(exactQuotient(a, b)).toBe(a / b + 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDecimalString', () => {
  it('refuses text that is not a JavaScript decimal', () => {
    expect(() => parseDecimalString('1,5')).toThrow(DecimalStringError);
  });
});
