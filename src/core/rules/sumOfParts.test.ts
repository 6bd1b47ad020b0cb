import { approx, type CellInput, row, shown, tableOf } from './tableOf.testing';
import { complaints, findingsOf } from './findingsOf.testing';

const sectors = (
  total: CellInput,
  parts: (number | null)[],
  kind: 'breakdown' | 'indicators' = 'breakdown',
) =>
  tableOf({
    sheet: 'PL II',
    kind,
    firstRow: 10,
    columns: ['C:midyear 2022', 'estimate 2022'],
    rows: [
      row('Tổng số HTX', [300, total], { role: 'total' }),
      row('Nông nghiệp', [147, parts[0]], {
        role: 'part',
        parent: 0,
        indicator: 'sector.agriculture',
      }),
      row('Công nghiệp - TTCN', [24, parts[1]], {
        role: 'part',
        parent: 0,
        indicator: 'sector.industry',
      }),
      row('Vận tải', [43, parts[2]], { role: 'part', parent: 0, indicator: 'sector.transport' }),
      row('Thương mại - dịch vụ', [29, parts[3]], {
        role: 'part',
        parent: 0,
        indicator: 'sector.trade-services',
      }),
      row('Xây dựng', [50, parts[4]], {
        role: 'part',
        parent: 0,
        indicator: 'sector.construction',
      }),
      row('Quỹ tín dụng', [7, parts[5]], { role: 'part', parent: 0, indicator: 'sector.credit' }),
    ],
  });

describe('sum-of-parts down the columns', () => {
  it('stays silent on Cần Thơ’s sector split (147+24+43+29+50+7 = 300) in every column', () => {
    expect(complaints([sectors(303, [148, 24, 44, 30, 50, 7])])).toEqual([]);
  });

  it('reports sectors adding up to more than the total as an error, the total first', () => {
    const [finding] = findingsOf('sum-of-parts', [sectors(303, [148, 24, 44, 30, 50, 30])]);
    expect(finding).toMatchObject({
      severity: 'error',
      sheet: 'PL II',
      messageKey: 'sum-of-parts.sectors',
      params: { total: 303, partsSum: 326, gap: 23 },
      expected: 326,
      actual: 303,
    });
    expect(finding.cells[0]).toBe('D10');
    expect(finding.cells).toHaveLength(7);
  });

  it('treats a list ending in a catch-all group ("… và lĩnh vực khác") as complete', () => {
    // With "other" listed nothing can be unlisted: a total above its parts is an error.
    const table = tableOf({
      kind: 'breakdown',
      columns: ['C:estimate 2024 htx.workers'],
      rows: [
        row('TỔNG SỐ', [11050], { role: 'total' }),
        row('Nông, lâm nghiệp, thủy sản', [4100], {
          role: 'part',
          parent: 0,
          indicator: 'sector.agriculture',
        }),
        row('Giao thông vận tải', [1200], {
          role: 'part',
          parent: 0,
          indicator: 'sector.transport',
        }),
        row('Môi trường, nhà ở và lĩnh vực khác', [4850], { role: 'part', parent: 0 }),
      ],
    });
    const findings = complaints([table]);
    expect(findings.map((f) => [f.rule, f.severity, f.cells[0]])).toEqual([
      ['sum-of-parts', 'error', 'C5'],
    ]);
  });

  it('treats a list as complete when it closes its total exactly in another column', () => {
    // 13 districts add up to all 287 HTX: none is missing, so the active column's 253 ≠ 271 is
    // a typing error (13 for 31), not an unlisted district.
    const table = tableOf({
      kind: 'breakdown',
      columns: ['C:midyear 2022 htx.count', 'midyear 2022 htx.active', 'midyear 2022 htx.paused'],
      rows: [
        row('Tổng cộng', [55, 51, 4], { role: 'total' }),
        row('Thành phố Quảng Ngãi', [22, 20, 2], { role: 'part', parent: 0 }),
        row('Thị xã Đức Phổ', [33, 13, 2], { role: 'part', parent: 0 }),
      ],
    });
    const [finding] = findingsOf('sum-of-parts', [table]);
    expect(finding).toMatchObject({ severity: 'error', cells: expect.arrayContaining(['D7']) });
    expect(finding.cells[0]).toBe('D7');
    expect(finding.suggestion).toEqual({ cell: 'D7', value: 31, reason: 'swapped-digits' });
  });

  it('names a part whose digits were swapped, with the value that closes the total', () => {
    const [finding] = findingsOf('sum-of-parts', [sectors(303, [148, 24, 44, 30, 50, 70])]);
    expect(finding.cells[0]).toBe('D16');
    expect(finding.suggestion).toEqual({ cell: 'D16', value: 7, reason: 'extra-digit' });
    expect(finding).toMatchObject({ expected: 7, actual: 70 });
  });

  it('checks every period column separately', () => {
    const table = sectors(303, [148, 24, 44, 30, 50, 7]);
    table.rows[1].cells.C.number = 150;
    const findings = findingsOf('sum-of-parts', [table]);
    expect(findings.map((f) => f.params.period)).toEqual(['midyear 2022']);
  });

  it('warns (parts-short) when a non-exhaustive list of sectors falls short of the total', () => {
    const [finding] = findingsOf('parts-short', [sectors(310, [148, 24, 44, 30, 50, 7])]);
    expect(finding).toMatchObject({
      severity: 'warning',
      params: { gap: 7 },
      cells: expect.arrayContaining(['D10']),
    });
    expect(findingsOf('sum-of-parts', [sectors(310, [148, 24, 44, 30, 50, 7])])).toEqual([]);
  });

  it('keeps quiet when a part is blank or the total is blank', () => {
    expect(complaints([sectors(310, [148, null, 44, 30, 50, 7])])).toEqual([]);
    expect(complaints([sectors(null, [148, 24, 44, 30, 50, 90])])).toEqual([]);
  });

  it('never fails an identity on an approximate figure: info at most', () => {
    expect(complaints([sectors(approx(300), [148, 24, 44, 30, 50, 7])])).toEqual([]);
    const findings = findingsOf('sum-of-parts', [sectors(approx(250), [148, 24, 44, 30, 50, 7])]);
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0].suggestion).toBeUndefined();
  });

  it('accepts rounding of published decimals within half a unit of the last digit', () => {
    const funding = tableOf({
      sheet: 'PL III',
      kind: 'support',
      columns: ['D:estimate 2022'],
      rows: [
        row('Tổng cộng', [shown(7.5, 1)], { role: 'total' }),
        row('Thành lập mới', [shown(1.1, 1)]),
        row('Hạ tầng', [shown(5.3, 1)]),
        row('Lãi suất', [shown(0.07, 2)]),
        row('Thuế', [shown(0.98, 2)]),
      ],
    });
    expect(complaints([funding])).toEqual([]);
    funding.rows[0].cells.D.number = 7.9;
    expect(findingsOf('sum-of-parts', [funding]).map((f) => f.messageKey)).toEqual([
      'sum-of-parts.rows',
    ]);
  });

  it('never adds flows, statuses, "of which" rows or percentages into a total', () => {
    const table = tableOf({
      columns: ['E:estimate 2022'],
      rows: [
        row('Tổng số HTX', [204], { indicator: 'htx.count' }),
        row('Thành lập mới', [10], { role: 'part', parent: 0, indicator: 'htx.new' }),
        row('Giải thể', [5], { role: 'part', parent: 0, indicator: 'htx.dissolved' }),
        row('HTX tốt, khá', [70], { role: 'part', parent: 0, indicator: 'htx.rated-good' }),
        row('Tỷ lệ HTX tốt, khá', [34.3], { role: 'part', parent: 0, unit: '%' }),
      ],
    });
    expect(findingsOf('sum-of-parts', [table])).toEqual([]);
    expect(findingsOf('parts-short', [table])).toEqual([]);
  });

  it('sums the top-level rows into a funding table’s total row when no row names its parent', () => {
    const table = tableOf({
      sheet: 'PL III',
      kind: 'funding',
      columns: ['E:plan 2023'],
      rows: [
        row('Tổng cộng', [1500], { role: 'total' }),
        row('Đào tạo', [400]),
        row('Xúc tiến thương mại', [300]),
        row('Hạ tầng', [700]),
      ],
    });
    const [finding] = findingsOf('sum-of-parts', [table]);
    expect(finding).toMatchObject({
      params: { total: 1500, partsSum: 1400 },
      cells: expect.arrayContaining(['E5']),
    });
    expect(finding.cells[0]).toBe('E5');
  });
});

describe('sum-of-parts across the columns', () => {
  const funding = (values: number[]) =>
    tableOf({
      sheet: 'PL III',
      kind: 'funding',
      columns: [
        'E:plan 2023 funding.total',
        'F:plan 2023 funding.central',
        'G:plan 2023 funding.local',
        'H:plan 2023 funding.other',
      ],
      rows: [row('Đào tạo, bồi dưỡng', values)],
    });

  it('checks Tổng = NSTW + NSĐP + khác on each programme row', () => {
    expect(complaints([funding([1000, 500, 300, 200])])).toEqual([]);
    const [finding] = findingsOf('sum-of-parts', [funding([1000, 500, 300, 2000])]);
    expect(finding).toMatchObject({ messageKey: 'sum-of-parts.funding', severity: 'error' });
    expect(finding.cells[0]).toBe('H5');
    expect(finding.suggestion).toEqual({ cell: 'H5', value: 200, reason: 'extra-digit' });
  });

  it('warns when sector columns of a breakdown fall short of its count column', () => {
    const table = tableOf({
      sheet: 'PL II',
      kind: 'breakdown',
      columns: [
        'C:estimate 2022 htx.count',
        'D:estimate 2022 sector.agriculture',
        'E:estimate 2022 sector.other',
      ],
      rows: [row('Huyện A', [30, 20, 8])],
    });
    expect(findingsOf('parts-short', [table])).toHaveLength(1);
  });
});
