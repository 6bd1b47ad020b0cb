import { formatFinding } from '../messages/formatMessage';
import { runRules } from './runRules';
import { row, shown, tableOf } from './tableOf.testing';

/** A Phụ lục I in the shape of Bình Thuận's 2023 plan (research §7.1), with plausible fill-ins. */
const binhThuan = () =>
  tableOf({
    sheet: 'PL I',
    firstRow: 8,
    columns: [
      'D:actual 2021',
      'plan 2022',
      'midyear 2022',
      'estimate 2022',
      { column: 'H', index: 7, period: 'comparison', year: 2022, header: '% ƯTH/KH 2022' },
      'I:plan 2023',
    ],
    rows: [
      row('Hợp tác xã', [], { role: 'block', block: 'htx', label: 'I' }),
      row('Tổng số HTX', [199, 203, 203, 204, shown(100.5, 1), 214], {
        indicator: 'htx.count',
        unit: 'HTX',
      }),
      row('Đang hoạt động', [180, null, 184, 185, null, 197], {
        role: 'of-which',
        parent: 1,
        indicator: 'htx.active',
        unit: 'HTX',
      }),
      row('Tạm ngừng hoạt động', [19, null, 19, 19, null, 17], {
        role: 'of-which',
        parent: 1,
        indicator: 'htx.paused',
        unit: 'HTX',
      }),
      row('Thành lập mới', [12, 10, 5, 10, 100, 15], { indicator: 'htx.new', unit: 'HTX' }),
      row('Giải thể', [7, 5, 2, 5, 100, 5], { indicator: 'htx.dissolved', unit: 'HTX' }),
      row('Tổng số thành viên', [48000, 48875, 48500, 48924, shown(100.1, 1), 50000], {
        indicator: 'htx.members',
        unit: 'Thành viên',
      }),
      row('Thành viên mới', [60, 70, 30, 70, 100, 80], {
        role: 'of-which',
        parent: 6,
        indicator: 'htx.new-members',
        unit: 'Thành viên',
      }),
      row('Doanh thu bình quân', [2100, 2200, null, 2200, 100, 2250], {
        indicator: 'htx.avg-revenue',
        unit: 'Triệu đồng/năm',
      }),
      row('Lãi bình quân', [190, 200, null, 200, 100, 210], {
        indicator: 'htx.avg-profit',
        unit: 'Triệu đồng/năm',
      }),
      row('Thu nhập bình quân', [50, 55, null, 56, shown(101.8, 1), 60], {
        indicator: 'htx.avg-income',
        unit: 'Triệu đồng/người/năm',
      }),
      row('Liên hiệp HTX', [], { role: 'block', block: 'lhhtx', label: 'II' }),
      row('Tổng số LHHTX', [2, 2, 2, 2, 100, 2], { indicator: 'lhhtx.count', unit: 'LHHTX' }),
      row('HTX thành viên', [7, 7, 7, 7, 100, 8], { indicator: 'lhhtx.member-htx', unit: 'HTX' }),
      row('Tổ hợp tác', [], { role: 'block', block: 'tht', label: 'III' }),
      row('Tổng số THT', [3100, 5143, 3150, 3204, shown(62.3, 1), 3300], {
        indicator: 'tht.count',
        unit: 'THT',
      }),
      row('Thành viên THT', [118000, 175881, 118200, 118544, shown(67.4, 1), 120000], {
        indicator: 'tht.members',
        unit: 'Thành viên',
      }),
    ],
  });

describe('a realistic Phụ lục I', () => {
  it('raises nothing on published figures that agree', () => {
    const run = runRules([binhThuan()], []);
    expect(run.diagnostics).toEqual([]);
    expect(run.findings.map((f) => formatFinding(f))).toEqual([]);
  });

  it('reports the slips a reviewer would, each with its culprit', () => {
    const table = binhThuan();
    table.rows[1].cells.G.number = 240; // 204 typed as 240
    table.rows[8].cells.G.number = 2.2; // average revenue typed in tỷ
    table.rows[10].cells.G.number = 4.7; // monthly income in a yearly row
    const { findings } = runRules([table], []);
    const byRule = (rule: string) => findings.filter((f) => f.rule === rule);
    expect(byRule('status-partition')[0].suggestion).toEqual({
      cell: 'G9',
      value: 204,
      reason: 'swapped-digits',
    });
    expect(byRule('percent-mismatch')[0].cells[0]).toBe('G9');
    expect(byRule('stock-flow').map((f) => f.cells[0])).toEqual(['G9', 'G9']);
    expect(byRule('scale-slip')[0].suggestion).toEqual({
      cell: 'G16',
      value: 2200,
      reason: 'scale-1000',
    });
    expect(byRule('monthly-in-yearly')[0].cells).toEqual(['G18']);
  });
});
