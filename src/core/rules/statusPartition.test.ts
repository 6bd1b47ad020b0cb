import { complaints, findingsOf } from './findingsOf.testing';
import { type CellInput, row, tableOf } from './tableOf.testing';

const statuses = (
  count: CellInput,
  active: CellInput,
  paused: CellInput,
  extra: { dissolving?: number; dissolved?: number } = {},
) =>
  tableOf({
    columns: ['E:estimate 2022'],
    firstRow: 12,
    rows: [
      row('Tổng số HTX', [count], { indicator: 'htx.count' }),
      row('Đang hoạt động', [active], { role: 'of-which', parent: 0, indicator: 'htx.active' }),
      row('Tạm ngừng hoạt động', [paused], {
        role: 'of-which',
        parent: 0,
        indicator: 'htx.paused',
      }),
      ...(extra.dissolving !== undefined
        ? [
            row('Đang giải thể', [extra.dissolving], {
              role: 'of-which',
              parent: 0,
              indicator: 'htx.dissolving',
            }),
          ]
        : []),
      ...(extra.dissolved !== undefined
        ? [
            row('Giải thể trong năm', [extra.dissolved], {
              role: 'of-which',
              parent: 0,
              indicator: 'htx.dissolved',
            }),
          ]
        : []),
    ],
  });

describe('status-partition', () => {
  it.each([
    ['Quảng Ngãi 271 + 16 = 287', statuses(287, 271, 16)],
    ['Bình Thuận 197 + 22 = 219', statuses(219, 197, 22)],
    ['with being-dissolved listed', statuses(220, 197, 20, { dissolving: 3 })],
    [
      'with the dissolved flow listed beside the statuses',
      statuses(224, 197, 22, { dissolved: 5 }),
    ],
    ['without the dissolved flow although it is listed', statuses(219, 197, 22, { dissolved: 5 })],
  ])('stays silent when the split closes: %s', (_name, table) => {
    expect(complaints([table])).toEqual([]);
  });

  it('warns on Đắk Lắk (496 + 114 = 610 ≠ 630): an unlisted status', () => {
    const [finding] = findingsOf('status-partition', [statuses(630, 496, 114)]);
    expect(finding).toMatchObject({
      severity: 'warning',
      messageKey: 'status-partition.short',
      params: { gap: 20 },
    });
  });

  it('reports statuses that exceed the total as an error, naming the swapped figure', () => {
    const [finding] = findingsOf('status-partition', [statuses(287, 271, 61)]);
    expect(finding).toMatchObject({ severity: 'error', messageKey: 'status-partition' });
    expect(finding.suggestion).toEqual({ cell: 'E14', value: 16, reason: 'swapped-digits' });
    expect(findingsOf('of-which-exceeds-parent', [statuses(287, 271, 61)])).toEqual([]);
  });

  it('is an error when parts fall short although every status is listed', () => {
    const [finding] = findingsOf('status-partition', [statuses(300, 271, 16, { dissolving: 4 })]);
    expect(finding).toMatchObject({ severity: 'error', params: { partsSum: 291 } });
    expect(finding.cells[0]).toBe('E12');
    expect(finding.suggestion).toEqual({ cell: 'E12', value: 291, reason: 'recompute' });
  });

  it('reports when neither with nor without the dissolved flow closes', () => {
    expect(findingsOf('status-partition', [statuses(221, 197, 22, { dissolved: 5 })])).toHaveLength(
      1,
    );
  });

  it('skips the split when a status is blank', () => {
    expect(complaints([statuses(630, 496, null)])).toEqual([]);
  });

  it('checks status columns of a breakdown row by row', () => {
    const table = tableOf({
      sheet: 'PL IV',
      kind: 'breakdown',
      columns: [
        'C:estimate 2022 htx.count',
        'D:estimate 2022 htx.active',
        'E:estimate 2022 htx.paused',
      ],
      rows: [row('Huyện A', [30, 25, 5]), row('Huyện B', [20, 25, 5])],
    });
    const findings = findingsOf('status-partition', [table]);
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toContain('C6');
  });

  it('is an error when a district falls short but the province total splits exactly', () => {
    // 55 = 51 + 4 in the total row: no HTX is being dissolved anywhere, so Đức Phổ's
    // 33 ≠ 13 + 2 is a typing error, not an unlisted status.
    const table = tableOf({
      kind: 'breakdown',
      columns: ['C:midyear 2022 htx.count', 'midyear 2022 htx.active', 'midyear 2022 htx.paused'],
      rows: [
        row('Tổng cộng', [55, 51, 4], { role: 'total' }),
        row('Thành phố Quảng Ngãi', [22, 20, 2], { role: 'part', parent: 0 }),
        row('Thị xã Đức Phổ', [33, 13, 2], { role: 'part', parent: 0 }),
      ],
    });
    const [finding] = findingsOf('status-partition', [table]);
    expect(finding).toMatchObject({ severity: 'error', messageKey: 'status-partition' });
    expect(finding.cells[0]).toBe('D7');
  });

  describe('across the period columns of a main table', () => {
    const periods = (...splits: [number, number, number][]) =>
      tableOf({
        columns: ['D:actual 2023', 'plan 2024', 'estimate 2024', 'plan 2025'].slice(
          0,
          splits.length,
        ),
        firstRow: 15,
        rows: [
          row(
            'Tổng số hợp tác xã',
            splits.map(([count]) => count),
            { indicator: 'htx.count' },
          ),
          row(
            'Đang hoạt động',
            splits.map(([, active]) => active),
            {
              role: 'of-which',
              parent: 0,
              indicator: 'htx.active',
            },
          ),
          row(
            'Ngừng hoạt động',
            splits.map(([, , paused]) => paused),
            {
              role: 'of-which',
              parent: 0,
              indicator: 'htx.paused',
            },
          ),
        ],
      });

    it('is an error when one period falls short but the split closes in every other one', () => {
      // Quảng Ninh KH 2025: 740 ≠ 690 + 5 while 2023 and 2024 close exactly: a digit dropped
      // from 50, not HTX in an unlisted status.
      const table = periods([665, 590, 75], [700, 640, 60], [706, 646, 60], [740, 690, 5]);
      const [finding] = findingsOf('status-partition', [table]);
      expect(finding).toMatchObject({ severity: 'error', messageKey: 'status-partition' });
    });

    it('still warns when only one other period closes', () => {
      const [finding] = findingsOf('status-partition', [periods([219, 197, 22], [630, 496, 114])]);
      expect(finding).toMatchObject({ severity: 'warning', messageKey: 'status-partition.short' });
    });

    it('still warns when another period falls short too', () => {
      const table = periods([665, 590, 75], [700, 640, 60], [720, 646, 60], [740, 690, 5]);
      const findings = findingsOf('status-partition', [table]);
      expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    });
  });
});
