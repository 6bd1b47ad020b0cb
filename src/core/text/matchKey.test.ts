import fc from 'fast-check';
import { toMatchKey } from './matchKey';

describe('toMatchKey', () => {
  it.each([
    ['Tổng số hợp tác xã', 'tong so hop tac xa'],
    ['Số HTX đang hoạt động', 'so htx dang hoat dong'],
    ['ĐANG HOẠT ĐỘNG', 'dang hoat dong'],
    ['Ðang hoạt động', 'dang hoat dong'],
    ['  Doanh\u00A0thu\n bình   quân\t', 'doanh thu binh quan'],
    ['Trong đó:', 'trong do'],
    ['- Số thành viên (người)', 'so thanh vien nguoi'],
    ['Kinh tế tập thể-hợp tác xã', 'kinh te tap the hop tac xa'],
    ['Thu nhập (triệu đồng/người/năm)', 'thu nhap trieu dong/nguoi/nam'],
    ['Tỷ lệ HTX khá, tốt (%)', 'ty le htx kha tot %'],
    ['Hòa vốn', 'hoa von'],
    ['Hoà vốn', 'hoa von'],
    ['Thu\u200Bế', 'thue'],
    ['1.022,5', '1 022 5'],
    ['', ''],
  ])('keys %j as %j', (text, key) => {
    expect(toMatchKey(text)).toBe(key);
  });

  it.each(['Tổng số hợp tác xã', 'Ước thực hiện', 'Người lao động', 'Quỹ hỗ trợ phát triển HTX'])(
    'gives %j the same key in NFD as in NFC',
    (text) => {
      expect(toMatchKey(text.normalize('NFD'))).toBe(toMatchKey(text.normalize('NFC')));
    },
  );

  it('is idempotent and never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const key = toMatchKey(text);
        expect(toMatchKey(key)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on Vietnamese-looking strings', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạ̣́̀̉̃ %/-.,:()\u00A0\n';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters) }), (text) => {
        const key = toMatchKey(text);
        expect(toMatchKey(key)).toBe(key);
        expect(key).toBe(toMatchKey(text.normalize('NFD')));
      }),
    );
  });
});
