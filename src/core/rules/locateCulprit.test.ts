import { runRules } from './runRules';
import { type CellInput, row, shown, tableOf } from './tableOf.testing';

/** Phụ lục I: the number of HTX with last year's actual, this year's plan and estimate, % of plan. */
const mainTable = (estimate: number, percent: CellInput = null) =>
  tableOf({
    sheet: 'PL I',
    firstRow: 13,
    columns: ['E:actual 2021', 'F:plan 2022', 'G:estimate 2022', 'H:comparison 2022'],
    rows: [row('Tổng số HTX', [400, 420, estimate, percent], { indicator: 'htx.count' })],
  });

/** Phụ lục II: HTX by sector, estimate column. */
const sectorTable = (total: number, parts: number[]) =>
  tableOf({
    sheet: 'PL II',
    kind: 'breakdown',
    firstRow: 10,
    columns: ['C:estimate 2022'],
    rows: [
      row('Tổng số HTX', [total], { role: 'total' }),
      row('Nông nghiệp', [parts[0]], { role: 'part', parent: 0, indicator: 'sector.agriculture' }),
      row('Công nghiệp - TTCN', [parts[1]], {
        role: 'part',
        parent: 0,
        indicator: 'sector.industry',
      }),
      row('Thương mại - dịch vụ', [parts[2]], {
        role: 'part',
        parent: 0,
        indicator: 'sector.trade-services',
      }),
    ],
  });

describe('the culprit engine', () => {
  it('names a total typed 473 for 437 when its sum and the other sheet fail together', () => {
    const { findings } = runRules([mainTable(437), sectorTable(473, [250, 112, 75])], []);
    expect(findings.map((f) => f.rule).sort()).toEqual(['cross-table-total', 'parts-short']);
    for (const finding of findings) {
      expect(finding.cells[0]).toBe('C10');
      expect(finding.suggestion).toEqual({ cell: 'C10', value: 437, reason: 'swapped-digits' });
      expect(finding).toMatchObject({ expected: 437, actual: 473 });
    }
  });

  it('names the other sheet’s cell when it also breaks its own percentage', () => {
    const { findings } = runRules(
      [mainTable(473, shown(104, 0)), sectorTable(437, [250, 112, 75])],
      [],
    );
    const cross = findings.find((f) => f.rule === 'cross-table-total');
    expect(cross?.cells[0]).toBe("'PL I'!G13");
    expect(cross?.suggestion).toEqual({ cell: "'PL I'!G13", value: 437, reason: 'swapped-digits' });
    const percent = findings.find((f) => f.rule === 'percent-mismatch');
    expect(percent?.cells[0]).toBe('G13');
    expect(percent?.suggestion).toEqual({ cell: 'G13', value: 437, reason: 'swapped-digits' });
  });

  it('names a part typed a thousand times too large', () => {
    const { findings } = runRules([mainTable(437), sectorTable(437, [250, 112000, 75])], []);
    const sum = findings.find((f) => f.rule === 'sum-of-parts');
    expect(sum?.cells[0]).toBe('C12');
    expect(sum?.suggestion).toEqual({ cell: 'C12', value: 112, reason: 'scale-1000' });
    expect(sum).toMatchObject({ expected: 112, actual: 112000 });
  });

  it('names a part with a missing digit rather than the total', () => {
    const { findings } = runRules([mainTable(437), sectorTable(437, [250, 12, 75])], []);
    const [short] = findings.filter((f) => f.rule === 'parts-short');
    expect(short.cells[0]).toBe('C12');
    expect(short.suggestion).toEqual({ cell: 'C12', value: 112, reason: 'missing-digit' });
  });

  it('prefers the cell whose one change closes two relations over the totals', () => {
    // New HTX typed 19 for 15: the stock balance and the % of plan fail; both need 15.
    const table = tableOf({
      columns: ['E:actual 2021', 'F:plan 2022', 'G:estimate 2022', 'H:comparison 2022'],
      rows: [
        row('Tổng số HTX', [208, 220, 218, null], { indicator: 'htx.count' }),
        row('Thành lập mới', [12, 15, 19, 100], { indicator: 'htx.new' }),
        row('Giải thể', [3, 5, 5, null], { indicator: 'htx.dissolved' }),
      ],
    });
    const { findings } = runRules([table], []);
    expect(findings.map((f) => f.rule).sort()).toEqual(['percent-mismatch', 'stock-flow']);
    for (const finding of findings) {
      expect(finding.cells[0]).toBe('G6');
      expect(finding.suggestion).toEqual({ cell: 'G6', value: 15, reason: 'wrong-digit' });
    }
  });

  it('falls back to the total, suggesting to recompute it, when nothing points elsewhere', () => {
    const { findings } = runRules([sectorTable(400, [250, 112, 75])], []);
    const [finding] = findings;
    expect(finding.cells[0]).toBe('C10');
    expect(finding.suggestion).toEqual({ cell: 'C10', value: 437, reason: 'recompute' });
  });

  it('spares a cell whose change would break a relation that holds', () => {
    // 301 + 26 ≠ 317: the total would be a one-digit slip (327) just as the paused count (16),
    // but the stock balance 303 + 22 − 8 = 317 vouches for the total.
    const table = tableOf({
      columns: ['G:estimate 2022', 'I:plan 2023'],
      rows: [
        row('Tổng số HTX', [303, 317], { indicator: 'htx.count' }),
        row('Đang hoạt động', [285, 301], { indicator: 'htx.active', role: 'of-which', parent: 0 }),
        row('Tạm ngừng hoạt động', [18, 26], {
          indicator: 'htx.paused',
          role: 'of-which',
          parent: 0,
        }),
        row('Thành lập mới', [20, 22], { indicator: 'htx.new', role: 'of-which', parent: 0 }),
        row('Giải thể', [12, 8], { indicator: 'htx.dissolved', role: 'of-which', parent: 0 }),
      ],
    });
    const { findings } = runRules([table], []);
    const status = findings.find((f) => f.rule === 'status-partition');
    expect(status?.cells[0]).toBe('I7');
    expect(status?.suggestion).toEqual({ cell: 'I7', value: 16, reason: 'wrong-digit' });
  });

  it('names the figure out of line with its row’s other periods, not the bound it breaks', () => {
    const table = tableOf({
      columns: ['D:actual 2022', 'E:plan 2023', 'F:midyear 2023', 'G:estimate 2023', 'I:plan 2024'],
      rows: [
        row('Tổng số lao động', [3980, 4100, 4050, 4150, 4300], { indicator: 'htx.workers' }),
        row('Trong đó: lao động là thành viên', [7200, 2800, 2760, 2830, 2950], {
          indicator: 'htx.member-workers',
          role: 'of-which',
          parent: 0,
        }),
      ],
    });
    const { findings } = runRules([table], []);
    expect(findings.find((f) => f.rule === 'of-which-exceeds-parent')?.cells[0]).toBe('D6');
  });

  it('names the 30/6 figure when the estimate above which it lies matches its % of plan', () => {
    // 3.320 at 30/6 above the estimate 3.230: either could be the swap, but 3.230 ÷ 3.200 gives
    // the typed 101 %.
    const percentOfPlan = {
      column: 'H',
      index: 7,
      period: 'comparison' as const,
      year: 2023,
      header: 'So sánh (%)',
      comparison: 'ratio' as const,
      compares: { numerator: 'G', denominator: 'E' },
    };
    const table = tableOf({
      columns: ['D:actual 2022', 'E:plan 2023', 'F:midyear 2023', 'G:estimate 2023', percentOfPlan],
      rows: [row('Số thành viên THT', [3050, 3200, 3320, 3230, 101], { indicator: 'tht.members' })],
    });
    const { findings } = runRules([table], []);
    expect(findings.map((f) => [f.rule, f.cells[0]])).toEqual([['midyear-exceeds-estimate', 'F5']]);
  });
});
