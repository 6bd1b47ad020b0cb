/**
 * Readers such as ExcelJS repeat a merged area's text in each of its cells, so a title merged
 * across the table looks like a row of several header cells. Detection must read it once.
 */
import { sheetOf, type CellInput } from '../../../test/helpers/sheetOf';
import { detectTables } from './detectTables';

/** A row as ExcelJS gives a merged area: the same text in each of `width` cells. */
const repeated = (text: string, width: number): CellInput[] =>
  Array.from({ length: width }, () => text);

describe('detectTables: titles merged across the table', () => {
  it('reads a merged title as the title of the table below, not as a table of its own', () => {
    const heading = 'KẾ HOẠCH KINH PHÍ HỖ TRỢ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2025';
    const { tables } = detectTables(
      sheetOf(
        [
          repeated('Biểu số 03', 7),
          repeated(heading, 7),
          repeated('Đơn vị tính: Triệu đồng', 7),
          [],
          ['STT', 'Nội dung', ...repeated('Kinh phí năm 2025', 4), 'Ghi chú'],
          [
            'STT',
            'Nội dung',
            'Tổng số',
            'Ngân sách trung ương',
            'Ngân sách địa phương',
            'Vốn khác',
            'Ghi chú',
          ],
          ['I', 'Chương trình hỗ trợ phát triển KTTT, HTX', 3500, 1900, 1000, 600],
          ['1', 'Đào tạo, bồi dưỡng nguồn nhân lực', 1500, 900, 600, 0],
          ['2', 'Xúc tiến thương mại, mở rộng thị trường', 2000, 1000, 400, 600],
          [null, 'Cộng', 3500, 1900, 1000, 600],
        ],
        { merges: ['A1:G1', 'A2:G2', 'A3:G3', 'A5:A6', 'B5:B6', 'C5:F5', 'G5:G6'] },
      ),
    );
    expect(tables.map((t) => [t.kind, t.range])).toEqual([['funding', 'A5:G10']]);
    expect(tables[0].titleLines).toEqual(['Biểu số 03', heading, 'Đơn vị tính: Triệu đồng']);
    for (const column of tables[0].columns.filter((c) => c.period !== 'note')) {
      expect(column).toMatchObject({ period: 'plan', year: 2025 });
      expect(column.periodFrom).not.toBe('default');
    }
  });

  it('reads a table of support delivered under a merged title as kind support', () => {
    const heading = 'KẾT QUẢ THỰC HIỆN CHÍNH SÁCH HỖ TRỢ HỢP TÁC XÃ NĂM 2023';
    const { tables } = detectTables(
      sheetOf(
        [
          repeated('Biểu 03', 6),
          repeated(heading, 6),
          [],
          [
            'STT',
            'Nội dung hỗ trợ',
            'Đơn vị tính',
            'Số lượng được hỗ trợ',
            'Kinh phí thực hiện (triệu đồng)',
            'Ghi chú',
          ],
          ['1', 'Đào tạo, bồi dưỡng cán bộ quản lý HTX', 'Người', 120, 360],
          ['2', 'Đưa lao động trẻ về làm việc tại HTX', 'Người', 9, 486],
          ['3', 'Xúc tiến thương mại, mở rộng thị trường', 'HTX', 15, 450],
          ['4', 'Thành lập mới hợp tác xã', 'HTX', 50, 750, 'Hỗ trợ 15 triệu đồng/HTX'],
          [null, 'Cộng', null, null, 2046],
        ],
        { merges: ['A1:F1', 'A2:F2'] },
      ),
    );
    expect(tables.map((t) => [t.kind, t.range])).toEqual([['support', 'A4:F9']]);
    expect(tables[0].columns.find((c) => c.column === 'D')).toMatchObject({
      period: 'actual',
      year: 2023,
      periodFrom: 'title',
    });
  });

  it('finds no table in a list of cooperatives under a merged title', () => {
    const heading = 'DANH SÁCH HỢP TÁC XÃ THÀNH LẬP MỚI 6 THÁNG ĐẦU NĂM 2022';
    const { tables } = detectTables(
      sheetOf(
        [
          repeated(heading, 7),
          [],
          [
            'STT',
            'Tên hợp tác xã',
            'Quận, huyện',
            'Ngành nghề',
            'Ngày cấp GCN ĐKHTX',
            'Số thành viên',
            'Vốn điều lệ (triệu đồng)',
          ],
          [1, 'HTX Nông nghiệp Trường Thành', 'Thới Lai', 'Nông nghiệp', '12/01/2022', 15, 300],
          [2, 'HTX Nông nghiệp Thạnh Lộc', 'Vĩnh Thạnh', 'Nông nghiệp', '25/02/2022', 9, 180],
        ],
        { merges: ['A1:G1'] },
      ),
    );
    expect(tables).toEqual([]);
  });
});
