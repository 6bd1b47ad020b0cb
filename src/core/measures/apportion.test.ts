import { apportion } from './apportion';

describe('apportion', () => {
  it.each([
    [100n, [1n, 1n, 1n], [34n, 33n, 33n]],
    [-100n, [1n, 1n, 1n], [-34n, -33n, -33n]],
    [10n, [5n, 3n, 2n], [5n, 3n, 2n]],
    [7n, [1n, 0n, 1n], [4n, 0n, 3n]],
    [2n, [1n, 1n, 1n], [1n, 1n, 0n]],
    [0n, [1n, 2n], [0n, 0n]],
    [100n, [3333n, 3333n, 3334n], [33n, 33n, 34n]],
  ])('splits %p units by %p as %p', (units, weights, parts) => {
    expect(apportion(units, weights)).toEqual(parts);
  });

  it('gives the leftover unit to the largest remainder, not the first position', () => {
    expect(apportion(10n, [14n, 15n, 71n])).toEqual([1n, 2n, 7n]);
  });

  it.each([[[0n, 0n]], [[1n, -1n]], [[]]])('refuses the weights %p', (weights) => {
    expect(() => apportion(1n, weights)).toThrow(RangeError);
  });
});
