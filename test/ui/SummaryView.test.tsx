/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { memoryWorkbook } from '../helpers/memoryWorkbook';
import { renderWorkbook } from './renderWorkbook';

const createButton = () => screen.getByRole('button', { name: 'Tạo bảng tổng hợp' });

describe('Tổng hợp', () => {
  it('adds the summary sheet in one write and shows it', async () => {
    const { user, workbook } = await renderWorkbook('Tổng hợp');
    await user.click(createButton());
    await screen.findByText('Đã tạo trang “Tổng hợp KH 2024”.');
    expect(workbook.applied).toHaveLength(1);
    expect(workbook.applied[0].newSheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp KH 2024']);
    expect(workbook.applied[0].edits).toEqual([]);
    expect(workbook.selected.at(-1)).toEqual({ sheet: 'Tổng hợp KH 2024', address: 'A1' });
    const formulas = workbook.applied[0].newSheets[0].cells.flatMap((cell) =>
      cell.write?.kind === 'formula' ? [cell.write.formula] : [],
    );
    expect(formulas.some((formula) => formula.includes("'Bieu 01'!"))).toBe(true);
  });

  it('uses the province and year typed by the user, and refuses a year that is not one', async () => {
    const { user, workbook } = await renderWorkbook('Tổng hợp');
    const year = screen.getByLabelText('Năm kế hoạch (để trống nếu tệp đã ghi)');
    await user.type(screen.getByLabelText('Tỉnh, thành phố (để trống nếu tệp đã ghi)'), 'Lạng Sơn');
    await user.type(year, '24');
    expect(screen.getByText('Năm không hợp lệ: nhập bốn chữ số, ví dụ 2024.')).toBeTruthy();
    expect(createButton().hasAttribute('disabled')).toBe(true);
    await user.clear(year);
    await user.type(year, '2025');
    await user.click(createButton());
    await screen.findByText('Đã tạo trang “Tổng hợp KH 2025”.');
    const texts = workbook.applied[0].newSheets[0].cells.flatMap((cell) =>
      cell.write?.kind === 'text' ? [cell.write.value] : [],
    );
    expect(texts.some((text) => text.includes('LẠNG SƠN'))).toBe(true);
  });

  it('makes no sheet for a workbook without appendix tables', async () => {
    const cover = memoryWorkbook({
      sheets: [{ name: 'Bìa', cells: [[{ value: 'KẾ HOẠCH NĂM 2024' }]], merges: [] }],
    });
    const { user } = await renderWorkbook('Tổng hợp', { workbook: cover });
    await user.click(createButton());
    await screen.findByText(/Không tìm thấy bảng phụ lục nào/);
    expect(cover.applied).toHaveLength(0);
  });
});
