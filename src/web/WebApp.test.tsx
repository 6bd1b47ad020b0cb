/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import type { FileWorkbook, WorkbookOpener } from '../ui/files/openedFile';
import { createMemorySettings } from '../ui/localStorageSettings';
import { observeSettings } from './observedSettings';
import { createWebEngine } from './webEngine';
import { createWebOpener } from './webOpener';
import { WebApp } from './WebApp';

// jsdom leaves out the encoders the xlsx reader uses in browsers.
Object.assign(globalThis, { TextDecoder, TextEncoder });
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../test/fixtures/appendix', name)));

/** The web app over the main-thread engine (jsdom has no Worker), the sample from the fixture. */
function renderWebApp() {
  const engine = createWebEngine(() => Promise.reject(new Error('no Worker in jsdom')));
  const workbooks: FileWorkbook[] = [];
  const base = createWebOpener(engine);
  const opener: WorkbookOpener = {
    ...base,
    workbookOf: (name, bytes) => {
      const workbook = base.workbookOf(name, bytes);
      workbooks.push(workbook);
      return workbook;
    },
    sample: async () => fixture('lang-son-2024-planted.xlsx'),
  };
  const user = userEvent.setup();
  render(<WebApp opener={opener} settings={observeSettings(createMemorySettings())} />);
  return { user, workbooks, engine };
}

const fileOf = (name: string, bytes: Uint8Array) => new File([bytes as BlobPart], name);
const report = () => screen.getByRole('table', { name: 'Tổng hợp các tệp' });
const reportRows = () =>
  within(report())
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the web app', () => {
  it('starts with an invitation to open files or the example', () => {
    renderWebApp();
    expect(screen.getByRole('heading', { name: /Kiểm tra phụ lục kế hoạch/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mở tệp' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mở ví dụ' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải xuống' })).toBeNull();
  });

  it('opens several files at once, reports each, and says clearly why one could not be opened', async () => {
    const { user, engine } = renderWebApp();
    await user.upload(screen.getByLabelText(/Mở tệp .xlsx hoặc .xls/), [
      fileOf('Huyện A.xlsx', fixture('lang-son-2024-planted.xlsx')),
      fileOf('hỏng.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])),
      fileOf('ảnh.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
      fileOf('Huyện B.xls', fixture('quang-ngai-2023-planted.xls')),
    ]);
    await waitFor(() =>
      expect(reportRows().filter((row) => row[1] === 'Đang đọc')).toHaveLength(0),
    );
    expect(engine.where()).toBe('main-thread');
    const rows = reportRows();
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['Huyện A.xlsx', 'Đã kiểm tra'],
      ['hỏng.xlsx', 'Không mở được'],
      ['ảnh.xlsx', 'Không mở được'],
      ['Huyện B.xls', 'Đã kiểm tra'],
      ['Cộng 4 tệp', ''],
    ]);
    expect(Number(rows[0][2])).toBeGreaterThan(0);
    expect(rows[1].slice(2)).toEqual(['–', '–', '–']);

    const alerts = screen.getAllByText(/^Không mở được/, { selector: '.fui-MessageBarTitle' });
    expect(alerts.map((alert) => alert.parentElement?.textContent)).toEqual([
      'Không mở được hỏng.xlsxTệp bị hỏng, không đọc được.',
      'Không mở được ảnh.xlsxĐây không phải sổ tính Excel (.xlsx hoặc .xls).',
    ]);
    // The app goes on: the first file is on screen, with its grid and its findings marked.
    expect(screen.getByRole('grid').getAttribute('aria-label')).toBe(
      'Trang tính Bieu 01 (chỉ xem)',
    );
    expect(screen.getByRole('combobox', { name: 'Tệp đang xem' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải xuống' })).toBeTruthy();

    await user.click(within(report()).getByRole('button', { name: 'Huyện B.xls' }));
    expect(screen.getByText('Huyện B.xls là tệp .xls')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải xuống' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('opens the example, shows a selected cell, and re-checks after a change', async () => {
    const { user, workbooks } = renderWebApp();
    await user.click(screen.getByRole('button', { name: 'Mở ví dụ' }));
    await waitFor(() => expect(reportRows()[0][1]).toBe('Đã kiểm tra'));
    expect(reportRows()[0][0]).toBe('Ví dụ Lạng Sơn 2024.xlsx');
    const marked = screen.getByRole('grid').querySelectorAll('[data-mark]');
    expect(marked.length).toBeGreaterThan(0);

    const [workbook] = workbooks;
    await act(() => workbook.selectCell('Bieu 02', 'C6'));
    expect(screen.getByRole('grid').getAttribute('aria-label')).toBe(
      'Trang tính Bieu 02 (chỉ xem)',
    );
    const cell = () => screen.getByRole('grid').querySelector('[data-address="C6"]');
    expect(cell()?.getAttribute('aria-selected')).toBe('true');
    expect(cell()?.textContent).toBe('397');

    await act(() =>
      workbook.applyEditPlan({
        edits: [
          { sheet: 'Bieu 02', cells: [{ address: 'C6', write: { kind: 'number', value: 1234 } }] },
        ],
        newSheets: [],
        journal: [],
      }),
    );
    await waitFor(() => expect(cell()?.textContent).toBe('1.234'));
    expect(reportRows()[0][1]).toBe('Đã kiểm tra');
  });

  it('follows the language chosen in the pane', async () => {
    const { user } = renderWebApp();
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getByRole('button', { name: 'Open files' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the example' })).toBeTruthy();
  });
});
