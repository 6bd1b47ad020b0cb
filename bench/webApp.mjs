// The web app in headless Chromium (dist/app.html; run `npm run build` first):
//   - time to usable: page load → the "Mở tệp" button rendered and enabled, served over http
//     and opened from disk;
//   - time to read and check the 63-sheet national workbook of bench/check, and the longest
//     main-thread task meanwhile (PerformanceObserver 'longtask'; aim: none over 200 ms);
//   - scrolling the 30 000-row list sheet: the longest task while scrolling it end to end;
//   - the Excel task pane's initial JavaScript (gzip; aim under 300 KB) and that it holds no
//     xlsx reader or writer (ExcelJS, fflate, SheetJS, the package writer).
// Usage: node bench/webApp.mjs [--json]
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumFlags } from '../scripts/chromiumFlags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
if (!existsSync(path.join(dist, 'app.html'))) {
  console.error('dist/app.html is missing: run npm run build first');
  process.exit(2);
}
const json = process.argv.includes('--json');
const work = mkdtempSync(path.join(tmpdir(), 'htx-bench-web-'));
const ROUNDS = 3;

/** Generates the benchmark workbooks with the checks benchmark's own generator. */
function generateWorkbooks() {
  const script = `
    import { writeFileSync } from 'node:fs';
    import { nationalWorkbook, listWorkbook } from ${JSON.stringify(path.join(root, 'bench/check/generateWorkbooks.ts'))};
    writeFileSync(${JSON.stringify(path.join(work, 'national.xlsx'))}, await nationalWorkbook());
    writeFileSync(${JSON.stringify(path.join(work, 'list.xlsx'))}, await listWorkbook());
  `;
  const file = path.join(work, 'generate.mts');
  writeFileSync(file, script);
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), [file], { stdio: 'inherit' });
}

function serve(directory) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
  const server = createServer((request, response) => {
    const file = path.join(directory, path.normalize(new URL(request.url, 'http://x').pathname));
    if (!file.startsWith(directory) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page before its scripts: records long tasks and when "Mở tệp" is usable. */
function instrument() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (window.__usable) return;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Mở tệp');
    if (button && !button.disabled) window.__usable = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

const longestSince = (page, since) =>
  page.evaluate(
    (from) =>
      Math.max(0, ...window.__longTasks.filter((t) => t.start >= from).map((t) => t.duration)),
    since,
  );

async function timeToUsable(context, url) {
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__usable !== undefined);
    times.push(await page.evaluate(() => window.__usable));
    await page.close();
  }
  return Math.min(...times);
}

async function checkTime(context, url, file) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__usable !== undefined);
  const start = await page.evaluate(() => performance.now());
  await page.locator('input[type=file]').setInputFiles(file);
  const done = await page.waitForFunction(
    () => {
      const cells = [...document.querySelectorAll('tbody td')].map((cell) => cell.textContent);
      return cells.length > 0 && !cells.includes('Đang đọc') ? performance.now() : false;
    },
    undefined,
    { timeout: 300_000, polling: 'raf' },
  );
  const end = await done.jsonValue();
  const result = {
    ms: end - start,
    longestTaskMs: await longestSince(page, start),
    where: await page.evaluate(() => window.htxPlanEngine.where()),
    summary: (await page.locator('tbody tr').first().locator('td').allTextContents()).join(' | '),
  };
  return { page, result };
}

/** Scrolls the grid from top to bottom in 60 steps, one per frame; the longest task meanwhile. */
async function scrollLongSheet(page) {
  await page.getByRole('tab', { name: /Danh sách HTX/ }).click();
  const start = await page.evaluate(() => performance.now());
  const frames = await page.evaluate(async () => {
    const grid = document.querySelector('[role=grid]');
    const times = [];
    for (let i = 1; i <= 60; i++) {
      grid.scrollTop = (grid.scrollHeight * i) / 60;
      const t0 = performance.now();
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      times.push(performance.now() - t0);
    }
    return {
      worstFrameMs: Math.max(...times),
      lastRow: grid.querySelector('[role=rowheader]:last-of-type')?.textContent,
    };
  });
  return { ...frames, longestTaskMs: await longestSince(page, start) };
}

function bundle() {
  const files = ['taskpane.js', 'functions.js'].map((name) => path.join(dist, name));
  const bytes = files.map((file) => readFileSync(file));
  const markers = {
    ExcelJS: 'Worksheet name already exists',
    fflate: 'invalid zip data',
    SheetJS: 'SheetJS',
    'package writer': 'Print title rows must look like',
  };
  const found = Object.entries(markers)
    .filter(([, marker]) => bytes.some((b) => b.includes(marker)))
    .map(([name]) => name);
  return {
    taskpaneGzipKB: +(gzipSync(bytes[0], { level: 9 }).length / 1024).toFixed(1),
    initialGzipKB: +(
      bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024
    ).toFixed(1),
    appGzipKB: +(
      gzipSync(readFileSync(path.join(dist, 'app.js')), { level: 9 }).length / 1024
    ).toFixed(1),
    xlsxCodeInTaskpane: found,
  };
}

generateWorkbooks();
const server = await serve(dist);
const profile = mkdtempSync(path.join(tmpdir(), 'htx-bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: chromiumFlags,
  viewport: { width: 1400, height: 900 },
});
try {
  await context.addInitScript(instrument);
  const httpUrl = `http://127.0.0.1:${server.address().port}/app.html`;
  const fileUrl = pathToFileURL(path.join(dist, 'app.html')).href;
  const figures = {
    usableMs: {
      http: await timeToUsable(context, httpUrl),
      file: await timeToUsable(context, fileUrl),
    },
  };
  const national = await checkTime(context, httpUrl, path.join(work, 'national.xlsx'));
  figures.national63Sheets = national.result;
  await national.page.close();
  const list = await checkTime(context, httpUrl, path.join(work, 'list.xlsx'));
  figures.list30000Rows = { ...list.result, scroll: await scrollLongSheet(list.page) };
  figures.bundle = bundle();
  if (json) console.log(JSON.stringify(figures, null, 2));
  else {
    const r = (ms) => `${Math.round(ms)} ms`;
    console.log(
      `usable after load: ${r(figures.usableMs.http)} over http, ${r(figures.usableMs.file)} from file://`,
    );
    for (const [name, f] of [
      ['63-sheet workbook', figures.national63Sheets],
      ['30 000-row workbook', figures.list30000Rows],
    ]) {
      console.log(
        `${name}: read and checked in ${r(f.ms)} (${f.where}); longest main-thread task ${r(f.longestTaskMs)}`,
      );
    }
    const s = figures.list30000Rows.scroll;
    console.log(
      `scrolling 30 000 rows in 60 frames: worst frame ${r(s.worstFrameMs)}, longest task ${r(s.longestTaskMs)}`,
    );
    const b = figures.bundle;
    console.log(
      `task pane initial JS (gzip): taskpane.js ${b.taskpaneGzipKB} KB, with functions.js ${b.initialGzipKB} KB; web app app.js ${b.appGzipKB} KB`,
    );
    console.log(
      `xlsx reader/writer in the task pane: ${b.xlsxCodeInTaskpane.length ? b.xlsxCodeInTaskpane.join(', ') : 'none'}`,
    );
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
