import { perUnit } from './perUnit';

describe('perUnit', () => {
  it.each([
    [48924, 437, 48924 / 437],
    [1500, 3, 500],
    ['2,2', 2, 1.1],
  ])('divides %p by the count %p', (total, count, value) => {
    expect(perUnit(total, count)).toEqual({ ok: true, value });
  });

  it('refuses a count of zero', () => {
    expect(perUnit(100, '0')).toEqual({
      ok: false,
      error: 'div-by-zero',
      detail: { argument: 'count' },
    });
  });

  it('reports a missing count', () => {
    expect(perUnit(100, null)).toEqual({
      ok: false,
      error: 'missing',
      detail: { argument: 'count' },
    });
  });

  it('reports a total that is not a number', () => {
    expect(perUnit('nhiều', 3)).toEqual({
      ok: false,
      error: 'not-a-number',
      detail: { argument: 'total', text: 'nhiều' },
    });
  });
});
