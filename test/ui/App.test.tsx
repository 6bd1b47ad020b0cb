/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { functionCatalog } from '../../src/core/catalog/functionCatalog';
import {
  createLocalStorageSettings,
  createMemorySettings,
} from '../../src/ui/localStorageSettings';
import { notInExcel } from '../../src/taskpane/connectToExcel';
import { renderPane } from './renderPane';

const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('App', () => {
  it('lists every HTX function with its Vietnamese name by default', () => {
    renderPane();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kế hoạch HTX');
    expect(screen.getByRole('tab', { name: 'Hàm HTX' }).getAttribute('aria-selected')).toBe('true');
    expect(headings()).toEqual(functionCatalog.map((f) => `HTX.${f.viName}`));
    const card = screen.getByRole('article', { name: 'HTX.TYLEDAT' });
    expect(within(card).getByText('Trong Excel tiếng Anh: HTX.ATTAINMENT')).toBeTruthy();
    expect(within(card).getByText('=HTX.TYLEDAT(E12; D12)')).toBeTruthy();
    expect(within(card).getByText(/Tỷ lệ đạt kế hoạch/)).toBeTruthy();
  });

  it('switches to English and remembers the choice across remounts', async () => {
    const settings = createMemorySettings();
    const first = renderPane({ settings });
    await first.user.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('HTX Plan');
    expect(headings()).toEqual(functionCatalog.map((f) => `HTX.${f.id}`));
    expect(screen.getByText('=HTX.ATTAINMENT(E12, D12)')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^EN/ }).getAttribute('aria-pressed')).toBe('true');
    expect(settings.get('language')).toBe('en');
    first.unmount();

    renderPane({ settings });
    expect(screen.getByRole('tab', { name: 'HTX functions' })).toBeTruthy();
    await first.user.click(screen.getByRole('button', { name: /^VI/ }));
    expect(headings()[0]).toBe('HTX.TYLEDAT');
  });

  it('remembers the language in localStorage', async () => {
    localStorage.clear();
    const first = renderPane({ settings: createLocalStorageSettings() });
    await first.user.click(screen.getByRole('button', { name: /^EN/ }));
    first.unmount();
    expect(localStorage.getItem('htx-plan.language')).toBe('en');
    renderPane({ settings: createLocalStorageSettings() });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('HTX Plan');
  });

  it('ignores a stored value that is not a language', () => {
    renderPane({ settings: createMemorySettings({ language: 'fr' }) });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kế hoạch HTX');
  });

  it('outside Excel shows the guide, says why inserting is off, and disables "Chèn"', () => {
    renderPane(notInExcel);
    expect(screen.getByText(/cần mở trong Excel/)).toBeTruthy();
    expect(headings()).toHaveLength(functionCatalog.length);
    for (const button of screen.getAllByRole('button', { name: /^Chèn/ })) {
      expect(button.getAttribute('aria-disabled')).toBe('true');
    }
  });
});
