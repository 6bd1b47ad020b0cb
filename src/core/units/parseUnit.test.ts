import { fold, parseUnit, type Unit } from './parseUnit';

const money = (powerOfTen: number, per: Unit['per'] = [], period: Unit['period'] = null): Unit => ({
  quantity: 'money',
  powerOfTen,
  per,
  period,
});

describe('parseUnit', () => {
  it.each([
    ['đồng', 0],
    ['đ', 0],
    ['VNĐ', 0],
    ['nghìn đồng', 3],
    ['ngàn đồng', 3],
    ['nghìn đ', 3],
    ['triệu đồng', 6],
    ['Triệu đồng', 6],
    ['TRIỆU ĐỒNG', 6],
    ['tr.đ', 6],
    ['trđ', 6],
    ['tr.đồng', 6],
    ['tr đ', 6],
    ['Tr. Đồng', 6],
    ['triệu', 6],
    ['trieu dong', 6],
    ['tỷ đồng', 9],
    ['tỷ đ', 9],
    ['tỷ', 9],
    ['tỉ đồng', 9],
    ['ty dong', 9],
    ['Tỷ  đồng', 9],
  ])('reads %j as money in units of 10^%i đồng', (text, powerOfTen) => {
    expect(parseUnit(text)).toEqual(money(powerOfTen));
  });

  it('reads decomposed Unicode like its composed form', () => {
    expect(parseUnit('Triệu đồng'.normalize('NFD'))).toEqual(money(6));
  });

  it.each([
    ['triệu đồng/năm', money(6, [], 'year')],
    ['Triệu đồng/tháng', money(6, [], 'month')],
    ['triệu đồng/người/tháng', money(6, ['person'], 'month')],
    ['Triệu đồng / người / năm', money(6, ['person'], 'year')],
    ['triệu đồng/HTX/năm', money(6, ['cooperative'], 'year')],
    ['tr.đ/lao động/năm', money(6, ['worker'], 'year')],
    ['triệu đồng/năm/người', money(6, ['person'], 'year')],
    ['triệu đồng/HTX', money(6, ['cooperative'])],
  ])('reads %j with its per-whom parts and period', (text, unit) => {
    expect(parseUnit(text)).toEqual(unit);
  });

  it.each([
    ['HTX', 'cooperative'],
    ['hợp tác xã', 'cooperative'],
    ['LHHTX', 'union'],
    ['LH HTX', 'union'],
    ['THT', 'group'],
    ['Tổ hợp tác', 'group'],
    ['Thành viên', 'member'],
    ['Người', 'person'],
    ['lao động', 'worker'],
    ['%', 'percent'],
  ])('reads the count unit %j', (text, quantity) => {
    expect(parseUnit(text)).toEqual({ quantity, powerOfTen: 0, per: [], period: null });
  });

  it.each(['Đơn vị tính: triệu đồng', 'ĐVT: triệu đồng', '(Triệu đồng)'])(
    'reads the unit inside the header label %j',
    (text) => {
      expect(parseUnit(text)).toEqual(money(6));
    },
  );

  it.each([
    [''],
    ['USD'],
    ['tr'],
    ['nghìn'],
    ['triệu đồng/'],
    ['/năm'],
    ['triệu đồng/quý'],
    ['triệu đồng/năm/tháng'],
    ['triệu đồng/hộ'],
    ['constructor'],
    ['triệu đồng/toString'],
  ])('does not understand %j', (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});

describe('fold', () => {
  it('drops case, diacritics, đ, spaces and dots', () => {
    expect(fold('Tr. Đồng / Người')).toBe('trdong/nguoi');
  });
});
