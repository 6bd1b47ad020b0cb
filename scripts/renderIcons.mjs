// Renders assets/icon.svg (and its 16 px variant assets/icon-16.svg) to the PNG icons the
// manifest points at. The PNGs are committed; run this only after changing an SVG:
//   node scripts/renderIcons.mjs
// Chromium draws the SVG, so the PNGs match what a browser shows (DESIGN.md §8: Debian
// chromium through playwright-core, never a downloaded browser).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags } from './chromiumFlags.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(root, 'assets');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Each size with the drawing it is rendered from: below 32 px the full drawing blurs.
const icons = [
  { size: 16, svg: 'icon-16.svg' },
  { size: 32, svg: 'icon.svg' },
  { size: 64, svg: 'icon.svg' },
  { size: 80, svg: 'icon.svg' },
  { size: 128, svg: 'icon.svg' },
];

const flags = chromiumFlags;

function pageFor(svgText, size) {
  const src = `data:image/svg+xml;base64,${Buffer.from(svgText).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:transparent">
    <img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`;
}

async function main() {
  const profile = mkdtempSync(join(tmpdir(), 'htx-icons-'));
  // A fresh profile each run; playwright passes it to Chromium as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: flags,
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    for (const { size, svg } of icons) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(pageFor(readFileSync(join(assets, svg), 'utf8'), size));
      await page.waitForFunction(() => document.images[0]?.complete);
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(assets, `icon-${size}.png`), png);
      console.log(`assets/icon-${size}.png ← ${svg}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
