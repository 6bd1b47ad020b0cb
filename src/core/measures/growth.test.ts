import { growth } from './growth';

describe('growth', () => {
  it.each([
    [1.1, 1, 0.1],
    [437, 400, 0.0925],
    [400, 437, -37 / 437],
    [100, 100, 0],
    [-50, -100, -0.5],
  ])('from %p to %p is %p', (current, previous, value) => {
    expect(growth(current, previous)).toEqual({ ok: true, value });
  });

  it('refuses a previous value of zero', () => {
    expect(growth(5, 0)).toEqual({
      ok: false,
      error: 'div-by-zero',
      detail: { argument: 'previous' },
    });
  });

  it('reports a missing current value', () => {
    expect(growth(undefined, 5)).toEqual({
      ok: false,
      error: 'missing',
      detail: { argument: 'current' },
    });
  });
});
