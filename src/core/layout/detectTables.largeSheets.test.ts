import { sheetOf, type CellInput } from '../../../test/helpers/sheetOf';
import { detectTables } from './detectTables';

/**
 * Large sheets beside the appendices (a list of every cooperative in the province) hold no
 * appendix table. How fast they are rejected is measured by bench/check, not here.
 */
function cooperativeList(rows: number): CellInput[][] {
  const sheet: CellInput[][] = [
    ['DANH SÁCH HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH'],
    [
      'STT',
      'Tên HTX',
      'Địa chỉ',
      'Ngành nghề',
      'Số thành viên',
      'Vốn điều lệ',
      'Năm thành lập',
      'Giám đốc',
      'Điện thoại',
      'Ghi chú',
    ],
  ];
  for (let i = 0; i < rows; i++) {
    sheet.push([
      i + 1,
      `HTX Nông nghiệp Tân Phú ${i}`,
      `Xã Tân Phú, huyện Đức Trọng`,
      'Nông nghiệp',
      20 + (i % 30),
      500,
      2015,
      `Nguyễn Văn ${i}`,
      '0912345678',
      null,
    ]);
  }
  return sheet;
}

function textList(rows: number): CellInput[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: 10 }, (__, c) => `Thành viên ${i} tổ ${c} thôn Kế Hoạch năm 2022`),
  );
}

describe('detection on large sheets that are not appendices', () => {
  it.each([
    ['a list of 30 000 cooperatives', cooperativeList(30000)],
    ['30 000 rows of text only', textList(30000)],
  ])('finds no appendix table in %s', (_name, rows) => {
    expect(detectTables(sheetOf(rows)).tables).toEqual([]);
  });
});
