import { share } from './share';

describe('share', () => {
  it.each([
    [150, 437, 150 / 437],
    [1, 3, 1 / 3],
    [0.1, 0.3, 1 / 3],
    ['34,3%', 1, 0.343],
  ])('of %p in %p is %p', (part, whole, value) => {
    expect(share(part, whole)).toEqual({ ok: true, value });
  });

  it('refuses a whole of zero', () => {
    expect(share(1, 0)).toEqual({ ok: false, error: 'div-by-zero', detail: { argument: 'whole' } });
  });

  it('reports text that is not a number', () => {
    expect(share('#N/A', 5)).toEqual({
      ok: false,
      error: 'not-a-number',
      detail: { argument: 'part', text: '#N/A' },
    });
  });
});
