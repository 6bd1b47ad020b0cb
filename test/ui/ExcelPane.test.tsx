/**
 * @jest-environment jsdom
 *
 * The pane over the real Excel adapter and the fake Excel API: what the user does ends up in
 * the (fake) workbook, in a constant number of syncs.
 */
import { screen, within } from '@testing-library/react';
import { createExcelSelection } from '../../src/excel/excelSelection';
import { createFakeExcel } from '../helpers/fakeExcel';
import { renderPane } from './renderPane';

function paneOverExcel() {
  const excel = createFakeExcel({
    sheets: { 'PL I': { D12: 400, E12: 437, F13: 'ghi chú' } },
    selection: 'E12',
  });
  const pane = renderPane({ ports: { selection: createExcelSelection(excel.run) } });
  return { excel, ...pane };
}

describe('the pane in (fake) Excel', () => {
  it('picks the argument cells and writes the formula into the selected cell', async () => {
    const { excel, user } = paneOverExcel();
    await user.click(screen.getByRole('button', { name: 'Chèn HTX.TYLEDAT' }));
    const form = screen.getByRole('form', { name: 'Chèn HTX.TYLEDAT' });
    const pick = (name: string) =>
      user.click(within(form).getByRole('button', { name: `Lấy vùng chọn cho “${name}”` }));

    await pick('thực hiện');
    excel.select('PL I', 'D12');
    await pick('kế hoạch');
    expect(within(form).getByTestId('formula-preview').textContent).toBe(
      '=HTX.ATTAINMENT(E12,D12)',
    );
    excel.select('PL I', 'F12');
    const before = excel.syncCount;
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));

    await within(form).findByText("Đã ghi =HTX.ATTAINMENT(E12,D12) vào ô 'PL I'!F12.");
    expect(excel.contentOf('PL I', 'F12')).toBe('=HTX.ATTAINMENT(E12,D12)');
    // One sync to read the selection, two to check the cell and write.
    expect(excel.syncCount - before).toBe(3);
  });

  it('asks before writing over a cell with data, then writes in one more sync', async () => {
    const { excel, user } = paneOverExcel();
    await user.click(screen.getByRole('button', { name: 'Chèn HTX.DOCSO' }));
    const form = screen.getByRole('form', { name: 'Chèn HTX.DOCSO' });
    await user.type(within(form).getByRole('textbox', { name: 'chữ số' }), '"02"');
    excel.select('PL I', 'F13');
    await user.click(within(form).getByRole('button', { name: 'Chèn vào ô đang chọn' }));
    // In jsdom, Tabster (Fluent's focus manager) sometimes cannot move focus into the dialog and
    // marks it aria-hidden as it would any content outside an active modal; a browser does not.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('ghi chú').parentElement?.textContent).toBe(
      'Ô đang chứa: ghi chú',
    );
    expect(excel.contentOf('PL I', 'F13')).toBe('ghi chú');

    const before = excel.syncCount;
    await user.click(within(dialog).getByRole('button', { name: 'Ghi đè', hidden: true }));
    await within(form).findByText(/Đã ghi/);
    expect(excel.contentOf('PL I', 'F13')).toBe('=HTX.NUMBER("02")');
    expect(excel.syncCount - before).toBe(1);
  });
});
