import { uniqueSheetName, usableSheetName } from './sheetNames';

describe('sheet names', () => {
  it.each([
    ['Kết quả: 2023/2024', 'Kết quả  2023 2024'],
    ["'Tổng hợp'", 'Tổng hợp'],
    ['x'.repeat(40), 'x'.repeat(31)],
    ['History', 'History 1'],
    ['', 'Sheet 1'],
  ])('makes %p usable as %p', (wanted, usable) => {
    expect(usableSheetName(wanted)).toBe(usable);
  });

  it('counts up past names taken, compared without case, within 31 characters', () => {
    expect(uniqueSheetName('Kết quả', ['kết quả', 'Kết quả (2)'])).toBe('Kết quả (3)');
    expect(uniqueSheetName('y'.repeat(31), ['y'.repeat(31)])).toBe(`${'y'.repeat(27)} (2)`);
  });
});
