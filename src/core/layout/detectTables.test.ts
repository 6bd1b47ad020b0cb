import { sheetOf, type CellInput } from '../../../test/helpers/sheetOf';
import { encodeTcvn3 } from '../text/encodeLegacy.testHelper';
import type { AppendixTable, TableRow } from './appendixTable';
import { detectTables } from './detectTables';

const only = (rows: CellInput[][], opts?: Parameters<typeof sheetOf>[1]): AppendixTable => {
  const { tables } = detectTables(sheetOf(rows, opts));
  expect(tables).toHaveLength(1);
  return tables[0];
};
const periods = (table: AppendixTable) =>
  table.columns.map((c) => `${c.column}:${c.period}${c.year ?? ''}`);
const rowByText = (table: AppendixTable, text: string): TableRow => {
  const row = table.rows.find((r) => r.text === text);
  if (!row) throw new Error(`no row ${text}`);
  return row;
};
const parentText = (table: AppendixTable, text: string) => {
  const row = rowByText(table, text);
  return row.parent === undefined ? undefined : table.rows[row.parent].text;
};

/** The main table with a two-row merged header, a column-number row and two blocks. */
function mainTable(years = { last: 2021, current: 2022, plan: 2023 }, titleRows = 2) {
  const title: CellInput[][] = [
    ['Phụ lục I'],
    [`CHỈ TIÊU KINH TẾ TẬP THỂ NĂM ${years.current} VÀ KẾ HOẠCH NĂM ${years.plan}`],
  ].slice(0, titleRows);
  const rows: CellInput[][] = [
    ...title,
    [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      `Thực hiện năm ${years.last}`,
      `Năm ${years.current}`,
      null,
      `Kế hoạch năm ${years.plan}`,
      'So sánh (%)',
      'Ghi chú',
    ],
    [null, null, null, null, 'Kế hoạch', 'Ước thực hiện', null, null, null],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)=(6)/(5)', '(9)'],
    ['I', 'Hợp tác xã', null, null, null, null, null, null, null],
    [1, 'Tổng số hợp tác xã', 'HTX', 199, 203, 204, 220, 100.5, null],
    [null, 'Trong đó:', null, null, null, null, null, null, null],
    [null, '- Số HTX đang hoạt động', 'HTX', 180, 185, 184, 200, null, null],
    [null, '- Số HTX tạm ngừng hoạt động', 'HTX', 19, 18, 20, 20, null, null],
    [null, '- Số HTX thành lập mới', 'HTX', 10, 10, 10, 15, 100, null],
    [2, 'Tổng số thành viên', 'Thành viên', 48000, 48875, 48924, 50000, 100.1, null],
    [3, 'Doanh thu bình quân một HTX', 'Triệu đồng/năm', 2100, 2200, 2200, 2300, 100, null],
    ['II', 'Tổ hợp tác', null, null, null, null, null, null, null],
    [1, 'Tổng số THT', 'THT', 3000, 5143, 3204, 3300, 62.3, null],
    [2, 'Tổng số thành viên', 'Thành viên', 110000, 175881, 118544, 120000, 67.4, null],
  ];
  const top = titleRows;
  const at = (col: string, row: number) => `${col}${row + top + 1}`;
  const merges = ['A', 'B', 'C', 'D', 'G', 'H', 'I'].map((c) => `${at(c, 0)}:${at(c, 1)}`);
  merges.push(`${at('E', 0)}:${at('F', 0)}`);
  return sheetOf(rows, { merges, name: 'PL I' });
}

describe('detectTables: headers and periods', () => {
  it('reads a two-row merged header with "Năm 2022" over "Kế hoạch | Ước thực hiện"', () => {
    const table = only(
      mainTable().cells.map((r) => r.map((c) => (c ? c.value : null)) as CellInput[]),
      {
        merges: mainTable().merges,
      },
    );
    expect(table.kind).toBe('indicators');
    expect(periods(table)).toEqual([
      'C:unit',
      'D:actual2021',
      'E:plan2022',
      'F:estimate2022',
      'G:plan2023',
      'H:comparison2022',
      'I:note',
    ]);
    expect(table.planYear).toBe(2023);
    expect(table.headerRows).toEqual([2, 3, 4]);
    expect(table.numberingRow).toBe(4);
    expect(table.range).toBe('A3:I16');
  });

  it('takes what a comparison divides from the column-number row "(8)=(6)/(5)"', () => {
    const { tables } = detectTables(mainTable());
    const comparison = tables[0].columns.find((c) => c.period === 'comparison')!;
    expect(comparison.compares).toEqual({ numerator: 'F', denominator: 'E' });
    expect(comparison.comparesFrom).toBe('numbering');
  });

  it('reads a one-row header without merges', () => {
    const table = only([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2021', 'KH 2022', 'Ước TH 2022', 'KH năm 2023', '% ƯTH/KH'],
      [1, 'Tổng số HTX', 'HTX', 199, 203, 204, 220, 100.5],
      [2, 'Tổng số thành viên', 'Thành viên', 48000, 48875, 48924, 50000, 100.1],
      [3, 'Lãi bình quân', 'Triệu đồng/năm', 190, 200, 200, 210, 100],
    ]);
    expect(periods(table)).toEqual([
      'C:unit',
      'D:actual2021',
      'E:plan2022',
      'F:estimate2022',
      'G:plan2023',
      'H:comparison2022',
    ]);
    expect(table.columns[5].compares).toEqual({ numerator: 'F', denominator: 'E' });
    expect(table.columns[5].comparesFrom).toBe('header');
    expect(table.rows.map((r) => r.indicator)).toEqual([
      'htx.count',
      'htx.members',
      'htx.avg-profit',
    ]);
  });

  it('follows the years when the plan cycle shifts (2024/2025)', () => {
    const { tables } = detectTables(mainTable({ last: 2023, current: 2024, plan: 2025 }));
    expect(periods(tables[0])).toContain('D:actual2023');
    expect(periods(tables[0])).toContain('F:estimate2024');
    expect(tables[0].planYear).toBe(2025);
  });

  it.each([
    ['Thực hiện 6 tháng đầu năm 2022', 'midyear', 2022],
    ['Lũy kế đến 30/6/2022', 'midyear', 2022],
    ['ƯTH 2022', 'estimate', 2022],
    ['Ước cả năm 2022', 'estimate', 2022],
    ['KH năm 2023', 'plan', 2023],
    ['TH 2021', 'actual', 2021],
  ])('reads the header %j as %s %d', (header, period, year) => {
    const table = only([
      ['STT', 'Chỉ tiêu', header, 'Ghi chú'],
      [1, 'Tổng số HTX', 203, null],
    ]);
    expect(table.columns[0]).toMatchObject({ period, year, periodFrom: 'header' });
  });

  it('reads "KH 2023/ƯTH 2022" as the plan divided by the estimate', () => {
    const table = only([
      ['STT', 'Chỉ tiêu', 'Ước TH 2022', 'KH 2023', 'KH 2023/ƯTH 2022 (%)'],
      [1, 'Tổng số HTX', 204, 220, 107.8],
    ]);
    expect(table.columns[2]).toMatchObject({
      period: 'comparison',
      year: 2023,
      unit: '%',
      compares: { numerator: 'D', denominator: 'C' },
    });
  });

  it('reads what a comparison divides from the formulas of its cells', () => {
    const table = only(
      [
        ['STT', 'Chỉ tiêu', 'Kế hoạch 2022', 'Ước thực hiện 2022', 'Tỷ lệ'],
        [1, 'Tổng số HTX', 203, 204, 1.005],
        [2, 'Tổng số thành viên', 48875, 48924, 1.001],
      ],
      { formulas: { E2: 'D2/C2', E3: 'IFERROR(D3/C3,0)' }, formats: { E2: '0.0%', E3: '0.0%' } },
    );
    expect(table.columns[2]).toMatchObject({
      compares: { numerator: 'D', denominator: 'C' },
      comparesFrom: 'formula',
    });
  });
});

describe('detectTables: rows', () => {
  it('sets blocks, parents of "Trong đó" rows and indicator codes', () => {
    const { tables } = detectTables(mainTable());
    const table = tables[0];
    expect(rowByText(table, 'Hợp tác xã')).toMatchObject({
      role: 'block',
      block: 'htx',
      depth: 0,
      label: 'I',
    });
    expect(rowByText(table, 'Tổng số hợp tác xã')).toMatchObject({
      role: 'item',
      indicator: 'htx.count',
      unit: 'HTX',
    });
    expect(rowByText(table, 'Trong đó:').role).toBe('heading');
    const active = rowByText(table, 'Số HTX đang hoạt động');
    expect(active).toMatchObject({
      role: 'of-which',
      indicator: 'htx.active',
      label: '-',
      block: 'htx',
    });
    expect(parentText(table, 'Số HTX đang hoạt động')).toBe('Tổng số hợp tác xã');
    expect(parentText(table, 'Số HTX thành lập mới')).toBe('Tổng số hợp tác xã');
    expect(
      table.rows.filter((r) => r.text === 'Tổng số thành viên').map((r) => r.indicator),
    ).toEqual(['htx.members', 'tht.members']);
    expect(rowByText(table, 'Tổng số THT')).toMatchObject({ block: 'tht', indicator: 'tht.count' });
  });

  it('reads a "Tỷ lệ … trên …" row as a share of two indicators, not as either of them', () => {
    const table = only([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Kế hoạch năm 2025'],
      ['1', 'Tổng số hợp tác xã', 'HTX', 665, 740],
      [null, '+ Đang hoạt động', 'HTX', 590, 690],
      [null, '+ HTX xếp loại tốt, khá', 'HTX', 390, 450],
      ['2', 'Tỷ lệ HTX xếp loại tốt, khá trên tổng số HTX đang hoạt động', '%', 66.1, 65.2],
      ['3', 'Tổng số cán bộ quản lý HTX', 'Người', 2600, 2700],
      [null, 'Trong đó: trình độ sơ, trung cấp', 'Người', 1120, 1215],
      ['4', 'Tỷ lệ cán bộ quản lý HTX có trình độ sơ, trung cấp', '%', 43.1, 45],
    ]);
    const rated = rowByText(table, 'Tỷ lệ HTX xếp loại tốt, khá trên tổng số HTX đang hoạt động');
    expect(rated.indicator).toBeUndefined();
    expect(rated.share).toEqual({ part: 'htx.rated-good', whole: 'htx.active' });
    // Without "trên", the whole is the one the catalogue puts the part under.
    expect(rowByText(table, 'Tỷ lệ cán bộ quản lý HTX có trình độ sơ, trung cấp').share).toEqual({
      part: 'htx.managers-intermediate',
      whole: 'htx.managers',
    });
  });

  it('accepts blocks in any order (THT, HTX, LHHTX) and numbering a)/b)', () => {
    const table = only([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Ước TH 2022', 'KH 2023'],
      ['a)', 'Tổ hợp tác (THT)', null, null, null],
      ['-', 'Tổng số tổ hợp tác', 'THT', 226, 240],
      ['-', 'Doanh thu bình quân', 'Triệu đồng/năm', 600, 650],
      ['b)', 'Hợp tác xã (HTX)', null, null, null],
      ['-', 'Tổng số', 'HTX', 204, 214],
      ['-', 'Tổng số thành viên', 'Thành viên', 48924, 50000],
      ['c)', 'Liên hiệp HTX', null, null, null],
      ['-', 'Số LH HTX', 'LHHTX', 2, 3],
      ['-', 'Số HTX thành viên', 'HTX', 7, 9],
    ]);
    expect(table.rows.filter((r) => r.role === 'block').map((r) => r.block)).toEqual([
      'tht',
      'htx',
      'lhhtx',
    ]);
    expect(table.rows.filter((r) => r.role !== 'block').map((r) => r.indicator)).toEqual([
      'tht.count',
      'tht.avg-revenue',
      'htx.count',
      'htx.members',
      'lhhtx.count',
      'lhhtx.member-htx',
    ]);
    expect(table.rows.filter((r) => r.role !== 'block').every((r) => r.parent === undefined)).toBe(
      true,
    );
  });

  it('reads "Trong đó: HTX thành lập mới" as an of-which row of the row above', () => {
    const table = only([
      ['STT', 'Chỉ tiêu', 'KH 2023'],
      [1, 'Tổng số HTX', 220],
      [null, 'Trong đó: HTX thành lập mới', 16],
      [null, 'HTX giải thể', 3],
      [2, 'Tổng số thành viên', 50000],
      [null, 'Trong đó: thành viên mới', 700],
    ]);
    expect(rowByText(table, 'Trong đó: HTX thành lập mới')).toMatchObject({
      role: 'of-which',
      indicator: 'htx.new',
    });
    expect(parentText(table, 'Trong đó: HTX thành lập mới')).toBe('Tổng số HTX');
    expect(rowByText(table, 'HTX giải thể')).toMatchObject({
      role: 'of-which',
      indicator: 'htx.dissolved',
    });
    expect(parentText(table, 'HTX giải thể')).toBe('Tổng số HTX');
    expect(parentText(table, 'Trong đó: thành viên mới')).toBe('Tổng số thành viên');
    expect(rowByText(table, 'Tổng số thành viên').parent).toBeUndefined();
  });

  it('reads rows under "Chia ra:" as parts, and decimal numbering 1.1 / 1.1.1', () => {
    const table = only([
      ['STT', 'Chỉ tiêu', 'Ước TH 2022'],
      ['1', 'Tổng số HTX', 300],
      [null, 'Chia ra:', null],
      ['1.1', 'HTX nông nghiệp', 147],
      ['1.1.1', 'HTX ứng dụng công nghệ cao', 12],
      ['1.2', 'HTX công nghiệp - TTCN', 24],
      ['1.3', 'HTX vận tải', 129],
      ['2', 'Tổng số thành viên', 48924],
    ]);
    expect(rowByText(table, 'HTX nông nghiệp')).toMatchObject({
      role: 'part',
      indicator: 'sector.agriculture',
    });
    expect(parentText(table, 'HTX nông nghiệp')).toBe('Tổng số HTX');
    expect(parentText(table, 'HTX ứng dụng công nghệ cao')).toBe('HTX nông nghiệp');
    expect(rowByText(table, 'HTX ứng dụng công nghệ cao').depth).toBe(2);
    expect(parentText(table, 'HTX vận tải')).toBe('Tổng số HTX');
    expect(rowByText(table, 'Tổng số thành viên').parent).toBeUndefined();
  });

  it('reads sub-rows shown only by indentation', () => {
    const table = only([
      ['Chỉ tiêu', 'Đơn vị tính', 'Ước thực hiện 2022'],
      ['Tổng số HTX', 'HTX', 287],
      ['    Đang hoạt động', 'HTX', 271],
      ['    Tạm ngừng hoạt động', 'HTX', 16],
      ['Tổng số thành viên', 'Thành viên', 301000],
    ]);
    expect(rowByText(table, 'Đang hoạt động')).toMatchObject({
      role: 'part',
      indicator: 'htx.active',
      depth: 1,
    });
    expect(parentText(table, 'Tạm ngừng hoạt động')).toBe('Tổng số HTX');
    expect(rowByText(table, 'Tổng số thành viên').parent).toBeUndefined();
  });
});

describe('detectTables: breakdown, funding, support, other', () => {
  it('reads a total above its district rows and a total below them', () => {
    const header = ['STT', 'Đơn vị', 'Tổng số HTX', 'Đang hoạt động', 'Tạm ngừng hoạt động'];
    const above = only([
      ['SỐ LƯỢNG HỢP TÁC XÃ THEO ĐỊA BÀN ƯỚC THỰC HIỆN NĂM 2022'],
      header,
      [null, 'Toàn tỉnh', 30, 25, 5],
      [1, 'Huyện A', 10, 8, 2],
      [2, 'Huyện B', 20, 17, 3],
    ]);
    const below = only([
      header,
      [1, 'Huyện A', 10, 8, 2],
      [2, 'Huyện B', 20, 17, 3],
      [null, 'Cộng', 30, 25, 5],
    ]);
    for (const table of [above, below]) {
      expect(table.kind).toBe('breakdown');
      const total = table.rows.findIndex((r) => r.role === 'total');
      expect(table.rows.filter((r) => r.role === 'part').map((r) => [r.text, r.parent])).toEqual([
        ['Huyện A', total],
        ['Huyện B', total],
      ]);
      expect(table.rows.every((r) => r.indicator === undefined)).toBe(true);
      expect(table.columns.map((c) => c.indicator)).toEqual([
        'htx.count',
        'htx.active',
        'htx.paused',
      ]);
    }
    expect(above.columns[0]).toMatchObject({ period: 'estimate', year: 2022, periodFrom: 'title' });
    expect(below.columns[0]).toMatchObject({ period: 'estimate', periodFrom: 'default' });
  });

  it('takes the period of a title merged across the table once, though readers repeat it', () => {
    // ExcelJS reports a merged area's text in each of its cells: the title is still one line.
    const heading = 'SỐ LƯỢNG HỢP TÁC XÃ PHÂN THEO NGÀNH, LĨNH VỰC';
    const title = '(Tính đến ngày 30/6/2022)';
    const table = only(
      [
        [heading, heading, heading, heading, heading],
        [title, title, title, title, title],
        [],
        ['STT', 'Ngành, lĩnh vực', 'Tổng số HTX', 'Đang hoạt động', 'Tạm ngừng hoạt động'],
        [1, 'HTX nông nghiệp', 20, 18, 2],
        [2, 'HTX vận tải', 10, 9, 1],
        [null, 'Cộng', 30, 27, 3],
      ],
      { merges: ['A1:E1', 'A2:E2'] },
    );
    expect(table.titleLines).toEqual([heading, title]);
    expect(table.columns[0]).toMatchObject({ period: 'midyear', year: 2022, periodFrom: 'title' });
  });

  it('reads a sector breakdown with indicator columns and a status split across', () => {
    const table = only(
      [
        ['Biểu 02: Hợp tác xã phân theo lĩnh vực'],
        [
          'STT',
          'Lĩnh vực',
          'Số lượng HTX',
          null,
          null,
          'Thành viên (người)',
          'Doanh thu bình quân (triệu đồng/HTX/năm)',
        ],
        [null, null, 'Tổng số', 'Đang hoạt động', 'Tạm ngừng', null, null],
        [null, 'Tổng cộng', 300, 280, 20, 48924, 2200],
        [1, 'Nông, lâm, ngư nghiệp', 147, 140, 7, 30000, 1800],
        [2, 'Công nghiệp - TTCN', 24, 20, 4, 900, 2500],
        [3, 'Thương mại - dịch vụ', 29, 29, 0, 1000, 3000],
        [4, 'Quỹ tín dụng nhân dân', 7, 7, 0, 16000, 9000],
        [5, 'Lĩnh vực khác', 93, 84, 9, 1024, 2100],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:G3'] },
    );
    expect(table.kind).toBe('breakdown');
    expect(table.columns.map((c) => [c.column, c.indicator, c.period])).toEqual([
      ['C', 'htx.count', 'estimate'],
      ['D', 'htx.active', 'estimate'],
      ['E', 'htx.paused', 'estimate'],
      ['F', 'htx.members', 'estimate'],
      ['G', 'htx.avg-revenue', 'estimate'],
    ]);
    expect(table.columns[4].unit).toBe('triệu đồng/HTX/năm');
    expect(table.columns[3].unit).toBe('người');
    expect(table.rows.map((r) => r.indicator)).toEqual([
      undefined,
      'sector.agriculture',
      'sector.industry',
      'sector.trade-services',
      'sector.credit',
      'sector.other',
    ]);
    expect(table.rows[0].role).toBe('total');
    expect(table.rows.slice(1).every((r) => r.role === 'part' && r.parent === 0)).toBe(true);
  });

  it('reads a sector breakdown over period columns and takes its indicator from the title', () => {
    const table = only([
      ['SỐ LƯỢNG HỢP TÁC XÃ PHÂN THEO NGÀNH'],
      ['Đơn vị tính: HTX'],
      ['STT', 'Ngành', 'TH 30/6/2022', 'ƯTH 2022'],
      [null, 'Tổng số', 300, 303],
      [1, 'Nông nghiệp', 147, 148],
      [2, 'Vận tải', 43, 43],
      [3, 'Xây dựng', 50, 50],
    ]);
    expect(table).toMatchObject({ kind: 'breakdown', indicator: 'htx.count', unit: 'HTX' });
    expect(periods(table)).toEqual(['C:midyear2022', 'D:estimate2022']);
  });

  it('reads a funding table: Tổng số | NSTW | NSĐP | Khác per programme', () => {
    const table = only(
      [
        ['NHU CẦU KINH PHÍ HỖ TRỢ NĂM 2023'],
        ['STT', 'Nội dung hỗ trợ', 'Kế hoạch năm 2023', null, null, null],
        [null, null, 'Tổng số', 'NSTW', 'NSĐP', 'Vốn khác'],
        [null, 'Tổng cộng', 1500, 800, 500, 200],
        [1, 'Đào tạo, bồi dưỡng nguồn nhân lực', 500, 300, 200, 0],
        [2, 'Xúc tiến thương mại, mở rộng thị trường', 1000, 500, 300, 200],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:F2'] },
    );
    expect(table.kind).toBe('funding');
    expect(table.columns.map((c) => [c.indicator, c.period, c.year])).toEqual([
      ['funding.total', 'plan', 2023],
      ['funding.central', 'plan', 2023],
      ['funding.local', 'plan', 2023],
      ['funding.other', 'plan', 2023],
    ]);
    expect(table.columns[0].total).toBe(true);
    expect(table.rows[0].role).toBe('total');
    expect(table.rows.slice(1).map((r) => [r.role, r.parent, r.indicator])).toEqual([
      ['part', 0, undefined],
      ['part', 0, undefined],
    ]);
  });

  it('reads every numbered item of a funding programme as a part, whatever words it shares', () => {
    // "Ứng dụng … công nghệ mới" sounds like the high-tech "of which" of the HTX count, but under
    // a programme it is one more item of the programme's partition.
    const table = only(
      [
        ['KẾ HOẠCH KINH PHÍ HỖ TRỢ NĂM 2025'],
        ['STT', 'Nội dung', 'Kinh phí năm 2025', null, null, null],
        [null, null, 'Tổng số', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Vốn khác'],
        ['I', 'Chương trình hỗ trợ phát triển KTTT, HTX', 5100, 2900, 1600, 600],
        [1, 'Đào tạo, bồi dưỡng nguồn nhân lực', 1500, 900, 600, 0],
        [2, 'Ứng dụng khoa học, kỹ thuật, công nghệ mới và chuyển đổi số', 3600, 2000, 1000, 600],
        ['II', 'Lồng ghép các chương trình mục tiêu quốc gia', 2400, 0, 1800, 600],
        [1, 'Chương trình Mỗi xã một sản phẩm (OCOP)', 2400, 0, 1800, 600],
        [null, 'Cộng', 7500, 2900, 3400, 1200],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:F2'] },
    );
    expect(table.kind).toBe('funding');
    expect(table.rows.map((r) => [r.role, r.parent])).toEqual([
      ['part', 5],
      ['part', 0],
      ['part', 0],
      ['part', 5],
      ['part', 3],
      ['total', undefined],
    ]);
  });

  it('reads a table of support delivered as kind support', () => {
    const table = only([
      ['KẾT QUẢ THỰC HIỆN CHÍNH SÁCH HỖ TRỢ HTX NĂM 2022'],
      ['STT', 'Nội dung', 'Số HTX được hỗ trợ', 'Kinh phí (triệu đồng)'],
      [1, 'Thành lập mới HTX', 71, 1100],
      [2, 'Đào tạo cán bộ quản lý', 15, 275],
    ]);
    expect(table.kind).toBe('support');
    expect(table.rows.every((r) => r.indicator === undefined)).toBe(true);
    expect(table.columns[1]).toMatchObject({
      period: 'actual',
      year: 2022,
      periodFrom: 'title',
      unit: 'triệu đồng',
    });
  });

  it('returns an unknown table with a total row as kind other', () => {
    const table = only([
      ['STT', 'Nguyên nhân', 'Năm 2022'],
      [1, 'Không thành lập được hội đồng giải thể', 12],
      [2, 'Thất lạc con dấu', 8],
      [null, 'Cộng', 20],
    ]);
    expect(table.kind).toBe('other');
    expect(table.rows.map((r) => r.role)).toEqual(['part', 'part', 'total']);
  });
});

describe('detectTables: units and numbers', () => {
  it('finds units in a unit column, in header parentheses and in a title line', () => {
    const table = only([
      ['BIỂU 01'],
      ['Đơn vị tính: Triệu đồng'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Ước TH 2022', 'Doanh thu KH 2023 (triệu đồng/HTX/năm)'],
      [1, 'Doanh thu bình quân', 'Tr.đồng/năm', 2200, 2300],
      [2, 'Lãi bình quân (triệu đồng)', null, 200, 210],
      [3, 'Tổng số HTX', null, 204, 214],
    ]);
    expect(table.unit).toBe('Triệu đồng');
    expect(table.columns.find((c) => c.column === 'E')!.unit).toBe('triệu đồng/HTX/năm');
    expect(table.rows.map((r) => r.unit)).toEqual(['Tr.đồng/năm', 'triệu đồng', undefined]);
  });

  it('keeps "109" in a "(%)" column apart from 1,09 formatted "0%"', () => {
    const table = only(
      [
        ['STT', 'Chỉ tiêu', 'Kế hoạch 2022', 'Ước TH 2022', 'So sánh (%)', 'Tỷ lệ'],
        [1, 'Tổng số HTX', 400, 437, 109, 1.0925],
      ],
      { formats: { F2: '0%' } },
    );
    const [typed, formatted] = [table.rows[0].cells.E, table.rows[0].cells.F];
    expect(table.columns.find((c) => c.column === 'E')!.unit).toBe('%');
    expect(typed).toMatchObject({ number: 109, shownDecimals: 0, address: 'E2' });
    expect(typed.percent).toBeUndefined();
    expect(formatted).toMatchObject({ number: 1.0925, percent: true, shownDecimals: 0 });
  });

  it('reads text numbers "02" and "1.022" and marks them as text', () => {
    const table = only([
      ['STT', 'Chỉ tiêu', 'Ước TH 2022', 'KH 2023'],
      [1, 'Tổng số LH HTX', '02', '03'],
      [2, 'Tổng số thành viên', '1.022', 'khoảng 1.100'],
      [3, 'Số THT thành lập mới', '15 - 20', '#N/A'],
    ]);
    expect(table.rows[0].cells.C).toMatchObject({ number: 2, fromText: true });
    expect(table.rows[1].cells.C).toMatchObject({ number: 1022, fromText: true });
    expect(table.rows[1].cells.D).toMatchObject({ number: 1100, approximate: true });
    expect(table.rows[2].cells.C).toMatchObject({ number: 17.5, approximate: true });
    expect(table.rows[2].cells.D.number).toBeNull();
  });
});

describe('detectTables: text encodings', () => {
  it('decodes TCVN3 labels before matching and notes the encoding', () => {
    const tcvn = (rows: CellInput[][]) =>
      rows.map((r) => r.map((v) => (typeof v === 'string' ? encodeTcvn3(v) : v)));
    const { tables, notes } = detectTables(
      sheetOf(
        tcvn([
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Ước thực hiện năm 2022', 'Kế hoạch năm 2023'],
          [1, 'Tổng số hợp tác xã', 'HTX', 204, 214],
          [2, 'Tổng số thành viên', 'Thành viên', 48924, 50000],
          [3, 'Doanh thu bình quân', 'Triệu đồng/năm', 2200, 2300],
        ]),
      ),
    );
    expect(notes.legacyEncoding).toBe('tcvn3');
    // "STT" reads the same in both encodings: the first converted text is "Chỉ tiêu".
    expect(notes.legacyCell).toBe('B1');
    expect(tables[0].rows.map((r) => [r.text, r.indicator])).toEqual([
      ['Tổng số hợp tác xã', 'htx.count'],
      ['Tổng số thành viên', 'htx.members'],
      ['Doanh thu bình quân', 'htx.avg-revenue'],
    ]);
    expect(periods(tables[0])).toEqual(['C:unit', 'D:estimate2022', 'E:plan2023']);
  });

  it('reads decomposed (NFD) Unicode like composed text', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const table = only([
      [nfd('STT'), nfd('Chỉ tiêu'), nfd('Ước thực hiện 2022')],
      [1, nfd('Tổng số hợp tác xã'), 204],
      [2, nfd('Số HTX đang hoạt động'), 190],
    ]);
    expect(table.rows.map((r) => r.indicator)).toEqual(['htx.count', 'htx.active']);
    expect(table.rows[0].text).toBe('Tổng số hợp tác xã');
  });
});

describe('detectTables: whole sheets', () => {
  it('finds two tables stacked on one sheet, each with its own title', () => {
    const { tables } = detectTables(
      sheetOf([
        ['Biểu 01: Chỉ tiêu chủ yếu'],
        ['STT', 'Chỉ tiêu', 'Ước TH 2022', 'KH 2023'],
        [1, 'Tổng số HTX', 204, 214],
        [2, 'Tổng số thành viên', 48924, 50000],
        [3, 'Lãi bình quân', 200, 210],
        [],
        ['Biểu 02: Hợp tác xã theo lĩnh vực'],
        ['Đơn vị tính: HTX'],
        ['STT', 'Lĩnh vực', 'Ước TH 2022', 'KH 2023'],
        [null, 'Tổng số', 204, 214],
        [1, 'Nông nghiệp', 150, 155],
        [2, 'Phi nông nghiệp', 54, 59],
        [],
        ['Người lập biểu'],
      ]),
    );
    expect(tables.map((t) => [t.kind, t.range, t.title])).toEqual([
      ['indicators', 'A2:D5', 'Biểu 01: Chỉ tiêu chủ yếu'],
      ['breakdown', 'A9:D12', 'Biểu 02: Hợp tác xã theo lĩnh vực\nĐơn vị tính: HTX'],
    ]);
    expect(tables[1].unit).toBe('HTX');
    expect(tables[0].unit).toBeUndefined();
  });

  it('finds no table on a cover sheet', () => {
    const { tables } = detectTables(
      sheetOf([
        [null, 'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN'],
        [null, 'KẾ HOẠCH PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2023'],
        [null, '(Kèm theo Kế hoạch số 2949/KH-UBND ngày 07/9/2022)'],
        [null, 'Bình Thuận, tháng 9 năm 2022'],
      ]),
    );
    expect(tables).toEqual([]);
  });

  it('finds no table in a list of cooperatives without period columns or totals', () => {
    const rows: CellInput[][] = [['STT', 'Tên HTX', 'Địa chỉ', 'Số thành viên', 'Vốn điều lệ']];
    for (let i = 1; i <= 50; i++)
      rows.push([i, `HTX Dịch vụ nông nghiệp ${i}`, `Xã ${i}`, 20 + i, 500]);
    expect(detectTables(sheetOf(rows)).tables).toEqual([]);
  });

  it('gives an empty result for an empty sheet', () => {
    expect(detectTables({ name: 'Trống', cells: [], merges: [] })).toEqual({
      tables: [],
      notes: { sheet: 'Trống' },
    });
  });
});
