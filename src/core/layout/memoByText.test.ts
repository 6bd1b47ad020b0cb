import { memoByText } from './memoByText';

describe('memoByText', () => {
  it('computes each distinct text once', () => {
    const compute = jest.fn((text: string) => text.length);
    const length = memoByText(compute);
    expect([length('HTX'), length('HTX'), length('THT'), length('')]).toEqual([3, 3, 3, 0]);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('caches undefined results too', () => {
    const compute = jest.fn((): number | undefined => undefined);
    const lookup = memoByText(compute);
    lookup('Ghi chú');
    lookup('Ghi chú');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('starts afresh when the cache is full, and still answers right', () => {
    const compute = jest.fn((text: string) => text.toUpperCase());
    const upper = memoByText(compute, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
