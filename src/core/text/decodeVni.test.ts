import fc from 'fast-check';
import { decodeVni } from './decodeVni';
import { encodeVni } from './encodeLegacy.testHelper';
import { VIETNAMESE_LETTERS } from './vietnameseLetters.testHelper';

/** Pairs seen in workbooks typed with VNI-Times fonts. */
const WORDS: [string, string][] = [
  ['Toång soá hôïp taùc xaõ', 'Tổng số hợp tác xã'],
  ['Hôïp taùc xaõ', 'Hợp tác xã'],
  ['Keá hoaïch', 'Kế hoạch'],
  ['Öôùc thöïc hieän', 'Ước thực hiện'],
  ['Ñang hoaït ñoäng', 'Đang hoạt động'],
  ['Thaønh vieân', 'Thành viên'],
  ['Ngaân saùch trung öông', 'Ngân sách trung ương'],
  ['Lôïi nhuaän', 'Lợi nhuận'],
  ['Chæ tieâu', 'Chỉ tiêu'],
  ['Ñòa phöông', 'Địa phương'],
  ['Naêm 2024: taêng tröôûng', 'Năm 2024: tăng trưởng'],
  ['ñaëc bieät, thaéng, khaúng, leã', 'đặc biệt, thắng, khẳng, lễ'],
  ['KEÁ HOAÏCH PHAÙT TRIEÅN', 'KẾ HOẠCH PHÁT TRIỂN'],
  ['Quyõ hoã trôï', 'Quỹ hỗ trợ'],
  ['Ñôn vò tính', 'Đơn vị tính'],
  ['nghóa, mieãn, tyû, yù, tuyø, keùm', 'nghĩa, miễn, tỷ, ý, tuỳ, kém'],
];

describe('decodeVni', () => {
  it.each(WORDS)('reads %j as %j', (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  it.each(WORDS)('writes %j back from %j with the inverse table', (legacy, unicode) => {
    expect(encodeVni(unicode)).toBe(legacy);
  });

  it.each(VIETNAMESE_LETTERS.map((l) => [l]))('decodes %s from its VNI bytes', (letter) => {
    expect(decodeVni(encodeVni(letter))).toBe(letter);
  });

  it('reads the dot below of y from its own byte', () => {
    expect(decodeVni('yî YÎ')).toBe('ỵ Ỵ');
  });

  it('leaves marks after letters that cannot take them', () => {
    expect(decodeVni('Noël, crème, Müller')).toBe('Noël, crème, Müller');
  });

  it('decodes any encoded mix of Vietnamese letters, ASCII and punctuation to the original', () => {
    const units = [...VIETNAMESE_LETTERS, ...'aeiouyAEIOUYbcdghnqtxBHTX0123 ,.-/%()'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units) }), (text) => {
        expect(decodeVni(encodeVni(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
