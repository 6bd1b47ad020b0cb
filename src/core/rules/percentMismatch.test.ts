import type { PeriodColumn } from '../layout/appendixTable';
import { complaints, findingsOf } from './findingsOf.testing';
import { type CellInput, pct, row, shown, tableOf } from './tableOf.testing';

const attainment = (plan: number, estimate: number, percent: CellInput, indicator = 'htx.count') =>
  tableOf({
    columns: ['E:plan 2022', 'F:estimate 2022', 'G:comparison 2022'],
    rows: [row('Chỉ tiêu', [plan, estimate, percent], { indicator })],
  });

describe('percent-mismatch', () => {
  it.each([
    ['Bình Thuận 204 ÷ 203 = 100,5', attainment(203, 204, shown(100.5, 1))],
    ['"109" typed in a (%) column', attainment(400, 437, 109)],
    ['1,09 formatted as %', attainment(400, 437, pct(1.09))],
    ['1,09 unformatted, read as a fraction', attainment(400, 437, 1.09)],
    ['average revenue 2,2 ÷ 2,2 = 100', attainment(2.2, 2.2, 100, 'htx.avg-revenue')],
    ['73,23 % (2.197 ÷ 3.000)', attainment(3000, 2197, shown(73.23, 2))],
  ])('stays silent on %s', (_name, table) => {
    expect(complaints([table])).toEqual([]);
  });

  it('finds the pair from the values: Lạng Sơn new HTX 26 by 30/6 of a plan of 40 = 65 %', () => {
    const table = tableOf({
      columns: ['E:plan 2022', 'F:midyear 2022', 'G:comparison 2022'],
      rows: [row('HTX thành lập mới', [40, 26, 65], { indicator: 'htx.new' })],
    });
    expect(complaints([table])).toEqual([]);
  });

  it('reports a percentage that does not match its two figures, the percentage first', () => {
    const [finding] = findingsOf('percent-mismatch', [attainment(203, 204, shown(110.5, 1))]);
    expect(finding).toMatchObject({
      severity: 'error',
      messageKey: 'percent-mismatch',
      params: {
        percentCell: 'G5',
        numeratorCell: 'F5',
        denominatorCell: 'E5',
        expected: 100.49,
        actual: 110.5,
      },
    });
    expect(finding.cells[0]).toBe('G5');
    expect(finding.suggestion).toEqual({ cell: 'G5', value: 100.5, reason: 'wrong-digit' });
  });

  it('suggests a fraction for a cell formatted as %', () => {
    const [finding] = findingsOf('percent-mismatch', [attainment(203, 204, pct(1.105, 1))]);
    expect(finding.suggestion).toEqual({ cell: 'G5', value: 1.005, reason: 'wrong-digit' });
    expect(finding.params).toMatchObject({ actual: 110.5, expected: 100.49 });
  });

  it('names the plan when its digits were swapped', () => {
    const [finding] = findingsOf('percent-mismatch', [attainment(230, 204, shown(100.5, 1))]);
    expect(finding.cells[0]).toBe('E5');
    expect(finding.suggestion).toEqual({ cell: 'E5', value: 203, reason: 'swapped-digits' });
  });

  it('uses the pair named by the header when there is one', () => {
    const comparison: PeriodColumn = {
      column: 'G',
      index: 6,
      period: 'comparison',
      header: '% ƯTH/KH',
      compares: { numerator: 'estimate', denominator: 'plan' },
    };
    const table = tableOf({
      columns: ['D:actual 2021', 'E:plan 2022', 'F:estimate 2022', comparison],
      rows: [row('Tổng số HTX', [204, 300, 204, 100], { indicator: 'htx.count' })],
    });
    const [finding] = findingsOf('percent-mismatch', [table]);
    expect(finding.params).toMatchObject({
      numeratorCell: 'F5',
      denominatorCell: 'E5',
      expected: 68,
    });
  });

  it('reads growth columns (Bình Thuận 219 against 208: +5,3 %)', () => {
    const growth = (percent: number) =>
      tableOf({
        columns: [
          'E:actual 2022',
          'F:estimate 2023',
          { column: 'G', index: 6, period: 'comparison', header: 'Tăng so với năm trước (%)' },
        ],
        rows: [row('Tổng số HTX', [208, 219, shown(percent, 1)], { indicator: 'htx.count' })],
      });
    expect(complaints([growth(5.3)])).toEqual([]);
    const [finding] = findingsOf('percent-mismatch', [growth(3.5)]);
    expect(finding).toMatchObject({
      messageKey: 'percent-mismatch.growth',
      suggestion: { value: 5.3, reason: 'swapped-digits' },
    });
  });

  it('checks shares of the total, allowing shares rounded to add up (2.071 of 29.378 published as 7,1)', () => {
    const shares = (second: number) =>
      tableOf({
        sheet: 'PL II',
        kind: 'breakdown',
        columns: [
          'C:estimate 2022',
          { column: 'D', index: 3, period: 'comparison', header: 'Tỷ lệ (%)' },
        ],
        rows: [
          row('Cả nước', [29378, 100], { role: 'total' }),
          row('Đồng bằng sông Hồng', [7957, shown(27.1, 1)], { role: 'part', parent: 0 }),
          row('Tây Nguyên', [2071, shown(second, 1)], { role: 'part', parent: 0 }),
        ],
      });
    expect(findingsOf('percent-mismatch', [shares(7.1)])).toEqual([]);
    expect(findingsOf('percent-mismatch', [shares(1.7)]).map((f) => f.messageKey)).toEqual([
      'percent-mismatch.share',
    ]);
  });

  it('keeps quiet when a figure of the pair is blank', () => {
    expect(complaints([attainment(203, null as never, 150)])).toEqual([]);
  });

  describe('on share rows ("Tỷ lệ HTX xếp loại tốt, khá trên tổng số HTX đang hoạt động")', () => {
    const shares = (rated: number, share: CellInput) =>
      tableOf({
        columns: ['D:actual 2023', 'E:plan 2024'],
        rows: [
          row('Tổng số hợp tác xã', [665, 700], { indicator: 'htx.count' }),
          row('Đang hoạt động', [590, 640], {
            indicator: 'htx.active',
            role: 'of-which',
            parent: 0,
          }),
          row('HTX xếp loại tốt, khá', [rated, 420], {
            indicator: 'htx.rated-good',
            role: 'of-which',
            parent: 0,
          }),
          row('Tỷ lệ HTX xếp loại tốt, khá', [share, shown(65.6, 1)], {
            unit: '%',
            share: { part: 'htx.rated-good', whole: 'htx.active' },
          }),
        ],
      });

    it('stays silent when the share is the part over the whole (390 ÷ 590 = 66,1 %)', () => {
      expect(complaints([shares(390, shown(66.1, 1))])).toEqual([]);
      expect(complaints([shares(390, pct(0.661, 1))])).toEqual([]);
    });

    it('names a part typed 930 for 390, which also exceeds all 665 HTX', () => {
      const findings = complaints([shares(930, shown(66.1, 1))]);
      expect(findings.map((f) => f.rule).sort()).toEqual([
        'of-which-exceeds-parent',
        'percent-mismatch',
      ]);
      for (const finding of findings) {
        expect(finding.cells[0]).toBe('D7');
        expect(finding.suggestion).toEqual({ cell: 'D7', value: 390, reason: 'swapped-digits' });
      }
    });
  });
});
