/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { contentsOf } from '../../src/core/plan/applyToSnapshot.testing';
import { fixtureSnapshot, memoryWorkbook } from '../helpers/memoryWorkbook';
import { renderWorkbook } from './renderWorkbook';

/** The preview's rows as [cell, content]. */
async function previewRows(): Promise<[string, string][]> {
  const table = await screen.findByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const [cell, content] = within(row).getAllByRole('cell');
      return [cell.textContent ?? '', content.textContent ?? ''];
    });
}

describe('Tính toán', () => {
  it('writes exactly the cells the preview lists, and nothing else', async () => {
    const { user, workbook } = await renderWorkbook('Tính toán');
    await screen.findByRole('combobox', { name: 'Bảng' });
    const before = contentsOf(workbook.model.snapshot);

    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    const rows = await previewRows();
    expect(rows[0]).toEqual(['K5', '% ƯTH/KH năm 2023']);
    expect(rows[1]).toEqual(['K9', '=IF(OR(G9="",E9="",E9=0),"",G9/E9)']);
    expect(workbook.applied).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Chèn' }));
    await screen.findByText(`Đã chèn ${rows.length - 1} công thức vào cột K.`);
    for (const [address, content] of rows) {
      const cell = workbook.cell('Bieu 01', address);
      expect(cell?.formula !== undefined ? `=${cell.formula}` : cell?.value).toBe(content);
    }
    const after = contentsOf(workbook.model.snapshot);
    const changed = Object.keys(after['Bieu 01']).filter(
      (key) => JSON.stringify(after['Bieu 01'][key]) !== JSON.stringify(before['Bieu 01'][key]),
    );
    expect(changed).toHaveLength(rows.length);
    expect(after['Bieu 02']).toEqual(before['Bieu 02']);
  });

  it('refuses a target column that is not empty, in Vietnamese, and writes nothing', async () => {
    const { user, workbook } = await renderWorkbook('Tính toán');
    await user.type(await screen.findByRole('textbox', { name: /Cột đích/ }), 'A');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByText('Cột A không trống: ô A5 đã có dữ liệu.');
    expect(screen.queryByRole('button', { name: 'Chèn' })).toBeNull();
    expect(workbook.applied).toEqual([]);
  });

  it('shows a new preview instead of writing when the workbook changed since', async () => {
    const { user, workbook } = await renderWorkbook('Tính toán');
    await screen.findByRole('combobox', { name: 'Bảng' });
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await previewRows();
    workbook.edit('Bieu 01', 'K20', { value: 'ghi chú' });
    await user.click(screen.getByRole('button', { name: 'Chèn' }));
    await screen.findByText(/^Sổ làm việc đã thay đổi từ lúc xem trước/);
    expect(workbook.applied).toEqual([]);
    expect((await previewRows())[0]).toEqual(['L5', '% ƯTH/KH năm 2023']);
  });

  it('converts HTX formulas to Excel formulas and lists those it cannot', async () => {
    const workbook = memoryWorkbook(await fixtureSnapshot('rich/htx-formulas.xlsx'));
    const { user } = await renderWorkbook('Tính toán', { workbook });
    await user.click(screen.getByRole('button', { name: 'Chuyển sang công thức Excel' }));
    await screen.findByText(/^Đã chuyển \d+ công thức sang công thức Excel\.$/);
    expect(screen.getByText(/^Không chuyển được 9 công thức/)).toBeTruthy();
    expect(screen.getByText(/^'Phụ lục 01'!D15: =_xldudf_HTX_CONVERT/)).toBeTruthy();
    expect(workbook.cell('Phụ lục 01', 'D15')?.formula).toMatch(/HTX_CONVERT/);
  });
});
