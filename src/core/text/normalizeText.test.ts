import fc from 'fast-check';
import { normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it.each([
    ['Tổng số'.normalize('NFD'), 'Tổng số'],
    ['  Doanh\u00A0thu\r\n bình\tquân  ', 'Doanh thu bình quân'],
    ['Hợp\u200B tác\uFEFF xã', 'Hợp tác xã'],
    ['Kế hoạch\u2028năm 2023', 'Kế hoạch năm 2023'],
    ['HTX (%)', 'HTX (%)'],
  ])('cleans %j into %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it('keeps case and diacritics', () => {
    expect(normalizeText('ĐANG hoạt động')).toBe('ĐANG hoạt động');
  });

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});
