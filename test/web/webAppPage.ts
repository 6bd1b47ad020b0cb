/**
 * The web app driven through Playwright, one method per step an official takes, so the full
 * flow (check, click a finding, apply, mark, insert a column) adds a method per view.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A fresh Chromium profile per run, removed on close. */
export async function launchBrowser(executablePath: string): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'htx-web-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: chromiumFlags,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export class WebAppPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('button', { name: 'Mở tệp' }).waitFor();
  }

  /** Chooses files in "Mở tệp" (several at once, as the file dialog allows). */
  async openFiles(paths: string[]): Promise<void> {
    await this.page.getByLabel(/Mở tệp .xlsx hoặc .xls/).setInputFiles(paths);
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mở ví dụ' }).click();
  }

  /** The combined report's rows: file, status, errors, warnings, notes. */
  async reportRows(): Promise<string[][]> {
    const table = this.page.getByRole('table', { name: 'Tổng hợp các tệp' });
    await table.waitFor();
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
      );
  }

  /** Waits until no file is being read any more. */
  async waitUntilRead(): Promise<string[][]> {
    const table = this.page.getByRole('table', { name: 'Tổng hợp các tệp' });
    await table.waitFor();
    await this.page.waitForFunction(
      () =>
        ![...document.querySelectorAll('tbody td')].some((cell) => cell.textContent === 'Đang đọc'),
      undefined,
      { timeout: 60_000 },
    );
    return this.reportRows();
  }

  /** "Kiểm tra" in the pane: the check view's own run over the workbook on screen. */
  async runChecks(): Promise<void> {
    const pane = this.page.locator('aside');
    await pane.getByRole('tab', { name: 'Kiểm tra' }).click();
    await pane.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await pane.getByText('Kết quả kiểm tra').waitFor({ timeout: 60_000 });
  }

  /** Clicks the first finding of the check view; returns the cell it names first. */
  async clickFirstFinding(): Promise<string> {
    const finding = this.page
      .locator('aside')
      .getByRole('button', { name: /^('[^']+'!)?[A-Z]{1,3}\d+/ })
      .first();
    const name = (await finding.textContent()) ?? '';
    await finding.click();
    return /^(?:'[^']+'!)?([A-Z]{1,3}\d+)/.exec(name)?.[1] ?? '';
  }

  /** The cell the grid outlines (after a finding was clicked). */
  selectedCell(): Promise<string | null> {
    return this.page.getByRole('grid').locator('[aria-selected=true]').getAttribute('data-address');
  }

  /** "Tải xuống": the downloaded file's name and bytes. */
  async download(): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Tải xuống' }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
  }

  /** Where the reading and checking ran: the blob worker, or the main thread as a fallback. */
  engineWhere(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { htxPlanEngine: { where(): string } }).htxPlanEngine.where(),
    );
  }

  gridLabel(): Promise<string | null> {
    return this.page.getByRole('grid').getAttribute('aria-label');
  }

  markedCells(): Promise<number> {
    return this.page.getByRole('grid').locator('[data-mark]').count();
  }
}
