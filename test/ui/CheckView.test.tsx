/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { summarise } from '../../src/app/reportDocument';
import { HostError } from '../../src/app/workbookErrors';
import { contentsOf } from '../../src/core/plan/applyToSnapshot.testing';
import { markColors } from '../../src/core/plan/markColors';
import { memoryWorkbook } from '../helpers/memoryWorkbook';
import { dialogClosed, planted, renderWorkbook, resultHeadings } from './renderWorkbook';

describe('Kiểm tra', () => {
  it('lists the planted findings by sheet then severity, with counts', async () => {
    const snapshot = await planted();
    const { findings, tables } = checkWorkbook(snapshot);
    const { user } = await renderWorkbook('Kiểm tra', { snapshot });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    const { errors, warnings, infos } = summarise(findings);
    await screen.findByText(
      `Đã kiểm tra ${tables.length} bảng: ${errors} lỗi, ${warnings} cảnh báo, ${infos} ghi chú.`,
    );
    const count = (sheet: string, severity?: string) =>
      findings.filter((f) => f.sheet === sheet && (!severity || f.severity === severity)).length;
    expect(resultHeadings()).toEqual([
      `Trang Bieu 01: ${count('Bieu 01')} phát hiện`,
      `Lỗi: ${count('Bieu 01', 'error')}`,
      `Cảnh báo: ${count('Bieu 01', 'warning')}`,
      `Ghi chú: ${count('Bieu 01', 'info')}`,
      `Trang Bieu 02: ${count('Bieu 02')} phát hiện`,
      `Lỗi: ${count('Bieu 02', 'error')}`,
    ]);
    // Expected and actual values in Vietnamese notation, and the suggested fix.
    const ofWhich = screen.getByRole('button', { name: /^D29/ }).closest('li')!;
    expect(within(ofWhich).getByText('Đúng ra: 3.980 · Đang ghi: 7.200')).toBeTruthy();
    const sum = screen.getByRole('button', { name: /^C9/ }).closest('li')!;
    expect(within(sum).getByText(/^Đề xuất: .*22/)).toBeTruthy();
  });

  it('selects the first cell of a finding, on its own sheet when qualified', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await user.click(await screen.findByRole('button', { name: /^D29/ }));
    await user.click(screen.getByRole('button', { name: /^'Bieu 01'!G17/ }));
    expect(workbook.selected).toEqual([
      { sheet: 'Bieu 01', address: 'D29' },
      { sheet: 'Bieu 01', address: 'G17' },
    ]);
  });

  it('keeps every finding in the Tab order and selects its cell with Enter', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const list = await screen.findByRole('list', { name: 'Bieu 01: Lỗi' });
    // Tab order is DOM order: no finding's button is taken out of it. (Tabster, which Fluent
    // uses for focus, cannot move focus in jsdom, so user.tab() is not simulated; see
    // InsertForm.test.tsx.)
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('tabindex'))).not.toContain('-1');
    const second = buttons.filter((button) => /^[A-Z]+\d+/.test(button.textContent ?? ''))[1];
    second.focus();
    await user.keyboard('{Enter}');
    const cell = /^([A-Z]+\d+)/.exec(second.textContent!)![1];
    expect(workbook.selected).toEqual([{ sheet: 'Bieu 01', address: cell }]);
  });

  it('applies a suggestion after showing the old and new value, then re-checks', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await user.click(await screen.findByRole('button', { name: 'Áp dụng đề xuất cho ô C9' }));

    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(within(dialog).getByText("Ghi giá trị đề xuất vào ô 'Bieu 02'!C9?")).toBeTruthy();
    expect(within(dialog).getByTestId('apply-old').textContent).toBe('220');
    expect(within(dialog).getByTestId('apply-new').textContent).toBe('22');
    expect(workbook.cell('Bieu 02', 'C9')?.value).toBe(220);
    await user.click(within(dialog).getByRole('button', { name: 'Ghi giá trị mới', hidden: true }));

    await screen.findByText("Đã ghi 22 vào ô 'Bieu 02'!C9; đã kiểm tra lại.");
    // Tabster's modalizer can leave aria-hidden behind in jsdom: look at hidden nodes too.
    await dialogClosed();
    expect(workbook.cell('Bieu 02', 'C9')?.value).toBe(22);
    expect(screen.queryByRole('button', { name: /^C9/, hidden: true })).toBeNull();
  });

  it('writes nothing when the apply is cancelled', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await user.click(await screen.findByRole('button', { name: 'Áp dụng đề xuất cho ô C9' }));
    await user.click(await screen.findByRole('button', { name: 'Không ghi', hidden: true }));
    expect(workbook.applied).toEqual([]);
  });

  it('accepts a finding only with a reason, then lists it as accepted and uncounted', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const before = (await screen.findAllByRole('heading', { level: 3 }))[0].textContent;
    const bieu01 = Number(/(\d+) phát hiện/.exec(before ?? '')![1]);

    await user.click(screen.getByRole('button', { name: 'Bỏ qua phát hiện ở ô D29' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await user.click(
      within(dialog).getByRole('button', { name: 'Bỏ qua phát hiện', hidden: true }),
    );
    expect(within(dialog).getByText('Cần nhập lý do trước khi bỏ qua.')).toBeTruthy();
    expect(workbook.applied).toEqual([]);

    await user.type(
      within(dialog).getByRole('textbox', { hidden: true }),
      'Lao động thời vụ là thành viên',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Bỏ qua phát hiện', hidden: true }),
    );
    await screen.findByText('Đã bỏ qua phát hiện ở ô D29; lý do đã được lưu.');
    // Tabster's modalizer can leave aria-hidden behind in jsdom: look at hidden nodes too.
    await dialogClosed();
    expect(workbook.model.journal).toEqual([
      expect.objectContaining({
        kind: 'accepted',
        cell: 'D29',
        reason: 'Lao động thời vụ là thành viên',
      }),
    ]);
    const item = screen.getByRole('button', { name: /^D29/, hidden: true }).closest('li')!;
    expect(
      within(item).getByText(/^Đã chấp nhận ngày \d{4}-\d\d-\d\d: Lao động thời vụ/),
    ).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3, hidden: true })[0].textContent).toBe(
      `Trang Bieu 01: ${bieu01 - 1} phát hiện`,
    );
    expect(screen.getByText('1 đã chấp nhận (không tính)')).toBeTruthy();
  });

  it('marks the findings’ cells and restores every fill exactly when unmarking', async () => {
    const snapshot = await planted();
    // A fill of the user's own on a cell that will be marked, and one on a cell that will not.
    snapshot.sheets[0].cells[16][6] = {
      ...snapshot.sheets[0].cells[16][6]!,
      fill: { pattern: 'solid', color: 'FF00B050' },
    };
    snapshot.sheets[0].cells[0][0] = {
      ...snapshot.sheets[0].cells[0][0]!,
      fill: { pattern: 'solid', color: 'FFFFFF00' },
    };
    const workbook = memoryWorkbook(snapshot);
    const before = contentsOf(workbook.model.snapshot);
    const { user } = await renderWorkbook('Kiểm tra', { workbook });

    await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
    const marked = await screen.findByText(/^Đã đánh dấu \d+ ô\.$/);
    const count = Number(/\d+/.exec(marked.textContent!)![0]);
    expect(count).toBe(workbook.model.journal.filter((e) => e.kind === 'mark').length);
    expect(workbook.cell('Bieu 01', 'G17')?.fill).toEqual({
      pattern: 'solid',
      color: markColors.error,
    });
    expect(workbook.model.snapshot.sheets).toHaveLength(3); // marking adds no sheet

    await user.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await screen.findByText(`Đã xóa đánh dấu ${count} ô, trả lại màu nền cũ.`);
    expect(contentsOf(workbook.model.snapshot)).toEqual(before);
  });

  it('restores the original fills after marking twice', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    const before = contentsOf(workbook.model.snapshot);
    await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
    await screen.findByText(/^Đã đánh dấu/);
    await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
    await waitFor(() => expect(workbook.applied).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await screen.findByText(/^Đã xóa đánh dấu/);
    expect(contentsOf(workbook.model.snapshot)).toEqual(before);
  });

  it('exports the findings as a sheet and as CSV', async () => {
    const saveFile = jest.fn();
    const { user, workbook } = await renderWorkbook('Kiểm tra', { saveFile });
    await user.click(screen.getByRole('button', { name: 'Xuất ra trang tính' }));
    await screen.findByText(/^Đã xuất \d+ phát hiện ra trang “Kết quả kiểm tra”\.$/);
    expect(workbook.model.snapshot.sheets.map((s) => s.name)).toContain('Kết quả kiểm tra');

    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/^Đã kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Xuất CSV' }));
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'ket-qua-kiem-tra.csv', type: 'text/csv;charset=utf-8' }),
    );
    const csv: string = saveFile.mock.calls[0][0].content;
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFTrang,Ô,Quy tắc,Mức độ,Nội dung,Đúng ra,Đang ghi,Đề xuất,Đã chấp nhận',
    );
    expect(csv).toContain('Bieu 02,C9 C7 C10 C13 C8 C11 C12 C6,sum-of-parts,Lỗi,');
    await screen.findByText('Đã tạo tệp ket-qua-kiem-tra.csv.');
  });

  it('shows a port failure in an error bar', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    workbook.failure = new HostError('host-failed', 'Mất kết nối');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const alert = await screen.findByText('Excel báo lỗi: Mất kết nối');
    expect(alert.closest('[role="group"], [aria-live="assertive"], .fui-MessageBar')).toBeTruthy();
    expect(screen.getByText('Không thực hiện được')).toBeTruthy();
  });

  it('re-checks 1,5 s after the user edits a cell, in live mode', async () => {
    const { user, workbook } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('button', { name: /^C9/ });
    await user.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi sửa số liệu' }));
    workbook.edit('Bieu 02', 'C9', { value: 22 });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^C9/ })).toBeNull(), {
      timeout: 10_000,
    });
  });

  it('offers no live mode where the host does not report edits, and no writes when read-only', async () => {
    const workbook = memoryWorkbook(await planted(), {
      liveChanges: false,
      capabilities: { canWrite: false },
    });
    const { user } = await renderWorkbook('Kiểm tra', { workbook });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByText(/chỉ đọc được/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('button', { name: /^D29/ });
    expect(screen.queryByRole('button', { name: /^Áp dụng/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đánh dấu' })).toBeNull();
  });

  it('reads in English after the language switch', async () => {
    const { user } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText(/^Checked 3 tables: \d+ errors, \d+ warnings, \d+ notes\.$/);
    const item = screen.getByRole('button', { name: /^D29/ }).closest('li')!;
    expect(within(item).getByText('Expected: 3,980 · Found: 7,200')).toBeTruthy();
    expect(resultHeadings()[0]).toMatch(/^Sheet Bieu 01: \d+ findings$/);
  });
});
