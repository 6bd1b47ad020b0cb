import { patternStrength, typingPattern } from './suggestFix';

describe('typingPattern', () => {
  it.each([
    [473, 437, 0, 'swapped-digits'],
    [447, 437, 0, 'wrong-digit'],
    [47, 437, 0, 'missing-digit'],
    [4370, 437, 0, 'extra-digit'],
    [109, 109.6, 0, 'rounding'],
    [4307, 437, 0, 'extra-digit'],
    [437000, 437, 0, 'scale-1000'],
    [0.437, 437, 3, 'scale-1000'],
    [-23, 23, 0, 'sign'],
    [5.3, 63.6, 1, 'monthly-12'],
    [100.4, 100.45, 1, 'rounding'],
    [10.5, 10.5, 1, undefined],
    [460, 437, 0, undefined],
  ])('%p typed for %p (%p decimals) → %p', (typed, intended, decimals, reason) => {
    expect(typingPattern(typed, intended, decimals)).toBe(reason);
  });

  it('ranks rare slips above a single wrong digit', () => {
    expect(patternStrength('swapped-digits')).toBeGreaterThan(patternStrength('wrong-digit'));
    expect(patternStrength('wrong-digit')).toBeGreaterThan(patternStrength(undefined));
  });
});
