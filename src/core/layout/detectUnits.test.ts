import { looksLikeUnit, unitInParentheses, unitNoteIn, unitNoteOf } from './detectUnits';

describe('units', () => {
  it.each([
    ['Đơn vị tính: Triệu đồng', 'Triệu đồng'],
    ['ĐVT: HTX', 'HTX'],
    ['(Đơn vị tính: người)', 'người'],
    ['Don vi tinh: ty dong', 'ty dong'],
  ])('reads the unit line %j', (text, unit) => {
    expect(unitNoteOf(text)).toBe(unit);
  });

  it('finds a unit note inside a title line', () => {
    expect(unitNoteIn('Biểu 01 (Đơn vị tính: HTX)')).toBe('HTX');
    expect(unitNoteOf('Chỉ tiêu')).toBeUndefined();
  });

  it.each([
    ['Doanh thu bình quân (triệu đồng/HTX/năm)', 'triệu đồng/HTX/năm'],
    ['So sánh (%)', '%'],
    ['Thành viên (người)', 'người'],
    ['Ước thực hiện (năm 2022)', undefined],
    ['Tổ hợp tác (THT)', 'THT'],
    ['Kế hoạch', undefined],
  ])('reads the unit in the parentheses of %j', (text, unit) => {
    expect(unitInParentheses(text)).toBe(unit);
  });

  it('tells unit texts from other texts', () => {
    expect(looksLikeUnit('Triệu đồng/người/năm')).toBe(true);
    expect(looksLikeUnit('như cột ĐVT')).toBe(false);
  });
});
