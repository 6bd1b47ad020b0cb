import { row, tableOf } from '../rules/tableOf.testing';
import { agencyLine, provinceOf } from './province';

const titled = (...titleLines: string[]) => ({
  ...tableOf({ columns: ['plan 2023'], rows: [row('Tổng số HTX', [1])] }),
  titleLines,
});

describe('provinceOf', () => {
  it.each([
    [
      '(Kèm theo Kế hoạch số 185/KH-UBND ngày 05/9/2022 của UBND thành phố Cần Thơ)',
      'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
    ],
    ['(Kèm theo Kế hoạch của UBND tỉnh Lạng Sơn)', 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'],
    ['(Tỉnh Bình Thuận)', 'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN'],
    ['(KÈM THEO KẾ HOẠCH CỦA ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH)', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH'],
  ])('reads the agency from %p', (title, agency) => {
    expect(agencyLine(provinceOf(undefined, [titled('Phụ lục 01', title)]))).toBe(agency);
  });

  it.each([
    ['Lạng Sơn', 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'],
    ['Cần Thơ', 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ'],
    ['Hà Nội', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI'],
    ['tỉnh Quảng Ngãi', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'],
  ])('prefers the option %p', (option, agency) => {
    expect(agencyLine(provinceOf(option, [titled('(Tỉnh Bình Thuận)')]))).toBe(agency);
  });

  it('is unknown when neither says, and the agency line is left to fill in', () => {
    expect(provinceOf(undefined, [titled('Phụ lục 01', 'SỐ LƯỢNG HTX')])).toBeUndefined();
    expect(agencyLine(undefined)).toBe('ỦY BAN NHÂN DÂN TỈNH …');
  });
});
