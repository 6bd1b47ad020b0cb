import { complaints, findingsOf } from './findingsOf.testing';
import { asText, errorCell, row, shown, tableOf, textCell } from './tableOf.testing';

const incomes = (values: number[], unit = 'Triệu đồng/người/năm') =>
  tableOf({
    columns: ['E:actual 2021', 'F:plan 2022', 'G:estimate 2022'],
    rows: [row('Thu nhập bình quân lao động', values, { indicator: 'htx.avg-income', unit })],
  });

describe('scale-slip', () => {
  const revenue = (values: number[]) =>
    tableOf({
      columns: ['E:actual 2021', 'F:plan 2022', 'G:estimate 2022'],
      rows: [
        row('Doanh thu bình quân', values, {
          indicator: 'htx.avg-revenue',
          unit: 'Triệu đồng/năm',
        }),
      ],
    });

  it('stays silent on figures of one magnitude', () => {
    expect(complaints([revenue([2100, 2200, 2250])])).toEqual([]);
  });

  it('warns on a figure about 1.000 times its neighbours, suggesting ÷1000', () => {
    const [finding] = findingsOf('scale-slip', [revenue([2100, 2200000, 2250])]);
    expect(finding).toMatchObject({
      severity: 'warning',
      messageKey: 'scale-slip',
      cells: ['F5', 'E5', 'G5'],
    });
    expect(finding.suggestion).toEqual({ cell: 'F5', value: 2200, reason: 'scale-1000' });
  });

  it('warns on "2,2" typed in tỷ into a triệu row even without neighbours', () => {
    const table = tableOf({
      columns: ['G:estimate 2022'],
      rows: [
        row('Doanh thu bình quân', [shown(2.2, 1)], {
          indicator: 'htx.avg-revenue',
          unit: 'Triệu đồng/năm',
        }),
      ],
    });
    const [finding] = findingsOf('scale-slip', [table]);
    expect(finding).toMatchObject({
      messageKey: 'scale-slip.range',
      suggestion: { cell: 'G5', value: 2200, reason: 'scale-1000' },
    });
  });
});

describe('monthly-in-yearly', () => {
  it('stays silent on yearly incomes and on monthly rows', () => {
    expect(complaints([incomes([56, 59, 60])])).toEqual([]);
    expect(complaints([incomes([4.7, 5, 5.3], 'Triệu đồng/người/tháng')])).toEqual([]);
  });

  it('warns on Yên Bái’s 5,3 triệu/tháng typed in a /năm row, suggesting ×12', () => {
    const [finding] = findingsOf('monthly-in-yearly', [incomes([56, 59, 5.3])]);
    expect(finding).toMatchObject({ severity: 'warning', cells: ['G5'] });
    expect(finding.suggestion?.value).toBeCloseTo(63.6);
    expect(finding.suggestion?.reason).toBe('monthly-12');
  });
});

describe('invalid-count', () => {
  const counts = (values: number[]) =>
    tableOf({
      columns: ['E:actual 2021', 'F:plan 2022', 'G:estimate 2022'],
      rows: [row('Tổng số HTX', values, { indicator: 'htx.count' })],
    });

  it('stays silent on whole, non-negative counts', () => {
    expect(complaints([counts([200, 210, 212])])).toEqual([]);
  });

  it.each([
    ['a fraction', [200, 210.5, 212], 'invalid-count.fraction', undefined],
    [
      'a negative count, suggesting the sign',
      [200, -210, 212],
      'invalid-count.negative',
      { cell: 'F5', value: 210, reason: 'sign' },
    ],
    [
      'a thousands separator read as a decimal point',
      [200, 1.022, 212],
      'invalid-count.fraction',
      { cell: 'F5', value: 1022, reason: 'scale-1000' },
    ],
  ])('reports %s', (_name, values, messageKey, suggestion) => {
    const findings = findingsOf('invalid-count', [counts(values)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', messageKey, cells: ['F5'] });
    expect(findings[0].suggestion).toEqual(suggestion);
  });

  it('ignores percentage rows', () => {
    const table = tableOf({
      columns: ['G:estimate 2022'],
      rows: [row('HTX tốt, khá', [34.3], { indicator: 'htx.rated-good', unit: '%' })],
    });
    expect(findingsOf('invalid-count', [table])).toEqual([]);
  });
});

describe('cell content', () => {
  const table = tableOf({
    columns: ['E:actual 2021', 'F:plan 2022', 'G:estimate 2022'],
    rows: [
      row('Tổng số LHHTX', [asText(2, '02'), asText(2, '02'), 2], { indicator: 'lhhtx.count' }),
      row('Tổng số THT', [textCell('chưa có số liệu'), textCell('-'), errorCell('#REF!')], {
        indicator: 'tht.count',
      }),
    ],
  });

  it('lists numbers stored as text in one info finding per table', () => {
    expect(findingsOf('number-as-text', [table])).toEqual([
      expect.objectContaining({
        severity: 'info',
        cells: ['E5', 'F5'],
        params: { count: 2, firstCell: 'E5' },
      }),
    ]);
  });

  it('lists text where a figure belongs, but not a dash meaning "none"', () => {
    expect(findingsOf('not-a-number', [table])).toEqual([
      expect.objectContaining({
        severity: 'info',
        cells: ['E6'],
        params: { count: 1, firstCell: 'E6', example: 'chưa có số liệu' },
      }),
    ]);
  });

  it('warns on each Excel error', () => {
    expect(findingsOf('cell-error', [table])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cells: ['G6'],
        params: { valueCell: 'G6', error: '#REF!' },
      }),
    ]);
  });
});

describe('legacy-encoding', () => {
  it('tells which sheets were typed in TCVN3 or VNI', () => {
    const findings = findingsOf(
      'legacy-encoding',
      [],
      [{ sheet: 'PL I', legacyEncoding: 'tcvn3' }, { sheet: 'PL II' }],
    );
    expect(findings).toEqual([
      {
        rule: 'legacy-encoding',
        severity: 'info',
        sheet: 'PL I',
        cells: [],
        messageKey: 'legacy-encoding',
        params: { encoding: 'TCVN3' },
      },
    ]);
  });

  it('points at the first converted cell when layout detection found one', () => {
    const [finding] = findingsOf(
      'legacy-encoding',
      [],
      [{ sheet: 'PL1', legacyEncoding: 'tcvn3', legacyCell: 'A1' }],
    );
    expect(finding.cells).toEqual(['A1']);
  });
});
