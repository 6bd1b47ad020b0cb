import fc from 'fast-check';
import { toScaledInteger } from '../numbers/roundHalfAwayFromZero';
import { capitalSplit } from './capitalSplit';

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const amounts = (total: unknown, shares: unknown, decimals?: unknown) => {
  const result = capitalSplit(total, shares, decimals);
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.detail)}`);
  return result.value;
};

describe('capitalSplit', () => {
  it.each([
    [100, [[0.5, 0.3, 0.2]], 0, [[50, 30, 20]]],
    [100, [[50, 30, 20]], 0, [[50, 30, 20]]],
    [100, [['50%', '30%', '20%']], 0, [[50, 30, 20]]],
    [100, [[1 / 3, 1 / 3, 1 / 3]], 0, [[34, 33, 33]]],
    [100, [[33.33, 33.33, 33.34]], 0, [[33, 33, 34]]],
    [10, [[1 / 3, 1 / 3, 1 / 3]], 2, [[3.34, 3.33, 3.33]]],
    [1022.5, [[0.6, 0.4]], 1, [[613.5, 409]]],
    [-100, [[1 / 3, 1 / 3, 1 / 3]], 0, [[-34, -33, -33]]],
    [1234567, [[0.5, 0.5]], -3, [[618000, 617000]]],
    [2.675, [[1]], 2, [[2.68]]],
    [0, [[0.5, 0.5]], 0, [[0, 0]]],
  ])('splits %p by %p to %p decimals as %p', (total, shares, decimals, result) => {
    expect(amounts(total, shares, decimals)).toEqual(result);
  });

  it('returns a column for shares in a column', () => {
    expect(amounts(460, column(0.6, 0.3, 0.1))).toEqual(column(276, 138, 46));
  });

  it('rounds the total first and keeps the sum exact in units of the last decimal', () => {
    // ROUND(99.5; 0) is 100, which is what the amounts must add up to.
    expect(amounts(99.5, [[0.5, 0.5]])).toEqual([[50, 50]]);
  });

  it('reads text totals and shares as written, a blank share as 0', () => {
    expect(amounts('1.500', column('60', null, '40'))).toEqual(column(900, 0, 600));
    expect(amounts('2,2 tỷ', [[0.5, 0.5]], 1)).toEqual([[1.1, 1.1]]);
  });

  it.each([undefined, null, '', [[null]]])('rounds to whole units when decimals is %p', (d) => {
    expect(amounts(10.6, [[0.5, 0.5]], d)).toEqual([[6, 5]]);
  });

  it('accepts shares within one part in a million of a whole', () => {
    expect(amounts(100, [[0.3333333, 0.3333333, 0.3333333]])).toEqual([[34, 33, 33]]);
    expect(amounts(100, [[33.33333, 33.33333, 33.33333]])).toEqual([[34, 33, 33]]);
  });

  it.each([
    [[[0.5, 0.4]], 0.9],
    [[[60, 30]], 90],
    [[[0.5, 0.5, 0.000002]], 1.000002],
    [[[0, 0]], 0],
  ])('refuses shares %p that add up to %p', (shares, sum) => {
    expect(capitalSplit(100, shares)).toEqual({
      ok: false,
      error: 'shares-not-whole',
      detail: { sum },
    });
  });

  it('refuses a negative share and says where it is', () => {
    expect(capitalSplit(100, column(1.2, -0.2))).toEqual({
      ok: false,
      error: 'shares-not-whole',
      detail: { sum: 1, row: 1, column: 0 },
    });
  });

  it('refuses shares in a block of several rows and columns', () => {
    expect(
      capitalSplit(100, [
        [0.25, 0.25],
        [0.25, 0.25],
      ]),
    ).toEqual({
      ok: false,
      error: 'shape-mismatch',
      detail: { argument: 'shares', shares: '2×2' },
    });
  });

  it('names a share that is not a number', () => {
    expect(capitalSplit(100, [[0.5, 'nửa']])).toEqual({
      ok: false,
      error: 'not-a-number',
      detail: { argument: 'shares', row: 0, column: 1, text: 'nửa' },
    });
  });

  it.each([
    [null, [[1]], 0, 'missing', { argument: 'total' }],
    ['nhiều', [[1]], 0, 'not-a-number', { argument: 'total', text: 'nhiều' }],
    [100, [], 0, 'missing', { argument: 'shares' }],
    [100, [[1]], 1.5, 'not-a-number', { argument: 'decimals', value: 1.5 }],
    [100, [[1]], 10, 'not-a-number', { argument: 'decimals', value: 10 }],
    [100, [[1]], -10, 'not-a-number', { argument: 'decimals', value: -10 }],
    [100, [[1]], true, 'not-a-number', { argument: 'decimals', text: 'true' }],
  ])('refuses (%p, %p, %p) with %s', (total, shares, decimals, error, detail) => {
    expect(capitalSplit(total, shares, decimals)).toEqual({ ok: false, error, detail });
  });

  const weights = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 });
  const split = fc
    .record({
      total: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      weights: weights.filter((ws) => ws.some((w) => w > 0)),
      decimals: fc.integer({ min: -3, max: 4 }),
      percent: fc.boolean(),
      asColumn: fc.boolean(),
    })
    .map(({ weights: ws, percent, ...rest }) => {
      const sum = ws.reduce((a, b) => a + b, 0);
      return { ...rest, shares: ws.map((w) => (percent ? (w * 100) / sum : w / sum)) };
    });

  it('always adds up exactly to the rounded total, each amount within a unit of its share', () => {
    fc.assert(
      fc.property(split, ({ total, shares, decimals, asColumn }) => {
        const range = asColumn ? shares.map((s) => [s]) : [shares];
        const result = amounts(total, range, decimals);
        expect(result.length).toBe(asColumn ? shares.length : 1);
        const flat = result.flat();
        const units = flat.map((amount) => toScaledInteger(amount, decimals));
        const rounded = toScaledInteger(total, decimals);
        expect(units.reduce((a, b) => a + b, 0n)).toBe(rounded);

        const shareSum = shares.reduce((a, b) => a + b, 0);
        const unit = 10 ** -decimals;
        const roundedTotal = Number(rounded) * unit;
        flat.forEach((amount, i) => {
          const exact = (roundedTotal * shares[i]) / shareSum;
          expect(Math.abs(amount - exact)).toBeLessThanOrEqual(unit * (1 + 1e-9) + 1e-6);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('splits a negative total as the mirror of the positive one', () => {
    fc.assert(
      fc.property(split, ({ total, shares, decimals }) => {
        const positive = amounts(Math.abs(total), [shares], decimals)[0];
        const negative = amounts(-Math.abs(total), [shares], decimals)[0];
        expect(negative).toEqual(positive.map((amount) => -amount + 0));
      }),
    );
  });
});
