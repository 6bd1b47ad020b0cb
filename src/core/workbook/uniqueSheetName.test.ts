import { uniqueSheetName } from './uniqueSheetName';

describe('naming a new sheet', () => {
  it.each([
    ['Kết quả kiểm tra', [], 'Kết quả kiểm tra'],
    ['Kết quả kiểm tra', ['kết quả kiểm tra'], 'Kết quả kiểm tra (2)'],
    ['Kết quả kiểm tra', ['Kết quả kiểm tra', 'Kết quả kiểm tra (2)'], 'Kết quả kiểm tra (3)'],
    ['Tổng hợp [KH]: 2023/2024?', [], 'Tổng hợp -KH-- 2023-2024-'],
    ["'Trích'", [], 'Trích'],
    ['history', [], 'history (2)'],
    ['', [], 'Sheet'],
    ['Tổng hợp kế hoạch phát triển kinh tế tập thể', [], 'Tổng hợp kế hoạch phát triển ki'],
    [
      'Tổng hợp kế hoạch phát triển kinh tế tập thể',
      ['Tổng hợp kế hoạch phát triển ki'],
      'Tổng hợp kế hoạch phát triể (2)',
    ],
  ])('%s beside %j is %s', (wanted, existing, expected) => {
    const name = uniqueSheetName(wanted, existing);
    expect(name).toBe(expected);
    expect(Array.from(name).length).toBeLessThanOrEqual(31);
  });

  it('writes decomposed Vietnamese in composed form', () => {
    expect(uniqueSheetName('Kê\u0301t qua\u0309', [])).toBe('Kết quả');
  });
});
