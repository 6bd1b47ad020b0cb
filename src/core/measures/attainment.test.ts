import { attainment } from './attainment';

describe('attainment', () => {
  it.each([
    [437, 400, 1.0925],
    ['437', '400', 1.0925],
    [0.3, 0.1, 3],
    [0, 400, 0],
    [-20, 100, -0.2],
    [[[109]], 100, 1.09],
  ])('of %p against a plan of %p is %p', (actual, plan, value) => {
    expect(attainment(actual, plan)).toEqual({ ok: true, value });
  });

  it('refuses a negative plan', () => {
    expect(attainment(50, -100)).toEqual({
      ok: false,
      error: 'negative-plan',
      detail: { argument: 'plan', value: -100 },
    });
  });

  it('refuses a plan of zero', () => {
    expect(attainment(50, 0)).toEqual({
      ok: false,
      error: 'div-by-zero',
      detail: { argument: 'plan' },
    });
  });

  it.each([
    [null, 100, 'missing', { argument: 'actual' }],
    [437, '', 'missing', { argument: 'plan' }],
    ['abc', 100, 'not-a-number', { argument: 'actual', text: 'abc' }],
    [437, true, 'not-a-number', { argument: 'plan', text: 'true' }],
  ])('names the argument at fault in (%p, %p)', (actual, plan, error, detail) => {
    expect(attainment(actual, plan)).toEqual({ ok: false, error, detail });
  });
});
