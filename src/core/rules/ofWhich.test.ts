import { complaints, findingsOf } from './findingsOf.testing';
import { row, tableOf } from './tableOf.testing';

const members = (total: number, fresh: number) =>
  tableOf({
    columns: ['E:estimate 2022'],
    rows: [
      row('Tổng số thành viên', [total], { indicator: 'htx.members', unit: 'Thành viên' }),
      row('Thành viên mới', [fresh], {
        role: 'of-which',
        parent: 0,
        indicator: 'htx.new-members',
        unit: 'Thành viên',
      }),
    ],
  });

/** The same, with the plan and 30/6 figures beside the estimate. */
const membersOverYear = (total: number, fresh: number) =>
  tableOf({
    columns: ['C:plan 2022', 'D:midyear 2022', 'E:estimate 2022'],
    rows: [
      row('Tổng số thành viên', [48875, 48000, total], { indicator: 'htx.members' }),
      row('Thành viên mới', [80, 40, fresh], {
        role: 'of-which',
        parent: 0,
        indicator: 'htx.new-members',
      }),
    ],
  });

describe('of-which-exceeds-parent', () => {
  it('stays silent when new members stay within members (Bình Thuận 70 ≤ 48.924)', () => {
    expect(complaints([members(48924, 70)])).toEqual([]);
  });

  it('reports an "of which" above its parent, with a scale slip as the likely culprit', () => {
    const [finding] = findingsOf('of-which-exceeds-parent', [membersOverYear(48924, 70000)]);
    expect(finding).toMatchObject({
      severity: 'error',
      params: { part: 70000, whole: 48924, excess: 21076 },
    });
    expect(finding.cells[0]).toBe('E6');
    expect(finding.suggestion).toEqual({ cell: 'E6', value: 70, reason: 'scale-1000' });
  });

  it('names the parent when nothing points at the part', () => {
    const [finding] = findingsOf('of-which-exceeds-parent', [members(500, 620)]);
    expect(finding.cells).toEqual(['E5', 'E6']);
    expect(finding.suggestion).toBeUndefined();
  });

  it('checks disjoint managers levels together (59.400 + 31.500 ≤ 127.400)', () => {
    const managers = (total: number) =>
      tableOf({
        columns: ['E:estimate 2024'],
        rows: [
          row('Cán bộ quản lý', [total], { indicator: 'htx.managers' }),
          row('Sơ, trung cấp', [59400], {
            role: 'of-which',
            parent: 0,
            indicator: 'htx.managers-intermediate',
          }),
          row('Cao đẳng, đại học', [31500], {
            role: 'of-which',
            parent: 0,
            indicator: 'htx.managers-college',
          }),
        ],
      });
    expect(complaints([managers(127400)])).toEqual([]);
    expect(
      findingsOf('of-which-exceeds-parent', [managers(87400)]).map((f) => f.params.part),
    ).toEqual([90900]);
  });

  it('checks uncoded "Trong đó" rows of the same unit, and never a percentage row', () => {
    const table = tableOf({
      columns: ['E:estimate 2022'],
      rows: [
        row('Doanh thu', [900], { unit: 'Triệu đồng' }),
        row('Trong đó: doanh thu với thành viên', [950], {
          role: 'of-which',
          parent: 0,
          unit: 'Triệu đồng',
        }),
        row('Tỷ lệ', [105], { role: 'of-which', parent: 0, unit: '%' }),
      ],
    });
    expect(findingsOf('of-which-exceeds-parent', [table]).map((f) => f.cells[0])).toEqual(['E5']);
  });
});

describe('member-htx-exceeds-htx', () => {
  const table = (memberHtx: number) =>
    tableOf({
      columns: ['E:estimate 2022'],
      rows: [
        row('Tổng số HTX', [204], { indicator: 'htx.count' }),
        row('Số HTX thành viên của LHHTX', [memberHtx], { indicator: 'lhhtx.member-htx' }),
      ],
    });

  it('stays silent when member cooperatives are a subset (07 ≤ 204)', () => {
    expect(complaints([table(7)])).toEqual([]);
  });

  it('reports more member cooperatives than cooperatives', () => {
    const [finding] = findingsOf('member-htx-exceeds-htx', [table(702)]);
    expect(finding).toMatchObject({ severity: 'error', params: { part: 702, whole: 204 } });
    expect(finding.cells).toContain('E6');
  });

  it('looks for the HTX count in another indicators table of the same period', () => {
    const lhhtx = tableOf({
      sheet: 'PL I-b',
      columns: ['E:estimate 2022'],
      rows: [row('HTX thành viên', [300], { indicator: 'lhhtx.member-htx' })],
    });
    const htx = tableOf({
      sheet: 'PL I',
      columns: ['F:estimate 2022'],
      firstRow: 8,
      rows: [row('Tổng số HTX', [204], { indicator: 'htx.count' })],
    });
    const [finding] = findingsOf('member-htx-exceeds-htx', [lhhtx, htx]);
    expect(finding.cells).toContain("'PL I'!F8");
  });
});
