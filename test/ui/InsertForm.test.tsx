/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { SheetNotFoundError } from '../../src/app/workbookErrors';
import { renderPane, stubSelection } from './renderPane';

async function openInsert(name = 'HTX.TYLEDAT', selection = stubSelection()) {
  const pane = renderPane({ ports: { selection } });
  await pane.user.click(screen.getByRole('button', { name: `Chèn ${name}` }));
  const form = screen.getByRole('form', { name: `Chèn ${name}` });
  return { ...pane, selection, form, field: (label: string) => fieldIn(form, label) };
}

const fieldIn = (form: HTMLElement, label: string) =>
  within(form).getByRole('textbox', { name: label });

const preview = (form: HTMLElement) => within(form).getByTestId('formula-preview').textContent;

describe('inserting a function', () => {
  it('fills a field from the selection with "Lấy vùng chọn"', async () => {
    const selection = stubSelection("'PL I'!E12");
    const { user, form, field } = await openInsert('HTX.TYLEDAT', selection);
    await user.click(within(form).getByRole('button', { name: 'Lấy vùng chọn cho “thực hiện”' }));
    expect((field('thực hiện') as HTMLInputElement).value).toBe("'PL I'!E12");
    // The selection's sheet is the formula's sheet, so the preview leaves the name out.
    expect(preview(form)).toBe('=HTX.ATTAINMENT(E12,…)');
  });

  it('writes the English formula into the selected cell through the port', async () => {
    const { user, form, field, selection } = await openInsert();
    await user.type(field('thực hiện'), 'E12');
    await user.type(field('kế hoạch'), 'd12');
    expect(preview(form)).toBe('=HTX.ATTAINMENT(E12,D12)');
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    expect(selection.writes).toEqual([
      { address: 'Sheet1!F12', formula: '=HTX.ATTAINMENT(E12,D12)' },
    ]);
    expect(
      within(form).getByText('Đã ghi =HTX.ATTAINMENT(E12,D12) vào ô Sheet1!F12.'),
    ).toBeTruthy();
  });

  it('omits a blank optional argument and writes quoted text', async () => {
    const { user, form, field, selection } = await openInsert('HTX.PHANBOVON');
    await user.type(field('tổng vốn'), '10');
    await user.type(field('các tỷ lệ'), 'C5:C7');
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    expect(selection.writes[0].formula).toBe('=HTX.CAPITAL_SPLIT(10,C5:C7)');
  });

  it('explains an invalid address in Vietnamese and writes nothing', async () => {
    const { user, form, field, selection } = await openInsert();
    await user.type(field('thực hiện'), 'E12:');
    await user.type(field('kế hoạch'), 'D12');
    expect(
      within(form).getByText(/“E12:” không phải địa chỉ ô, số hay chữ trong ngoặc kép/),
    ).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    expect(selection.writes).toEqual([]);
    expect(field('thực hiện').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('thực hiện'));
  });

  it.each([
    ['E12:E14', 'cần một ô, không phải một vùng: “E12:E14” có nhiều ô.'],
    ['1.022', '“1.022” chưa rõ: viết 1022 nếu là số nguyên, hoặc 1,022 nếu là số thập phân.'],
    ['"bốn"', undefined],
  ])('checks %s as it is typed', async (typed, message) => {
    const { user, form, field } = await openInsert();
    await user.type(field('thực hiện'), typed);
    const shown = field('thực hiện').getAttribute('aria-invalid') === 'true';
    expect(shown).toBe(message !== undefined);
    if (message) expect(within(form).getByText(message, { exact: false })).toBeTruthy();
  });

  it('asks for a missing argument only once the user tries to insert', async () => {
    const { user, form, field, selection } = await openInsert();
    await user.type(field('thực hiện'), 'E12');
    expect(within(form).queryByText('Cần nhập “kế hoạch”.')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    expect(within(form).getByText('Cần nhập “kế hoạch”.')).toBeTruthy();
    expect(selection.writes).toEqual([]);
  });

  it('shows a host failure in an error MessageBar, in Vietnamese', async () => {
    const { user, form, field, selection } = await openInsert();
    await user.type(field('thực hiện'), 'E12');
    await user.type(field('kế hoạch'), 'D12');
    selection.failure = new SheetNotFoundError('PL IX');
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    const alert = await within(form).findByText(/Không có trang tính tên “PL IX”/);
    expect(alert).toBeTruthy();
    expect(within(form).getByText('Không thực hiện được')).toBeTruthy();
  });

  it('shows an unexpected failure too, rather than swallowing it', async () => {
    const { user, form, selection } = await openInsert();
    selection.failure = new TypeError('boom');
    await user.click(within(form).getByRole('button', { name: 'Lấy vùng chọn cho “kế hoạch”' }));
    expect(within(form).getByText('Lỗi không lường trước: TypeError: boom')).toBeTruthy();
  });

  it('refuses to write a formula into one of its own arguments', async () => {
    const { user, form, field, selection } = await openInsert(
      'HTX.TYLEDAT',
      stubSelection('Sheet1!E12'),
    );
    await user.type(field('thực hiện'), 'E12');
    await user.type(field('kế hoạch'), 'D12');
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    expect(within(form).getByText(/Ô Sheet1!E12 là một đối số của hàm/)).toBeTruthy();
    expect(selection.writes).toEqual([]);
  });
});

describe('a cell that already holds data', () => {
  async function insertOverData() {
    const selection = stubSelection('Sheet1!F12');
    selection.occupied['Sheet1!F12'] = '=SUM(F1:F11)';
    const pane = await openInsert('HTX.TYLEDAT', selection);
    await pane.user.type(pane.field('thực hiện'), 'E12');
    await pane.user.type(pane.field('kế hoạch'), 'D12');
    await pane.user.click(within(pane.form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    // In jsdom, Tabster (Fluent's focus manager) sometimes cannot move focus into the dialog and
    // marks it aria-hidden as it would any content outside an active modal; a browser does not.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { hidden: true }).textContent).toBe(
      'Ô Sheet1!F12 đã có dữ liệu — ghi đè?',
    );
    return { ...pane, dialog };
  }

  it('is overwritten only after the user confirms', async () => {
    const { user, dialog, selection, form } = await insertOverData();
    expect(within(dialog).getByText('=SUM(F1:F11)').parentElement?.textContent).toBe(
      'Ô đang chứa: =SUM(F1:F11)',
    );
    expect(selection.writes).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Ghi đè', hidden: true }));
    expect(selection.writes).toEqual([
      { address: 'Sheet1!F12', formula: '=HTX.ATTAINMENT(E12,D12)', options: { overwrite: true } },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(within(form).getByText(/Đã ghi/)).toBeTruthy();
  });

  it('is left alone when the user presses Escape', async () => {
    const { user, selection, form } = await insertOverData();
    await user.keyboard('{Escape}');
    expect(selection.writes).toEqual([]);
    expect(within(form).getByText('Chưa ghi gì: ô Sheet1!F12 giữ nguyên.')).toBeTruthy();
  });

  it('is left alone when the user declines', async () => {
    const { user, dialog, selection, form } = await insertOverData();
    await user.click(within(dialog).getByRole('button', { name: 'Không ghi', hidden: true }));
    expect(selection.writes).toEqual([]);
    expect(within(form).getByText('Chưa ghi gì: ô Sheet1!F12 giữ nguyên.')).toBeTruthy();
  });
});

describe('keyboard', () => {
  it('reaches the form and submits it with Enter', async () => {
    const selection = stubSelection('Sheet1!F5');
    const { user } = renderPane({ ports: { selection } });
    screen.getByRole('button', { name: 'Chèn HTX.TYLEDAT' }).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Chèn HTX.TYLEDAT' });
    expect(document.activeElement).toBe(fieldIn(form, 'thực hiện'));
    // Tab order is DOM order: nothing in the form is taken out of it. (Tabster, which Fluent
    // uses for focus, cannot move focus in jsdom, so user.tab() is not simulated here.)
    const focusable = form.querySelectorAll('input, button');
    expect([...focusable].map((element) => element.getAttribute('tabindex'))).not.toContain('-1');
    expect(
      [...focusable].map((element) => element.getAttribute('aria-label') ?? element.textContent),
    ).toEqual([
      '',
      'Lấy vùng chọn cho “thực hiện”',
      '',
      'Lấy vùng chọn cho “kế hoạch”',
      'Chèn vào ô đang chọn',
      'Đóng',
    ]);
    await user.keyboard('E5');
    fieldIn(form, 'kế hoạch').focus();
    await user.keyboard('D5{Enter}');
    expect(selection.writes).toEqual([{ address: 'Sheet1!F5', formula: '=HTX.ATTAINMENT(E5,D5)' }]);
  });
});
