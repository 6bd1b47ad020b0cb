/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderWorkbook } from './renderWorkbook';

describe('Quy tắc nhập liệu', () => {
  it('adds data validation to the input cells and removes only ours again', async () => {
    const { user, workbook } = await renderWorkbook('Quy tắc nhập liệu');
    await screen.findByText('Chưa có quy tắc nào của htx-plan.');
    // A rule of the user's own, outside our ranges, must survive the removal.
    const own = { ranges: ['B2'], type: 'list' as const, formula1: '"a,b"' };
    workbook.model.validations.set('Bieu 01', new Map([['B2', own]]));

    await user.click(screen.getByRole('button', { name: 'Thêm quy tắc nhập liệu' }));
    const added = await screen.findByText(
      /^Đã thêm quy tắc nhập liệu cho \d+ ô \(\d+ vùng, 3 trang\)\.$/,
    );
    const cells = Number(/cho (\d+) ô/.exec(added.textContent!)![1]);
    const ruled = [...workbook.model.validations.values()].reduce((sum, m) => sum + m.size, 0);
    expect(ruled).toBe(cells + 1);
    expect(workbook.model.validations.get('Bieu 02')?.get('C6')?.type).toBe('whole');
    expect(screen.getByRole('status').textContent).toMatch(/^Đang có quy tắc của htx-plan trên/);

    await user.click(screen.getByRole('button', { name: 'Gỡ quy tắc của htx-plan' }));
    await screen.findByText(/^Đã gỡ quy tắc của htx-plan khỏi \d+ ô/);
    expect([...workbook.model.validations.get('Bieu 01')!.keys()]).toEqual(['B2']);
    expect(workbook.model.validations.get('Bieu 02')?.size).toBe(0);
    expect(screen.getByText('Chưa có quy tắc nào của htx-plan.')).toBeTruthy();
  });

  it('says why where data validation cannot be written', async () => {
    const { memoryWorkbook } = await import('../helpers/memoryWorkbook');
    const { planted } = await import('./renderWorkbook');
    const workbook = memoryWorkbook(await planted(), { capabilities: { dataValidation: false } });
    await renderWorkbook('Quy tắc nhập liệu', { workbook });
    expect(screen.getByText(/ExcelApi 1\.8/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thêm quy tắc nhập liệu' })).toBeNull();
  });
});
