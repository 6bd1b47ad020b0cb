import { complaints, findingsOf } from './findingsOf.testing';
import { row, tableOf } from './tableOf.testing';

describe('per-unit-average', () => {
  // Bình Thuận 2023: revenue > 970 tỷ, 219 HTX of which 197 active.
  const binhThuan = (average: number) =>
    tableOf({
      columns: ['F:estimate 2023'],
      rows: [
        row('Tổng số HTX', [219], { indicator: 'htx.count', unit: 'HTX' }),
        row('Đang hoạt động', [197], {
          role: 'of-which',
          parent: 0,
          indicator: 'htx.active',
          unit: 'HTX',
        }),
        row('Tạm ngừng', [22], {
          role: 'of-which',
          parent: 0,
          indicator: 'htx.paused',
          unit: 'HTX',
        }),
        row('Tổng doanh thu', [970], { indicator: 'htx.revenue', unit: 'Tỷ đồng' }),
        row('Doanh thu bình quân', [average], {
          indicator: 'htx.avg-revenue',
          unit: 'Triệu đồng/năm',
        }),
      ],
    });

  it.each([
    ['all HTX as denominator (4.429 triệu)', 4429],
    ['active HTX as denominator (4.924 triệu)', 4924],
    ['rounded to 4.400 (within 0,5 %)', 4410],
  ])('stays silent with %s', (_name, average) => {
    expect(complaints([binhThuan(average)])).toEqual([]);
  });

  it('says, as an info, when only the active HTX give the average', () => {
    const findings = findingsOf('per-unit-average', [binhThuan(4924)]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        messageKey: 'per-unit-average.active-matches',
        params: expect.objectContaining({ countCell: 'F6' }),
      }),
    ]);
    expect(findingsOf('per-unit-average', [binhThuan(4429)])).toEqual([]);
  });

  it('reports an average that no denominator gives, naming the closest and the swapped digits', () => {
    const [finding] = findingsOf('per-unit-average', [binhThuan(4492)]);
    expect(finding).toMatchObject({
      severity: 'error',
      messageKey: 'per-unit-average.all',
      params: { averageCell: 'F9', countCell: 'F5' },
    });
    expect(finding.cells[0]).toBe('F9');
    expect(finding.suggestion).toEqual({ cell: 'F9', value: 4429, reason: 'swapped-digits' });
  });

  it('recognises an average typed in tỷ in a triệu row', () => {
    const [finding] = findingsOf('per-unit-average', [binhThuan(4.429)]);
    expect(finding.suggestion).toMatchObject({ cell: 'F9', reason: 'scale-1000' });
  });
});

describe('weighted-average', () => {
  const bySector = (overall: number, withActive = false) =>
    tableOf({
      sheet: 'PL II',
      kind: 'breakdown',
      columns: [
        'C:estimate 2022 htx.count',
        'D:estimate 2022 htx.avg-revenue',
        ...(withActive ? ['E:estimate 2022 htx.active'] : []),
      ],
      rows: [
        row('Tổng số', [300, overall, 240], { role: 'total' }),
        row('Nông nghiệp', [100, 2000, 90], {
          role: 'part',
          parent: 0,
          indicator: 'sector.agriculture',
        }),
        row('Vận tải', [150, 3000, 100], {
          role: 'part',
          parent: 0,
          indicator: 'sector.transport',
        }),
        row('Xây dựng', [50, 6000, 50], {
          role: 'part',
          parent: 0,
          indicator: 'sector.construction',
        }),
      ],
    });

  it('stays silent when the overall average is the count-weighted mean (3.166,7)', () => {
    expect(complaints([bySector(3167)])).toEqual([]);
    expect(complaints([bySector(3160)])).toEqual([]);
  });

  it('accepts the mean weighted by active HTX when a column gives them', () => {
    // (90·2000 + 100·3000 + 50·6000) ÷ 240 = 3.250
    expect(complaints([bySector(3250, true)])).toEqual([]);
  });

  it('says, as an info, when only the active weighting gives the mean', () => {
    expect(findingsOf('weighted-average', [bySector(3250, true)]).map((f) => f.messageKey)).toEqual(
      ['weighted-average.active-matches'],
    );
  });

  it('reports a mean no weighting gives, with the swapped digits as suggestion', () => {
    const [finding] = findingsOf('weighted-average', [bySector(3617)]);
    expect(finding).toMatchObject({
      severity: 'error',
      messageKey: 'weighted-average',
      params: { mean: 3166.667 },
    });
    expect(finding.suggestion).toEqual({ cell: 'D5', value: 3167, reason: 'swapped-digits' });
  });

  it('says when the overall average lies outside the range of the part averages', () => {
    const [finding] = findingsOf('weighted-average', [bySector(7000)]);
    expect(finding).toMatchObject({
      messageKey: 'weighted-average.range',
      params: { min: 2000, max: 6000 },
    });
  });
});
