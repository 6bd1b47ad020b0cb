/**
 * An axe-core run over the main views of the built web app in Chromium: the start view, a
 * checked workbook with its report and grid, and every tab of the pane (the same React UI the
 * Excel task pane shows). Serious and critical violations fail the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromium, describeWithProgram } from '../helpers/systemProgram';
import { servedWebApp, type WebAppPage } from './webAppPage';

jest.setTimeout(180_000);

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Fluent UI's focus manager (Tabster) adds `<i data-tabster-dummy tabindex="0" aria-hidden>`
 * guards on purpose; axe reports them as aria-hidden-focus, a known false positive that the
 * Accessibility Insights tools suppress too (https://github.com/microsoft/tabster/issues/288).
 */
const isTabsterGuard = (violation: Violation, node: { html: string }) =>
  violation.id === 'aria-hidden-focus' && node.html.includes('data-tabster-dummy');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForTimeout(400);
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isTabsterGuard(violation, node)),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

describeWithProgram(chromium, 'accessibility of the main views (axe)', (executable) => {
  const session = servedWebApp(executable);
  let app: WebAppPage;

  beforeAll(async () => {
    app = await session.newApp();
    // Colour contrast is measured on settled colours, not halfway through a fade-in.
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
  });

  it('has no serious violation on the start view', async () => {
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('has no serious violation with a checked workbook, its report and its grid', async () => {
    await app.openFiles([join(__dirname, '../fixtures/appendix/lang-son-2024-planted.xlsx')]);
    await app.page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await app.page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await app.page
      .getByText(/Đã kiểm tra/)
      .first()
      .waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it.each(['Hàm HTX', 'Tính toán', 'Quy tắc nhập liệu', 'Tổng hợp', 'Hoàn tác'])(
    'has no serious violation on the %s tab',
    async (tab) => {
      await app.page.getByRole('tab', { name: tab }).click();
      await app.page.waitForTimeout(300);
      expect(await seriousViolations(app.page)).toEqual([]);
    },
  );
});
