import type { CellEdit, NewSheet } from '../plan/editPlan';
import { asText, row, tableOf } from '../rules/tableOf.testing';
import type { Finding } from '../rules/finding';
import { evaluateFormula, type Value } from './evaluateFormula.testing';
import { planSummarySheet, type SummaryInput } from './planSummarySheet';

const indicators = () => ({
  ...tableOf({
    sheet: 'PL I',
    columns: ['D:actual 2021', 'plan 2022', 'estimate 2022', 'plan 2023'],
    rows: [
      row('Tổng số HTX', [397, 401, 437, 460], { indicator: 'htx.count', unit: 'HTX' }),
      row('Thành viên', [10450, 11000, 11120, 11700], {
        indicator: 'htx.members',
        unit: 'Thành viên',
      }),
      row('Doanh thu bình quân', [2150, 0, 2280, null], {
        indicator: 'htx.avg-revenue',
        unit: 'Triệu đồng/năm',
      }),
      row('Số tổ hợp tác', [asText(226, '0226'), 240, 242, 255], {
        indicator: 'tht.count',
        unit: 'THT',
      }),
    ],
  }),
  planYear: 2023,
  titleLines: [
    'Phụ lục 01',
    '(Kèm theo Kế hoạch số 185/KH-UBND ngày 05/9/2022 của UBND tỉnh Lạng Sơn)',
  ],
});

const input = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
  tables: [indicators()],
  findings: [],
  workbookSheetNames: ['PL I'],
  date: '2022-09-05',
  lang: 'vi',
  ...overrides,
});

function sheetOf(summary: ReturnType<typeof planSummarySheet>): NewSheet {
  if ('error' in summary) throw new Error('no sheet');
  return summary.plan.newSheets[0];
}

const cellMap = (sheet: NewSheet) =>
  new Map(sheet.cells.filter((c) => c.write).map((c) => [c.address, c]));

function texts(sheet: NewSheet): string[] {
  return sheet.cells.flatMap((c) => (c.write?.kind === 'text' ? [c.write.value] : []));
}

/** Each cell's value, evaluating formulas against the source table's numbers. */
function evaluator(sheet: NewSheet, source: Record<string, Value>) {
  const cells = cellMap(sheet);
  const value = (reference: string): Value | undefined => {
    if (reference.includes('!')) return source[reference.replace(/\$/g, '')];
    const edit: CellEdit | undefined = cells.get(reference.replace(/\$/g, ''));
    if (!edit?.write) return undefined;
    const write = edit.write;
    if (write.kind === 'formula') return evaluateFormula(write.formula, value);
    return write.kind === 'text' || write.kind === 'number' || write.kind === 'boolean'
      ? write.value
      : undefined;
  };
  return value;
}

const source: Record<string, Value> = {
  "'PL I'!D5": 397,
  "'PL I'!E5": 401,
  "'PL I'!F5": 437,
  "'PL I'!G5": 460,
  "'PL I'!D6": 10450,
  "'PL I'!E6": 11000,
  "'PL I'!F6": 11120,
  "'PL I'!G6": 11700,
  "'PL I'!D7": 2150,
  "'PL I'!E7": 0,
  "'PL I'!F7": 2280,
  "'PL I'!D8": '0226',
  "'PL I'!E8": 240,
  "'PL I'!F8": 242,
  "'PL I'!G8": 255,
};

describe('planSummarySheet', () => {
  it('refuses a workbook without appendix tables', () => {
    expect(planSummarySheet(input({ tables: [] }))).toEqual({ error: 'no-table' });
  });

  it('adds one sheet named after the plan year, leaves the active sheet alone and records it in the journal', () => {
    const summary = planSummarySheet(input());
    if ('error' in summary) throw new Error();
    expect(summary.sheetName).toBe('Tổng hợp KH 2023');
    expect(summary.plan.edits).toEqual([]);
    expect(summary.plan.newSheets.map((s) => [s.name, s.activate])).toEqual([
      ['Tổng hợp KH 2023', false],
    ]);
    expect(summary.plan.journal).toEqual([
      {
        kind: 'sheet',
        action: 'summary-2022-09-05T00:00:00.000Z',
        at: '2022-09-05T00:00:00.000Z',
        sheet: 'Tổng hợp KH 2023',
      },
    ]);
  });

  it.each([
    [['Tổng hợp KH 2023'], 'Tổng hợp KH 2023 (2)'],
    [['TỔNG HỢP KH 2023', 'Tổng hợp KH 2023 (2)'], 'Tổng hợp KH 2023 (3)'],
  ])('makes the name unique among %p: %p', (taken, expected) => {
    const summary = planSummarySheet(input({ workbookSheetNames: ['PL I', ...taken] }));
    expect('error' in summary ? '' : summary.sheetName).toBe(expected);
  });

  it('takes the year and the province from the options before the tables', () => {
    const summary = planSummarySheet(input({ year: 2030, province: 'thành phố Cần Thơ' }));
    const sheet = sheetOf(summary);
    expect(sheet.name).toBe('Tổng hợp KH 2030');
    expect(texts(sheet)).toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ');
    expect(texts(sheet)).toContain('Cần Thơ, ngày … tháng … năm …');
  });

  it('lays the top out as an official appendix', () => {
    const all = texts(sheetOf(planSummarySheet(input())));
    expect(all.slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Biểu tổng hợp',
      'CÁC CHỈ TIÊU CHỦ YẾU VỀ KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2023',
      '(Kèm theo Kế hoạch số     /KH-UBND ngày     /     /      của UBND tỉnh Lạng Sơn)',
    ]);
    expect(all).toEqual(expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']));
  });

  it('leaves the agency blank and says so when no province is known', () => {
    const table = { ...indicators(), titleLines: [] };
    const summary = planSummarySheet(input({ tables: [table] }));
    expect('error' in summary ? [] : summary.notes).toContain('province-unknown');
    expect(texts(sheetOf(summary))).toContain('ỦY BAN NHÂN DÂN TỈNH …');
  });

  it('prints landscape on A4, fit to width, with the header rows repeated and frozen', () => {
    const sheet = sheetOf(planSummarySheet(input()));
    expect(sheet.printSetup).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: '8:10',
    });
    expect(sheet.frozen).toEqual({ rows: 10, columns: 0 });
    expect(sheet.cells.every((c) => c.style?.font?.name === 'Times New Roman')).toBe(true);
  });

  it('lists the indicators the workbook has, by block, and leaves out the others', () => {
    const labels = texts(sheetOf(planSummarySheet(input())));
    expect(labels).toEqual(
      expect.arrayContaining([
        'HỢP TÁC XÃ',
        'Số hợp tác xã',
        'Số thành viên',
        'Doanh thu bình quân một HTX',
        'TỔ HỢP TÁC',
        'Số tổ hợp tác',
      ]),
    );
    expect(labels).not.toContain('LIÊN HIỆP HỢP TÁC XÃ');
    expect(labels).not.toContain('Số lao động thường xuyên');
  });

  it('points every figure at its source cell and computes the ratios with guards', () => {
    const sheet = sheetOf(planSummarySheet(input()));
    const cells = cellMap(sheet);
    const value = evaluator(sheet, source);
    expect(cells.get('D12')?.write).toEqual({
      kind: 'formula',
      formula: `IF(ISNUMBER('PL I'!D5),'PL I'!D5,"—")`,
    });
    expect([value('D12'), value('E12'), value('F12'), value('I12')]).toEqual([397, 401, 437, 460]);
    expect(value('G12')).toBeCloseTo(437 / 401, 12);
    expect(value('H12')).toBeCloseTo(437 / 397, 12);
    expect(value('J12')).toBeCloseTo(460 / 437, 12);
    // A zero plan and a missing next plan: "—", never 0 or an error.
    expect([value('G14'), value('I14'), value('J14')]).toEqual(['—', '—', '—']);
  });

  it('keeps a number typed as text as htx-plan read it, whatever the reader’s locale', () => {
    const sheet = sheetOf(planSummarySheet(input()));
    expect(cellMap(sheet).get('D16')?.write).toEqual({
      kind: 'formula',
      formula: `IF(ISNUMBER('PL I'!D8),'PL I'!D8,226)`,
    });
    const summary = planSummarySheet(input());
    expect('error' in summary ? [] : summary.notes).toContain('text-numbers');
  });

  it('shows "—" as text for a period the table does not have', () => {
    const table = {
      ...indicators(),
      columns: indicators().columns.filter((c) => c.period !== 'actual'),
    };
    const sheet = sheetOf(planSummarySheet(input({ tables: [table] })));
    expect(cellMap(sheet).get('D12')?.write).toEqual({ kind: 'text', value: '—' });
    expect(evaluator(sheet, source)('H12')).toBe('—');
  });

  it('writes the report sentences as formulas that follow the figures', () => {
    const sheet = sheetOf(planSummarySheet(input()));
    const value = evaluator(sheet, source);
    const sentences = sheet.cells
      .filter((c) => c.write?.kind === 'formula' && c.write.formula.includes('Ước đến'))
      .map((c) => value(c.address));
    expect(sentences).toEqual([
      'Ước đến 31/12/2022 có tổng số 437 HTX, đạt 109% kế hoạch, bằng 110,1% so với năm 2021; kế hoạch năm 2023 là 460 HTX.',
      'Ước đến 31/12/2022 có tổng số 242 THT, đạt 100,8% kế hoạch, bằng 107,1% so với năm 2021; kế hoạch năm 2023 là 255 THT.',
    ]);
    const revenue = sheet.cells.find(
      (c) => c.write?.kind === 'formula' && c.write.formula.includes('Doanh thu bình quân'),
    );
    expect(value(revenue!.address)).toBe(
      'Doanh thu bình quân một HTX năm 2022 ước đạt 2.280 triệu đồng/năm, bằng 106% so với năm 2021.',
    );
  });

  it('puts data bars on the attainment column and plans a chart only Excel draws', () => {
    const sheet = sheetOf(planSummarySheet(input()));
    expect(sheet.conditionalFormats).toEqual([
      { kind: 'dataBar', range: 'G11:G16', color: 'FF5B9BD5', min: 0, max: 1.25 },
    ]);
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        categories: 'B11:B16',
        series: [{ name: 'ƯTH/KH (%)', values: 'G11:G16' }],
      }),
    ]);
    expect(texts(sheet)).toContain(
      'Biểu đồ chỉ có khi tạo trong Excel; thanh dữ liệu thể hiện mức đạt.',
    );
  });

  it('lists errors before warnings with links, at most ten, and the accepted ones with their reasons', () => {
    const finding = (
      severity: Finding['severity'],
      cell: string,
      accepted?: Finding['accepted'],
    ): Finding => ({
      rule: 'sum-of-parts',
      severity,
      sheet: 'PL I',
      cells: [cell],
      messageKey: 'sum-of-parts.rows',
      params: { total: 10, sum: 9, difference: 1, totalCell: cell, label: 'Tổng', column: 'E' },
      ...(accepted && { accepted }),
    });
    const findings = [
      finding('warning', 'E5'),
      ...Array.from({ length: 11 }, (_, i) => finding('error', `F${i + 5}`)),
      finding('info', 'G5'),
      finding('error', 'D6', { reason: 'Số liệu của Cục Thống kê', date: '2022-09-01' }),
    ];
    const sheet = sheetOf(planSummarySheet(input({ findings })));
    const all = texts(sheet);
    expect(all).toContain('Số lỗi: 11; số cảnh báo: 1; ghi chú: 1; phát hiện đã chấp nhận: 1.');
    const links = sheet.cells.flatMap((c) =>
      c.write?.kind === 'formula' && c.write.formula.startsWith('HYPERLINK')
        ? [c.write.formula]
        : [],
    );
    expect(links).toHaveLength(11);
    expect(links[0]).toBe(`HYPERLINK("#'PL I'!F5","F5")`);
    expect(links[10]).toBe(`HYPERLINK("#'PL I'!D6","D6")`);
    expect(
      all.some((t) => t.endsWith('Lý do chấp nhận: Số liệu của Cục Thống kê (01/09/2022)')),
    ).toBe(true);
  });
});
