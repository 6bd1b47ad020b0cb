/**
 * The README's pictures of a summary sheet (issue 6): builds the summary of a fixture with the
 * command line's own code, prints the sheet to PDF through LibreOffice
 * (renderSummaryImages.py) and shoots the first page of each PDF with headless Chromium's PDF
 * viewer, so no pdftoppm is needed (LibreOffice without its GUI has no PNG export).
 *
 *   npx tsx test/summary/renderSummaryImages.ts [FIXTURE.xlsx] [OUT_DIR]
 *
 * Needs LibreOffice (`apt-get install -y libreoffice-calc-nogui python3-uno`) and Debian's
 * `chromium`. Writes OUT_DIR/summary-sheet.png and OUT_DIR/summary-print.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { main } from '../../src/cli/main';

const root = resolve(__dirname, '..', '..');

async function render(fixture: string, outDir: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'htx-summary-images-'));
  try {
    const output = join(work, 'summary.xlsx');
    const printed: string[] = [];
    const code = await main(['summary', fixture, '-o', output, '--json'], {
      out: (text) => printed.push(text),
      err: (text) => console.error(text),
      isTerminal: false,
    });
    if (code !== 0) throw new Error(`htx-plan summary exited with ${code}`);
    const { sheet } = JSON.parse(printed.join('\n')) as { sheet: string };
    // Number formats show "10.450" and "109,0%" as a Vietnamese reader's Excel does.
    const env = { ...process.env, LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' };
    execFileSync(
      '/usr/bin/python3',
      [join(__dirname, 'renderSummaryImages.py'), output, sheet, work],
      {
        env,
        stdio: 'inherit',
        timeout: 180_000,
      },
    );
    const browser = await chromium.launchPersistentContext(join(work, 'chromium'), {
      executablePath: '/usr/bin/chromium',
      viewport: { width: 1188, height: 840 },
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      // A4 landscape (297 × 210 mm) for the printed page, 300 × 420 mm for the whole sheet;
      // the viewer fits the first page to the window.
      const sizes = { 'summary-print': [1188, 840], 'summary-sheet': [900, 1260] } as const;
      for (const [name, [width, height]] of Object.entries(sizes)) {
        const page = await browser.newPage();
        await page.setViewportSize({ width, height });
        await page.goto(`file://${join(work, `${name}.pdf`)}#toolbar=0&navpanes=0&view=Fit`);
        await page.waitForTimeout(3000);
        await page.screenshot({ path: join(outDir, `${name}.png`) });
        await page.close();
      }
    } finally {
      await browser.close();
    }
    console.log(
      `Wrote ${join(outDir, 'summary-sheet.png')} and ${join(outDir, 'summary-print.png')}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [
  fixture = join(root, 'test/fixtures/rich/rich-can-tho-2023.xlsx'),
  outDir = join(root, 'docs/images'),
] = process.argv.slice(2);
render(resolve(fixture), resolve(outDir)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
