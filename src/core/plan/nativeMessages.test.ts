import { nativeMessage, nativeMessageKeys } from './nativeMessages';

describe('the wording of native conversions', () => {
  it('has the same reasons and caveats in Vietnamese and English', () => {
    expect([...nativeMessageKeys.en].sort()).toEqual([...nativeMessageKeys.vi].sort());
  });

  it('words a reason in the language asked for', () => {
    expect(nativeMessage('reason.capital-split', 'en')).toContain('largest remainder');
    expect(nativeMessage('reason.capital-split', 'vi')).not.toBe(
      nativeMessage('reason.capital-split', 'en'),
    );
  });

  it('shows an unknown code as itself', () => {
    expect(nativeMessage('reason.unheard-of', 'vi')).toBe('reason.unheard-of');
  });
});
