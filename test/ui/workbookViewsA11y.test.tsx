/**
 * @jest-environment jsdom
 *
 * Structural accessibility checks of the workbook views. No axe package is installed here, so
 * these assert the rules axe would catch most often in these views; an axe run (jest-axe or
 * @axe-core/playwright in the end-to-end suite) is pending that dependency.
 */
import { screen, type ByRoleMatcher } from '@testing-library/react';
import { renderWorkbook } from './renderWorkbook';

const unnamed = (name: string) => name.trim() === '';
const controls: ByRoleMatcher[] = ['textbox', 'combobox', 'checkbox', 'radio', 'switch'];

function assertStructure() {
  // Testing Library computes each element's accessible name, as assistive technology does.
  const nameless = (role: ByRoleMatcher) =>
    screen.queryAllByRole(role, { name: unnamed }).map((element) => element.outerHTML);
  expect(nameless('button')).toEqual([]);
  for (const role of controls) expect(nameless(role)).toEqual([]);
  // Every input the views render has a role above, so none escapes the label check.
  const inputs = document.body.querySelectorAll('input:not([type="hidden"]), textarea, select');
  const checked = controls.flatMap((role) => screen.queryAllByRole(role));
  expect([...inputs].filter((input) => !checked.includes(input as HTMLElement))).toEqual([]);
  // Headings never skip a level on the way down (h1 → h3 without an h2).
  const levels = [...document.body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
    Number(h.tagName[1]),
  );
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - levels[i - 1]).toBeLessThanOrEqual(1);
  });
}

describe('workbook views: structural accessibility', () => {
  it('Kiểm tra, with findings listed', async () => {
    const { user } = await renderWorkbook('Kiểm tra');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/^Đã kiểm tra/);
    assertStructure();
  });

  it('Tính toán, with a preview', async () => {
    const { user } = await renderWorkbook('Tính toán');
    await screen.findByRole('combobox', { name: 'Bảng' });
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    assertStructure();
  });

  it('Quy tắc nhập liệu and Hoàn tác', async () => {
    const { user } = await renderWorkbook('Quy tắc nhập liệu');
    await screen.findByRole('status');
    assertStructure();
    await user.click(screen.getByRole('tab', { name: 'Hoàn tác' }));
    await screen.findByText(/chưa thay đổi gì/);
    assertStructure();
  });
});
