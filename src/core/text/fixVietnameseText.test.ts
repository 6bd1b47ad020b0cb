import { decodeLegacy } from './decodeLegacy';
import { fixVietnameseText } from './fixVietnameseText';

describe('fixVietnameseText', () => {
  it.each([
    ['Tæng sè  hîp t¸c x·\n', 'tcvn3', 'Tổng số hợp tác xã'],
    ['¦íc thùc hiÖn n¨m 2023', 'tcvn3', 'Ước thực hiện năm 2023'],
    ['§VT', 'tcvn3', 'ĐVT'],
    ['Sè', 'tcvn3', 'Số'],
    ['Hôïp taùc xaõ', 'vni', 'Hợp tác xã'],
    ['Keá hoaïch', 'vni', 'Kế hoạch'],
    ['Ñang hoaït ñoäng', 'vni', 'Đang hoạt động'],
  ] as const)('decodes %j from %s to %j', (text, encoding, expected) => {
    expect(fixVietnameseText(text, encoding)).toBe(expected);
  });

  it.each([
    ['Hợp tác xã', 'tcvn3'],
    ['Hợp tác xã', 'vni'],
    ['Ghi chú', 'tcvn3'],
    ['Cà phê', 'tcvn3'],
    ['Hoà', 'vni'],
    ['Toàn bộ', 'vni'],
    ['HTX', 'tcvn3'],
    ['1.022,5', 'vni'],
  ] as const)('keeps %j, already Unicode, on a %s sheet', (text, encoding) => {
    expect(fixVietnameseText(text, encoding)).toBe(text);
  });

  it('only normalises when the sheet has no legacy encoding', () => {
    expect(fixVietnameseText(' Tổng\u00A0số '.normalize('NFD'), null)).toBe('Tổng số');
    expect(fixVietnameseText('Tæng sè', null)).toBe('Tæng sè');
  });

  it('upper-cases text the caller knows is in a capital font', () => {
    expect(fixVietnameseText('tæng sè', 'tcvn3', { capitals: true })).toBe('TỔNG SỐ');
  });
});

describe('decodeLegacy', () => {
  it.each([
    ['tcvn3', 'Thµnh viªn', 'Thành viên'],
    ['vni', 'Thaønh vieân', 'Thành viên'],
  ] as const)('decodes %s text %j as %j', (encoding, text, expected) => {
    expect(decodeLegacy(text, encoding)).toBe(expected);
  });
});
