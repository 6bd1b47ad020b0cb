import { complaints, findingsOf } from './findingsOf.testing';
import { type CellInput, row, tableOf } from './tableOf.testing';

const yearEnd = (
  counts: CellInput[],
  fresh: CellInput[],
  dissolved: CellInput[],
  converted?: CellInput[],
) =>
  tableOf({
    columns: ['E:actual 2022', 'F:midyear 2023', 'G:estimate 2023', 'H:plan 2024'],
    rows: [
      row('Tổng số HTX', counts, { indicator: 'htx.count' }),
      row('Thành lập mới', fresh, { indicator: 'htx.new' }),
      row('Giải thể', dissolved, { indicator: 'htx.dissolved' }),
      ...(converted ? [row('Chuyển đổi', converted, { indicator: 'htx.converted' })] : []),
    ],
  });

describe('stock-flow', () => {
  it('stays silent when the count closes: 209 + 15 − 5 = 219, and 219 + 10 − 3 = 226', () => {
    expect(complaints([yearEnd([209, 214, 219, 226], [12, 8, 15, 10], [3, 2, 5, 3])])).toEqual([]);
  });

  it('closes with or without converted cooperatives', () => {
    expect(
      complaints([yearEnd([209, 214, 218, 225], [12, 8, 15, 10], [3, 2, 5, 3], [1, 0, 1, 0])]),
    ).toEqual([]);
    expect(
      complaints([yearEnd([209, 214, 219, 226], [12, 8, 15, 10], [3, 2, 5, 3], [1, 0, 1, 0])]),
    ).toEqual([]);
  });

  it('warns on Bình Thuận (208 + 15 − 5 = 218 ≠ 219) with the residual as a number', () => {
    const [finding] = findingsOf('stock-flow', [
      yearEnd([208, 214, 219, null], [12, 8, 15, null], [3, 2, 5, null]),
    ]);
    expect(finding).toMatchObject({
      severity: 'warning',
      messageKey: 'stock-flow',
      params: { residual: 1, stockCell: 'G5', previousCell: 'E5' },
    });
  });

  it('names the stock it doubts, not a flow nor last year, when one off closes nothing else', () => {
    // 219 is confirmed by 197 + 22 and by next year's 219 + 12 − 3 = 228, yet a residual of one
    // is an unlisted flow far more often than a typo: the doubt stays on the stock checked.
    const table = tableOf({
      columns: ['D:actual 2022', 'E:estimate 2023', 'G:plan 2024'],
      rows: [
        row('Tổng số HTX', [208, 219, 228], { indicator: 'htx.count' }),
        row('Đang hoạt động', [null, 197, null], {
          indicator: 'htx.active',
          role: 'part',
          parent: 0,
        }),
        row('Tạm ngừng', [null, 22, null], { indicator: 'htx.paused', role: 'part', parent: 0 }),
        row('Thành lập mới', [null, 15, 12], { indicator: 'htx.new' }),
        row('Giải thể', [null, 5, 3], { indicator: 'htx.dissolved' }),
      ],
    });
    const [finding] = findingsOf('stock-flow', [table]);
    expect(finding.cells[0]).toBe('E5');
  });

  it('checks next year’s plan against this year’s estimate', () => {
    const [finding] = findingsOf('stock-flow', [
      yearEnd([209, 214, 219, 236], [12, 8, 15, 10], [3, 2, 5, 3]),
    ]);
    expect(finding).toMatchObject({ messageKey: 'stock-flow.plan', params: { residual: 10 } });
  });

  it('never starts from the 30/6 column', () => {
    const table = tableOf({
      columns: ['F:midyear 2023', 'G:estimate 2023'],
      rows: [
        row('Tổng số HTX', [100, 219], { indicator: 'htx.count' }),
        row('Thành lập mới', [8, 15], { indicator: 'htx.new' }),
        row('Giải thể', [2, 5], { indicator: 'htx.dissolved' }),
      ],
    });
    expect(findingsOf('stock-flow', [table])).toEqual([]);
  });

  it('skips the balance when a flow is blank', () => {
    expect(
      findingsOf('stock-flow', [
        yearEnd([100, 214, 219, null], [12, 8, 15, null], [3, 2, null, null]),
      ]),
    ).toEqual([]);
  });
});

describe('midyear-exceeds-estimate', () => {
  it('stays silent when 30/6 figures stay within the year-end estimate (203 ≤ 204)', () => {
    expect(complaints([yearEnd([195, 203, 204, null], [5, 8, 10, null], [1, 1, 1, null])])).toEqual(
      [],
    );
  });

  it('reports new cooperatives cumulated to 30/6 above the whole year as an error', () => {
    const [finding] = findingsOf('midyear-exceeds-estimate', [
      yearEnd([200, 203, 204, null], [5, 26, 20, null], [1, 1, 1, null]),
    ]);
    expect(finding).toMatchObject({ severity: 'error', params: { part: 26, whole: 20 } });
  });

  it('only warns when the number of HTX at 30/6 exceeds the estimate (dissolutions may explain it)', () => {
    const [finding] = findingsOf('midyear-exceeds-estimate', [
      yearEnd([200, 206, 204, null], [5, 8, 10, null], [1, 1, 6, null]),
    ]);
    expect(finding).toMatchObject({
      severity: 'warning',
      messageKey: 'midyear-exceeds-estimate.stock',
    });
  });
});

describe('periods only defaulted', () => {
  // Undated columns: a column's period alone ties it to the others.
  const guessed = (estimate: string) =>
    tableOf({
      columns: ['E:actual', 'F:midyear', estimate, 'H:plan'],
      rows: [
        row('Tổng số HTX', [208, 215, 230, 240], { indicator: 'htx.count' }),
        row('Thành lập mới', [12, 20, 15, 10], { indicator: 'htx.new' }),
        row('Giải thể', [3, 1, 5, 3], { indicator: 'htx.dissolved' }),
      ],
    });

  it.each(['stock-flow', 'midyear-exceeds-estimate'] as const)(
    '%s never compares a column whose period is only a default',
    (rule) => {
      expect(findingsOf(rule, [guessed('G:estimate')])).not.toEqual([]);
      expect(findingsOf(rule, [guessed('G:estimate default')])).toEqual([]);
    },
  );
});
