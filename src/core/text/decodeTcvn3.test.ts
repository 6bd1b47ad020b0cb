import fc from 'fast-check';
import { decodeTcvn3 } from './decodeTcvn3';
import { encodeTcvn3 } from './encodeLegacy.testHelper';
import { VIETNAMESE_LETTERS } from './vietnameseLetters.testHelper';

/** Pairs seen in provincial workbooks typed with .VnTime fonts. */
const WORDS: [string, string][] = [
  ['Tæng sè', 'Tổng số'],
  ['Hîp t¸c x·', 'Hợp tác xã'],
  ['Tæng sè hîp t¸c x·', 'Tổng số hợp tác xã'],
  ['Thµnh viªn', 'Thành viên'],
  ['Doanh thu b×nh qu©n', 'Doanh thu bình quân'],
  ['Lîi nhuËn', 'Lợi nhuận'],
  ['Ng©n s¸ch trung \u00AD¬ng', 'Ngân sách trung ương'],
  ['§ang ho¹t ®éng', 'Đang hoạt động'],
  ['KÕ ho¹ch', 'Kế hoạch'],
  ['¦íc thùc hiÖn', 'Ước thực hiện'],
  ['N¨m 2024', 'Năm 2024'],
  ['Thu nhËp b×nh qu©n (triÖu ®ång/ng\u00ADêi/n¨m)', 'Thu nhập bình quân (triệu đồng/người/năm)'],
  ['Quü hç trî ph¸t triÓn', 'Quỹ hỗ trợ phát triển'],
  ['§¬n vÞ tÝnh', 'Đơn vị tính'],
];

describe('decodeTcvn3', () => {
  it.each(WORDS)('reads %j as %j', (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
  });

  it.each(WORDS)('writes %j back from %j with the inverse table', (legacy, unicode) => {
    expect(encodeTcvn3(unicode)).toBe(legacy);
  });

  it.each(VIETNAMESE_LETTERS.map((l) => [l]))('decodes %s from its TCVN3 code', (letter) => {
    const upper = letter !== letter.toLowerCase();
    expect(decodeTcvn3(encodeTcvn3(letter), { capitals: upper })).toBe(letter);
  });

  it('gives the 7 capitals that have a TCVN3 code without any font hint', () => {
    expect(decodeTcvn3(encodeTcvn3('ĂÂÊÔƠƯĐ'))).toBe('ĂÂÊÔƠƯĐ');
  });

  it.each([
    ['KÕ HO¹CH', 'KẾ HOẠCH'],
    ['TæNG Sè HîP T¸C X·', 'TỔNG SỐ HỢP TÁC XÃ'],
    ['Sè', 'Số'],
    ['HTX ®·', 'HTX đã'],
    ['§Ò ¸N HTX', 'ĐỀ ÁN HTX'],
  ])(
    'reads %j as %j, taking words typed in capitals as typed in a .VnTimeH font',
    (legacy, unicode) => {
      expect(decodeTcvn3(legacy)).toBe(unicode);
    },
  );

  it('upper-cases everything when the caller knows the font is a capital font', () => {
    expect(decodeTcvn3('tæng sè', { capitals: true })).toBe('TỔNG SỐ');
  });

  it('leaves ASCII, digits and unmapped characters as they are', () => {
    expect(decodeTcvn3('HTX 1.022,5 % / ° ²')).toBe('HTX 1.022,5 % / ° ²');
  });

  it('decodes any encoded lower-case Vietnamese text to the original', () => {
    const lower = VIETNAMESE_LETTERS.filter((l) => l === l.toLowerCase());
    const units = [...lower, ...'aeiouybcdghnqtx0123 ,.-/%()'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units) }), (text) => {
        expect(decodeTcvn3(encodeTcvn3(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
