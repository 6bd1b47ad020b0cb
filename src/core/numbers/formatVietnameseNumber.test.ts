import fc from 'fast-check';
import { NonFiniteNumberError } from './decimal';
import { formatVietnameseNumber } from './formatVietnameseNumber';
import { parseVietnameseNumber } from './parseVietnameseNumber';

describe('formatVietnameseNumber', () => {
  it.each([
    [1022.5, 1, '1.022,5'],
    [1022.5, 0, '1.023'],
    [1022, 0, '1.022'],
    [1234567.891, 2, '1.234.567,89'],
    [-1022.5, 1, '-1.022,5'],
    [0.343, 3, '0,343'],
    [0.05, 2, '0,05'],
    [2.675, 2, '2,68'],
    [-0.4, 0, '0'],
    [999, 0, '999'],
    [1000, 0, '1.000'],
    [1234567, -3, '1.235.000'],
    [1e21, 0, '1.000.000.000.000.000.000.000'],
    [5, 2, '5,00'],
  ])('writes %p with %p decimals as %j', (value, decimals, text) => {
    expect(formatVietnameseNumber(value, decimals)).toBe(text);
  });

  it('writes whole numbers by default', () => {
    expect(formatVietnameseNumber(437.4)).toBe('437');
  });

  it.each([NaN, Infinity, -Infinity])('refuses %p', (value) => {
    expect(() => formatVietnameseNumber(value)).toThrow(NonFiniteNumberError);
  });

  it('refuses a fractional number of decimals', () => {
    expect(() => formatVietnameseNumber(1, 1.5)).toThrow('Decimals must be an integer');
  });

  it('writes numbers that parseVietnameseNumber reads back', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, decimals) => {
          const parsed = parseVietnameseNumber(formatVietnameseNumber(x, decimals));
          expect(parsed).not.toBeNull();
          expect(parsed!.decimals).toBe(decimals);
          const tolerance = 0.5 * 10 ** -decimals + Math.abs(x) * 1e-14;
          expect(Math.abs(parsed!.value - x)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
