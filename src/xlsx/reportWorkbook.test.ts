import { readWorkbookBytes } from './readWorkbookBytes';
import { writeReportWorkbook } from './reportWorkbook';

describe('the combined report as a workbook', () => {
  it('writes a title, the header and one row per finding, numbers as numbers', async () => {
    const bytes = await writeReportWorkbook({
      sheetName: 'Kết quả kiểm tra',
      title: 'Kết quả kiểm tra 2 tệp',
      rows: [
        ['Tệp', 'Trang', 'Ô', 'Quy tắc', 'Mức độ', 'Nội dung', 'Đúng ra', 'Đang ghi'],
        ['huyen-a.xlsx', 'PL I', 'G17', 'status-partition', 'Lỗi', 'Tổng số khác…', 437, 473],
        ['huyen-b.xlsx', 'PL II', 'C9', 'not-a-number', 'Ghi chú', '=1+1 ghi trong ô', '', ''],
      ],
    });
    const { snapshot } = await readWorkbookBytes(bytes);
    const [sheet] = snapshot.sheets;
    expect(sheet.name).toBe('Kết quả kiểm tra');
    expect(sheet.cells[0][0]?.value).toBe('Kết quả kiểm tra 2 tệp');
    expect(sheet.cells[1][2]?.value).toBe('Ô');
    expect(sheet.cells[2][6]).toEqual({ value: 437 });
    expect(sheet.cells[3][5]).toEqual({ value: '=1+1 ghi trong ô' });
    expect(sheet.cells[3][5]?.formula).toBeUndefined();
  });
});
