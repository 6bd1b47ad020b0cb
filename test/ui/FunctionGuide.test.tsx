/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane } from './renderPane';

const headings = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('FunctionGuide search', () => {
  it.each([
    ['ty le', 'HTX.TYLEDAT'],
    ['TỶ LỆ ĐẠT', 'HTX.TYLEDAT'],
    ['tyledat', 'HTX.TYLEDAT'],
    ['attainment', 'HTX.TYLEDAT'],
    ['doi don vi', 'HTX.DOIDONVI'],
    ['weighted', 'HTX.BINHQUANGIAQUYEN'],
  ])('typing %p finds %s, ignoring diacritics and case', async (query, name) => {
    const { user } = renderPane();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm hàm' }), query);
    expect(headings()).toContain(name);
    expect(headings().length).toBeLessThan(9);
  });

  it('narrows to the functions matching every word', async () => {
    const { user } = renderPane();
    await user.type(screen.getByRole('searchbox'), 'ty le dat');
    expect(headings()).toEqual(['HTX.TYLEDAT']);
  });

  it('says so when nothing matches, and shows all again when cleared', async () => {
    const { user } = renderPane();
    const search = screen.getByRole('searchbox');
    await user.type(search, 'xyz');
    expect(screen.getByRole('status').textContent).toBe('Không có hàm nào khớp với “xyz”.');
    await user.clear(search);
    expect(headings()).toHaveLength(9);
  });
});
