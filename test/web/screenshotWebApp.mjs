// Screenshots of the built web app (dist/app.html, opened from disk) in Debian Chromium:
//   node test/web/screenshotWebApp.mjs [--lang=en]
// writes docs/images/web-app-start.png, web-app-report.png (several district files and their
// combined report) and web-app-grid.png (a sheet with the findings' cells marked).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumFlags } from '../../scripts/chromiumFlags.mjs';

const args = process.argv.slice(2);
const english = args.includes('--lang=en');
const out = (name) => resolve('docs/images', `web-app-${name}${english ? '-en' : ''}.png`);
const fixture = (name) => resolve('test/fixtures/appendix', name);
const profile = mkdtempSync(join(tmpdir(), 'htx-chromium-'));
const flags = chromiumFlags;

const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: flags,
  viewport: { width: 1440, height: 900 },
  deviceScaleFactor: 1,
});
try {
  mkdirSync(resolve('docs/images'), { recursive: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(resolve('dist/app.html')).href);
  await page.getByRole('button', { name: 'Mở tệp' }).waitFor();
  if (english) await page.getByRole('button', { name: /^EN/ }).click();
  await page.screenshot({ path: out('start') });

  await page
    .locator('input[type=file]')
    .setInputFiles([
      fixture('lang-son-2024-planted.xlsx'),
      fixture('can-tho-2023-planted.xlsx'),
      fixture('quang-ninh-2025-planted.xlsx'),
      fixture('binh-thuan-2024.xlsx'),
    ]);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('tbody tr').length === 5 &&
      ![...document.querySelectorAll('tbody td')].some((cell) =>
        /Đang đọc|Reading/.test(cell.textContent),
      ),
  );
  // The pane's check view beside it, with its first finding clicked: the grid shows its cell.
  const pane = page.locator('aside');
  await pane.getByRole('tab', { name: /^(Kiểm tra|Check)$/ }).click();
  await pane.getByRole('button', { name: /^(Kiểm tra|Check)$/ }).click();
  await pane.getByText(/Kết quả kiểm tra|Check results/).waitFor({ timeout: 60_000 });
  await pane
    .getByRole('button', { name: /^('[^']+'!)?[A-Z]{1,3}\d+/ })
    .first()
    .click();
  await page.getByRole('grid').locator('[aria-selected=true]').waitFor();
  await page.screenshot({ path: out('report') });

  // The grid: the sheet with most marks, scrolled so the marked cells show.
  const tabs = page.getByRole('grid').locator('xpath=..').getByRole('tab');
  const count = await tabs.count();
  await tabs.nth(Math.min(1, count - 1)).click();
  await page.getByRole('grid').locator('[data-mark]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('grid') });
  for (const name of ['start', 'report', 'grid']) console.log(`wrote ${out(name)}`);
  if (errors.length > 0) console.log(`page errors:\n${errors.join('\n')}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
