/**
 * The benchmark's workbooks, generated so the figures are reproducible: a province workbook
 * (four appendix sheets), a national one (63 province sheets) and a province workbook with a
 * 30 000-row list of cooperatives beside its appendices. Figures add up, so the checks run
 * every relation instead of stopping at the first mismatch.
 */
import ExcelJS from 'exceljs';

type Row = (string | number | null)[];

function indicatorRows(scale: number): Row[] {
  const count = 400 * scale;
  const active = Math.round(count * 0.9);
  return [
    ['PHỤ LỤC I', null, null, null, null, null, null, null],
    [
      'CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Thực hiện năm 2021',
      'Năm 2022',
      null,
      '% ƯTH/KH',
      'Kế hoạch năm 2023',
    ],
    [null, null, null, null, 'Kế hoạch', 'Ước thực hiện', null, null],
    ['I', 'Hợp tác xã', null, null, null, null, null, null],
    [
      '1',
      'Tổng số hợp tác xã',
      'HTX',
      count - 20,
      count - 10,
      count,
      pct(count, count - 10),
      count + 30,
    ],
    [null, 'Trong đó:', null, null, null, null, null, null],
    [
      '-',
      'Số HTX đang hoạt động',
      'HTX',
      active - 18,
      active - 9,
      active,
      pct(active, active - 9),
      active + 27,
    ],
    [
      '-',
      'Số HTX tạm ngừng hoạt động',
      'HTX',
      count - active - 2,
      count - active - 1,
      count - active,
      pct(count - active, count - active - 1),
      count - active + 3,
    ],
    [
      '2',
      'Tổng số thành viên',
      'Thành viên',
      30000 * scale,
      31000 * scale,
      32000 * scale,
      pct(32000, 31000),
      33000 * scale,
    ],
    [
      '3',
      'Tổng số lao động thường xuyên',
      'Người',
      5000 * scale,
      5200 * scale,
      5400 * scale,
      pct(5400, 5200),
      5600 * scale,
    ],
    ['4', 'Doanh thu bình quân của HTX', 'Triệu đồng/năm', 2000, 2100, 2200, pct(2200, 2100), 2300],
    ['5', 'Lãi bình quân của HTX', 'Triệu đồng/năm', 200, 210, 220, pct(220, 210), 230],
    ['6', 'Thu nhập bình quân của lao động', 'Triệu đồng/năm', 48, 50, 52, pct(52, 50), 54],
  ];
}

function pct(estimate: number, plan: number): number {
  return Math.round((estimate / plan) * 1000) / 10;
}

function sectorRows(scale: number): Row[] {
  const sectors = [
    'Nông, lâm, ngư nghiệp',
    'Công nghiệp - TTCN',
    'Xây dựng',
    'Thương mại - dịch vụ',
    'Vận tải',
    'Quỹ tín dụng nhân dân',
    'Khác',
  ];
  const counts = [220, 40, 30, 50, 30, 10, 20].map((n) => n * scale);
  return [
    ['PHỤ LỤC II', null, null, null],
    ['SỐ LƯỢNG HỢP TÁC XÃ THEO LĨNH VỰC, ƯỚC THỰC HIỆN NĂM 2022', null, null, null],
    ['STT', 'Lĩnh vực', 'Số HTX', 'Đang hoạt động'],
    [
      null,
      'Tổng số',
      counts.reduce((a, b) => a + b, 0),
      counts.reduce((a, b) => a + Math.round(b * 0.9), 0),
    ],
    ...sectors.map((name, i): Row => [String(i + 1), name, counts[i], Math.round(counts[i] * 0.9)]),
  ];
}

function fundingRows(): Row[] {
  return [
    ['PHỤ LỤC III', null, null, null, null],
    ['NHU CẦU KINH PHÍ HỖ TRỢ NĂM 2023', null, null, null, null],
    ['Đơn vị tính: Triệu đồng', null, null, null, null],
    ['STT', 'Nội dung', 'Tổng số', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Vốn khác'],
    [null, 'Tổng cộng', 9000, 5000, 3000, 1000],
    ['1', 'Hỗ trợ đào tạo, bồi dưỡng', 3000, 2000, 1000, 0],
    ['2', 'Hỗ trợ xúc tiến thương mại', 2000, 1000, 800, 200],
    ['3', 'Hỗ trợ đầu tư kết cấu hạ tầng', 4000, 2000, 1200, 800],
  ] as Row[];
}

function supportRows(): Row[] {
  return [
    ['PHỤ LỤC IV', null, null, null],
    ['KẾT QUẢ HỖ TRỢ HỢP TÁC XÃ NĂM 2022', null, null, null],
    ['STT', 'Nội dung hỗ trợ', 'Số HTX được hỗ trợ', 'Kinh phí (triệu đồng)'],
    ['1', 'Đào tạo, bồi dưỡng', 120, 800],
    ['2', 'Xúc tiến thương mại', 40, 600],
    [null, 'Cộng', 160, 1400],
  ];
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: Row[],
  merges: string[] = [],
): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRows(rows);
  for (const range of merges) sheet.mergeCells(range);
}

function addAppendices(workbook: ExcelJS.Workbook, prefix: string, scale: number): void {
  addSheet(workbook, `${prefix}PL I`, indicatorRows(scale), [
    'E3:F3',
    'A3:A4',
    'B3:B4',
    'C3:C4',
    'D3:D4',
    'G3:G4',
    'H3:H4',
  ]);
  addSheet(workbook, `${prefix}PL II`, sectorRows(scale));
  addSheet(workbook, `${prefix}PL III`, fundingRows());
  addSheet(workbook, `${prefix}PL IV`, supportRows());
}

export async function provinceWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addAppendices(workbook, '', 1);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function nationalWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (let i = 1; i <= 63; i++) {
    addSheet(workbook, `Tỉnh ${String(i).padStart(2, '0')}`, indicatorRows(1 + (i % 5)), ['E3:F3']);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function listWorkbook(rows = 30_000): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addAppendices(workbook, '', 1);
  const list = workbook.addWorksheet('Danh sách HTX');
  list.addRow([
    'STT',
    'Tên hợp tác xã',
    'Địa chỉ',
    'Lĩnh vực',
    'Số thành viên',
    'Vốn điều lệ (triệu đồng)',
    'Năm thành lập',
    'Giám đốc',
    'Điện thoại',
    'Ghi chú',
  ]);
  for (let i = 1; i <= rows; i++) {
    list.addRow([
      i,
      `HTX dịch vụ nông nghiệp số ${i}`,
      `Xã ${i % 500}, huyện ${i % 20}`,
      'Nông nghiệp',
      20 + (i % 50),
      500 + (i % 300),
      2000 + (i % 23),
      `Nguyễn Văn ${i}`,
      `0912${String(i).padStart(6, '0')}`,
      null,
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
