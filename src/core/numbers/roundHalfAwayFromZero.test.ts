import fc from 'fast-check';
import { roundHalfAwayFromZero, toScaledInteger } from './roundHalfAwayFromZero';

describe('roundHalfAwayFromZero', () => {
  // Results of Excel's ROUND on numbers whose binary value lies just below the written tie.
  it.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [1.015, 2, 1.02],
    [0.285, 2, 0.29],
    [8.345, 2, 8.35],
    [5.015, 2, 5.02],
    [1.45, 1, 1.5],
    [-2.675, 2, -2.68],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [0.1 + 0.2, 1, 0.3],
    [0.1 + 0.2, 15, 0.3],
    [1234.5678, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [1234567, -3, 1235000],
    [499, -3, 0],
    [500, -3, 1000],
    [3.14159, 3, 3.142],
  ])('rounds %p to %p decimals as Excel does: %p', (value, decimals, rounded) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(rounded);
  });

  it('keeps a value that needs no rounding exactly, even beyond 15 digits', () => {
    expect(roundHalfAwayFromZero(2 ** 53, 0)).toBe(2 ** 53);
    expect(roundHalfAwayFromZero(0.1234567890123456, 16)).toBe(0.1234567890123456);
  });

  it('gives 0, never -0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.4, 0), 0)).toBe(true);
  });

  it('counts units of the last decimal exactly', () => {
    expect(toScaledInteger(1.005, 2)).toBe(101n);
    expect(toScaledInteger(-1234567.891, -3)).toBe(-1235n);
    expect(toScaledInteger(12.5, 3)).toBe(12500n);
  });

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: -6, max: 6 }),
        (x, d) => {
          expect(roundHalfAwayFromZero(-x, d)).toBe(-roundHalfAwayFromZero(x, d) + 0);
        },
      ),
    );
  });

  it('moves a value by at most half a unit of the last decimal', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: -3, max: 6 }),
        (x, d) => {
          const unit = 10 ** -d;
          expect(Math.abs(roundHalfAwayFromZero(x, d) - x)).toBeLessThanOrEqual(
            unit / 2 + Math.abs(x) * 1e-14,
          );
        },
      ),
    );
  });
});
