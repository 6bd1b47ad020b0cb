import { readPeriod } from './classifyPeriodColumn';
import { tokensOf } from './phrases';

const read = (text: string) => readPeriod(tokensOf(text), text);

describe('readPeriod', () => {
  it.each([
    ['Thực hiện năm 2021', 'actual', 2021],
    ['TH 2021', 'actual', 2021],
    ['Kế hoạch 2022', 'plan', 2022],
    ['KH năm 2022', 'plan', 2022],
    ['Thực hiện 6 tháng đầu năm 2022', 'midyear', 2022],
    ['Lũy kế đến 30/6/2022', 'midyear', 2022],
    ['6 tháng đầu năm', 'midyear', undefined],
    ['Ước thực hiện', 'estimate', undefined],
    ['Ước TH 2022', 'estimate', 2022],
    ['ƯTH', 'estimate', undefined],
    ['Ước cả năm 2022', 'estimate', 2022],
    ['Kế hoạch năm 2023', 'plan', 2023],
    ['Năm 2022', undefined, 2022],
    ['Ghi chú', undefined, undefined],
  ])('reads %j as %s %s', (text, period, year) => {
    const reading = read(text);
    expect(reading.period).toBe(period);
    expect(reading.year).toBe(year);
  });

  it.each([
    ['% ƯTH/KH', 'ratio', 'estimate', 'plan'],
    ['So sánh (%)', 'ratio', undefined, undefined],
    ['Tỷ lệ', 'ratio', undefined, undefined],
    ['Tăng/giảm', 'difference', undefined, undefined],
    ['Tăng/giảm (%)', 'growth', undefined, undefined],
    ['KH 2023/ƯTH 2022', 'ratio', 'plan', 'estimate'],
  ])('reads %j as a %s comparison', (text, comparison, numerator, denominator) => {
    const reading = read(text);
    expect(reading.period).toBe('comparison');
    expect(reading.comparison).toBe(comparison);
    expect(reading.numerator?.period).toBe(numerator);
    expect(reading.denominator?.period).toBe(denominator);
  });

  it('reads a column-number formula "(7)=(6)/(5)"', () => {
    expect(read('(7)=(6)/(5)')).toMatchObject({
      period: 'comparison',
      numerator: { numbering: '6' },
      denominator: { numbering: '5' },
    });
  });

  it('does not take the "/" of a unit or a date for a ratio', () => {
    expect(read('Thu nhập (triệu đồng/người/năm)').period).toBeUndefined();
    expect(read('Tính đến 30/6/2022').period).toBe('midyear');
  });
});
