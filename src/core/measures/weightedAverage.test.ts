import { weightedAverage } from './weightedAverage';

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe('weightedAverage', () => {
  it.each([
    [column(10, 20), column(1, 3), 17.5],
    [column(1500, 2000, 800), column(120, 60, 20), 1580],
    [[[10, 20]], [[1, 3]], 17.5],
    [column('1.500', '2.000'), column('02', '02'), 1750],
    [column(0.1, 0.2), column(1, 1), 0.15],
    [column(5), column(0.5), 5],
    [7, 2, 7],
  ])('of %p weighted by %p is %p', (values, weights, value) => {
    expect(weightedAverage(values, weights)).toEqual({ ok: true, value });
  });

  it.each([
    ['a blank value', column(10, null, 30), column(1, 1, 1), 20],
    ['a blank weight', column(10, 20, 30), column(1, '', 1), 20],
    ['text in a value', column(10, 'n/a', 30), column(1, 1, 1), 20],
    ['text in a weight', column(10, 20, 30), column(1, 'x', 1), 20],
    ['a boolean', column(10, true, 30), column(1, 1, 1), 20],
  ])('leaves out a pair with %s', (_, values, weights, value) => {
    expect(weightedAverage(values, weights)).toEqual({ ok: true, value });
  });

  it('names both shapes when they differ', () => {
    expect(weightedAverage(column(1, 2, 3), [[1, 2, 3]])).toEqual({
      ok: false,
      error: 'shape-mismatch',
      detail: { values: '3×1', weights: '1×3' },
    });
  });

  it('reports no usable pair as missing', () => {
    expect(weightedAverage(column(null, 'x'), column(1, 1))).toEqual({
      ok: false,
      error: 'missing',
      detail: { argument: 'values' },
    });
  });

  it('refuses weights that add up to zero, exactly', () => {
    expect(weightedAverage(column(1, 2, 3), column(0.1, 0.2, -0.3))).toEqual({
      ok: false,
      error: 'div-by-zero',
      detail: { argument: 'weights' },
    });
  });

  it('refuses a ragged range', () => {
    expect(weightedAverage([[1], [2, 3]], column(1, 1))).toMatchObject({
      error: 'shape-mismatch',
      detail: { argument: 'values' },
    });
  });
});
