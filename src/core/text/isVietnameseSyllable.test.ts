import { hasUnicodeVietnamese, isVietnameseSyllable } from './isVietnameseSyllable';

describe('isVietnameseSyllable', () => {
  it.each([
    'hợp', 'Tổng', 'số', 'xã', 'nghiêng', 'quốc', 'gì', 'già', 'giữ', 'khuya', 'thuở', 'xoong',
    'người', 'ương', 'hoạch', 'huỳnh', 'chuyện', 'Ước', 'a', 'yêu', 'oai', 'khuyết', 'nhuận',
  ])('accepts %j', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
    expect(isVietnameseSyllable(word.normalize('NFD'))).toBe(true);
  }); // prettier-ignore

  it.each([
    'cafộ',
    'tỏc',
    'hơtel',
    'HTX',
    'crốme',
    'hụùp',
    'taùc',
    'Grửòe',
    'tàc',
    'ă',
    'đ',
    '',
    'x1',
  ])('rejects %j', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe('hasUnicodeVietnamese', () => {
  it.each([
    ['Hợp tác xã', true],
    ['Đang', true],
    ['Thành viên'.normalize('NFD'), true],
    ['Thành viên', false],
    ['Tæng sè hîp t¸c x·', false],
    ['Hôïp taùc xaõ', false],
  ])('says %j holds Unicode-only Vietnamese: %s', (text, expected) => {
    expect(hasUnicodeVietnamese(text)).toBe(expected);
  });
});
