// Screenshots the built task pane (dist/taskpane.html, opened from disk) in Debian Chromium:
//   node test/ui/screenshotPane.mjs [out.png] [--lang=en] [--search=words]
// Office.js cannot load from file:// offline, so the page shows the guide with its notice.
// --excel: stands in a tiny Office/Excel stub (selection 'PL I'!E12:E14, every cell empty) and
// opens the insert form of HTX.TYLEDAT, to see the form as it looks in Excel.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumFlags } from '../../scripts/chromiumFlags.mjs';

const args = process.argv.slice(2);
const out = resolve(args.find((a) => !a.startsWith('--')) ?? 'docs/images/taskpane-functions.png');
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const profile = mkdtempSync(join(tmpdir(), 'htx-chromium-'));
const flags = chromiumFlags;

const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: flags,
  viewport: { width: 360, height: 900 },
  deviceScaleFactor: 2,
});
try {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (args.includes('--excel')) await page.addInitScript(excelStub);
  await page.goto(pathToFileURL(resolve('dist/taskpane.html')).href);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (option('lang') === 'en') await page.getByRole('button', { name: /^EN/ }).click();
  if (option('search')) await page.getByRole('searchbox').fill(option('search'));
  if (args.includes('--excel')) {
    await page.getByRole('button', { name: /HTX.TYLEDAT$/ }).click();
    await page.getByRole('button', { name: /“thực hiện”|“actual”/ }).click();
    await page.getByRole('textbox', { name: /kế hoạch|plan/ }).fill('D12:');
    await page.getByRole('button', { name: /^(Chèn vào|Insert into)/ }).click();
    await page.getByRole('button', { name: /^(Chèn vào|Insert into)/ }).scrollIntoViewIfNeeded();
  }
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: option('full') === '1' });
  console.log(`wrote ${out}`);
  if (errors.length > 0) console.log(`page errors:\n${errors.join('\n')}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

/** Runs in the page before its scripts: the globals office.js would define, just enough. */
function excelStub() {
  const range = { address: "'PL I'!E12:E14", formulas: [['']], load: () => range };
  const context = {
    workbook: {
      getSelectedRange: () => range,
      worksheets: {
        getItem: () => ({ getRange: () => range }),
        getActiveWorksheet: () => ({ getRange: () => range }),
      },
    },
    sync: async () => {},
  };
  window.Office = { HostType: { Excel: 'Excel' }, onReady: async () => ({ host: 'Excel' }) };
  window.Excel = { run: (batch) => batch(context) };
}
