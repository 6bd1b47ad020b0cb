import fc from 'fast-check';
import { detectLegacyEncoding } from './detectLegacyEncoding';
import { encodeTcvn3, encodeVni } from './encodeLegacy.testHelper';

/** Labels of a typical appendix sheet (PL I), as typed in Unicode. */
const SHEET = [
  'PHỤ LỤC I',
  'TT',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Thực hiện năm 2022',
  'Kế hoạch năm 2023',
  'Ước thực hiện năm 2023',
  'Tổng số hợp tác xã',
  'Trong đó:',
  '- Số HTX đang hoạt động',
  '- Số HTX thành lập mới',
  '- Số HTX giải thể',
  'Tổng số thành viên',
  'Người',
  'Doanh thu bình quân một HTX',
  'Triệu đồng/năm',
  'Lợi nhuận bình quân một HTX',
  'Thu nhập bình quân của lao động thường xuyên',
  'Ngân sách trung ương',
  'Ghi chú',
  'HTX',
  '437',
  '109%',
];

/** Plain Unicode text from DOMAIN.md and other text a sheet may hold. */
const NOT_LEGACY: [string, string[]][] = [
  ['the appendix labels in Unicode', SHEET],
  ['the same labels in NFD', SHEET.map((t) => t.normalize('NFD'))],
  [
    'sentences from DOMAIN.md',
    [
      'Ước đến 31/12/2022 có tổng số 437 HTX, đạt 109% kế hoạch…',
      'Bộ Kế hoạch và Đầu tư',
      'Phòng Tài chính - Kế hoạch',
      'Liên minh HTX',
      'Thực hiện 6 tháng / Lũy kế đến 30/6',
      'Ước thực hiện (ƯTH, Ước TH, ước cả năm)',
      'Tổng số HTX = Đang hoạt động + Tạm ngừng',
      'nông lâm ngư nghiệp; công nghiệp - TTCN; xây dựng; thương mại - dịch vụ; vận tải',
      'Thành viên',
      'Triệu đồng/người/năm',
      'Cà phê',
      'Ghi chú',
    ],
  ],
  ['Unicode cells using only Latin-1 letters', ['Cà phê', 'Ghi chú', 'Tên', 'Thành viên', 'Hoà']],
  ['English', ['Number of cooperatives', 'Average revenue per HTX', 'Total', 'Members']],
  ['French', ['Société coopérative à responsabilité limitée', 'Crème brûlée', 'où ça?', 'Noël']],
  ['German and Spanish', ['Größe der Genossenschaft', 'Müller', 'año', 'señor', 'Ærø']],
  ['numbers and symbols', ['1.022,5', '10×20', '25°C', '½', '§ 3', '± 0,5', '48.924', 'm²']],
  ['a sheet with one stray æ', [...SHEET, 'Cæsar', 'æ']],
  ['an empty sheet', []],
];

describe('detectLegacyEncoding', () => {
  it.each(NOT_LEGACY)('finds no legacy encoding in %s', (_name, texts) => {
    expect(detectLegacyEncoding(texts)).toBeNull();
  });

  it('finds TCVN3 in the appendix labels typed with .VnTime fonts', () => {
    expect(detectLegacyEncoding(SHEET.map(encodeTcvn3))).toBe('tcvn3');
  });

  it('finds VNI in the appendix labels typed with VNI-Times fonts', () => {
    expect(detectLegacyEncoding(SHEET.map(encodeVni))).toBe('vni');
  });

  it.each([
    ['tcvn3', ['Tæng sè hîp t¸c x·', 'KÕ ho¹ch']],
    ['vni', ['Hôïp taùc xaõ', 'Keá hoaïch']],
  ])('finds %s from two short labels', (encoding, texts) => {
    expect(detectLegacyEncoding(texts)).toBe(encoding);
  });

  it('finds TCVN3 in a sheet that mixes old cells with cells typed later in Unicode', () => {
    const texts = [...SHEET, ...SHEET.slice(7, 14).map(encodeTcvn3)];
    expect(detectLegacyEncoding(texts)).toBe('tcvn3');
  });

  it('finds TCVN3 in capitals typed with a .VnTimeH font', () => {
    expect(detectLegacyEncoding(['PHô LôC I', 'KÕ HO¹CH PH¸T TRIÓN KINH TÕ TËP THÓ'])).toBe(
      'tcvn3',
    );
  });

  it('never throws and finds nothing in ASCII text', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (texts) => {
        expect(detectLegacyEncoding(texts)).toBeNull();
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (texts) => {
        expect(() => detectLegacyEncoding(texts)).not.toThrow();
      }),
    );
  });
});
