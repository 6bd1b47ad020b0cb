import { imbalance } from './imbalance';

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe('imbalance', () => {
  it.each([
    [437, column(200, 150, 87), 0],
    [460, column(200, 150, 87), 23],
    [400, column(200, 150, 87), -37],
    [437, column(100.1, 336.9), 0],
    [0.3, column(0.1, 0.2), 0],
    ['1.022,5', column('1.000', '22,5'), 0],
    [437, [[200, 150, 87]], 0],
  ])('of %p against the parts %p is %p', (total, parts, value) => {
    expect(imbalance(total, parts)).toEqual({ ok: true, value });
  });

  it('skips blanks and placeholders inside the parts', () => {
    expect(imbalance(437, column(200, null, '', '-', 'x', 237))).toEqual({ ok: true, value: 0 });
  });

  it('reads a lone number as a one-cell range', () => {
    expect(imbalance(437, 437)).toEqual({ ok: true, value: 0 });
  });

  it('names the cell whose text is not a number, so a typo cannot balance the total', () => {
    expect(imbalance(437, column(200, '1.50.0', 87))).toEqual({
      ok: false,
      error: 'not-a-number',
      detail: { argument: 'parts', row: 1, column: 0, text: '1.50.0' },
    });
  });

  it('refuses a boolean among the parts', () => {
    expect(imbalance(1, [[1, true]])).toMatchObject({
      error: 'not-a-number',
      detail: { row: 0, column: 1 },
    });
  });

  it('reports parts that hold no number as missing', () => {
    expect(imbalance(437, column(null, '-'))).toEqual({
      ok: false,
      error: 'missing',
      detail: { argument: 'parts' },
    });
  });

  it.each([
    [null, 'missing', { argument: 'total' }],
    ['Tổng', 'not-a-number', { argument: 'total', text: 'Tổng' }],
  ])('reports the total %p', (total, error, detail) => {
    expect(imbalance(total, column(1))).toEqual({ ok: false, error, detail });
  });

  it('refuses a ragged range', () => {
    expect(imbalance(1, [[1, 2], [3]])).toEqual({
      ok: false,
      error: 'shape-mismatch',
      detail: { argument: 'parts', shape: 'ragged' },
    });
  });
});
