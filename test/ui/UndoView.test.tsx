/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { applySuggestion } from '../../src/app/applySuggestion';
import { exportFindingsSheet, prepareExport } from '../../src/app/exportFindings';
import { runCheck } from '../../src/app/runCheck';
import { suggestionChange } from '../../src/core/plan/planApplySuggestion';
import { memoryWorkbook, type MemoryWorkbook } from '../helpers/memoryWorkbook';
import { dialogClosed, planted, renderWorkbook } from './renderWorkbook';

/** Applies the suggestion for Bieu 02!C9 (220 → 22) through the use case. */
async function applyC9(workbook: MemoryWorkbook) {
  const check = await runCheck(workbook);
  const finding = check.findings.find((f) => f.sheet === 'Bieu 02' && f.cells[0] === 'C9')!;
  await applySuggestion(workbook, finding, suggestionChange(finding, check.snapshot), new Date());
}

describe('Hoàn tác', () => {
  it('lists the journal’s actions and undoes one, restoring the cell', async () => {
    const workbook = memoryWorkbook(await planted());
    await applyC9(workbook);
    expect(workbook.cell('Bieu 02', 'C9')?.value).toBe(22);
    const { user } = await renderWorkbook('Hoàn tác', { workbook });

    const list = await screen.findByRole('list', { name: 'Nhật ký thao tác' });
    expect(within(list).getByText('Áp dụng đề xuất (1 ô)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hoàn tác: Áp dụng đề xuất (1 ô)' }));
    await screen.findByText('Đã hoàn tác “Áp dụng đề xuất (1 ô)”: trả lại 1 ô.');
    expect(workbook.cell('Bieu 02', 'C9')?.value).toBe(220);
    expect(within(list).getByText(/^Đã hoàn tác lúc/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Hoàn tác: / })).toBeNull();
  });

  it('shows the cells changed since instead of overwriting them', async () => {
    const workbook = memoryWorkbook(await planted());
    await applyC9(workbook);
    workbook.edit('Bieu 02', 'C9', { value: 25 });
    const { user } = await renderWorkbook('Hoàn tác', { workbook });
    await user.click(await screen.findByRole('button', { name: /^Hoàn tác: Áp dụng/ }));

    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(
      within(dialog).getByText("'Bieu 02'!C9: htx-plan đã ghi 22, nay ô chứa 25"),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tác', hidden: true }));
    await screen.findByText('Đã hoàn tác “Áp dụng đề xuất (1 ô)”.');
    await dialogClosed();
    expect(workbook.cell('Bieu 02', 'C9')?.value).toBe(25);
    expect(screen.getByText('Giữ nguyên 1 ô bạn đã sửa sau thao tác:')).toBeTruthy();
  });

  it('says first that deleting a sheet clears Excel’s undo stack', async () => {
    const workbook = memoryWorkbook(await planted());
    await exportFindingsSheet(
      workbook,
      await prepareExport(workbook, { lang: 'vi', now: new Date() }),
    );
    const { user } = await renderWorkbook('Hoàn tác', { workbook });
    await user.click(
      await screen.findByRole('button', { name: /^Hoàn tác: Xuất kết quả kiểm tra/ }),
    );
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(within(dialog).getByText(/xóa danh sách Ctrl\+Z/)).toBeTruthy();
    expect(workbook.model.snapshot.sheets).toHaveLength(4);
    await user.click(within(dialog).getByRole('button', { name: 'Hoàn tác', hidden: true }));
    await screen.findByText(/^Đã hoàn tác “Xuất kết quả kiểm tra/);
    expect(workbook.model.snapshot.sheets.map((s) => s.name)).toEqual([
      'Bieu 01',
      'Bieu 02',
      'Bieu 03',
    ]);
  });

  it('says when htx-plan changed nothing', async () => {
    await renderWorkbook('Hoàn tác');
    await screen.findByText('htx-plan chưa thay đổi gì trong sổ làm việc này.');
  });
});
