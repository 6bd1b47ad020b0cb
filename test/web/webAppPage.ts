/**
 * The web app driven through Playwright, one method per step an official takes, so the full
 * flow (check, click a finding, apply, mark, insert a column) adds a method per view.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { distDir, distFile } from '../helpers/distFile';
import { serveDirectory, type StaticServer } from './staticServer';

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

  /** Clicks the finding whose message matches `message`; returns the cell it names first. */
  async clickFinding(message: RegExp): Promise<string> {
    const finding = this.page
      .locator('aside')
      .getByRole('listitem')
      .filter({ hasText: message })
      .getByRole('button', { name: /^('[^']+'!)?[A-Z]{1,3}\d+/ });
    const name = (await finding.textContent()) ?? '';
    await finding.click();
    return /^(?:'[^']+'!)?([A-Z]{1,3}\d+)/.exec(name)?.[1] ?? '';
  }

  /** "Tạo bảng tổng hợp" in the pane's "Tổng hợp" tab; resolves with the sheet it added. */
  async createSummary(): Promise<string> {
    const pane = this.page.locator('aside');
    await pane.getByRole('tab', { name: 'Tổng hợp' }).click();
    await pane.getByRole('button', { name: 'Tạo bảng tổng hợp' }).click();
    // The notice's title ("Đã xong") and message share one element.
    const done = pane.getByText(/Đã tạo trang “.+”\./).last();
    await done.waitFor({ timeout: 60_000 });
    return /“(.+)”/.exec((await done.textContent()) ?? '')?.[1] ?? '';
  }

  /** Picks the workbook on screen among the open ones. */
  async showFile(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Tệp đang xem' }).selectOption({ label: name });
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

  private get pane() {
    return this.page.locator('aside');
  }

  /**
   * "Áp dụng" on the finding whose message matches `message`, then "Ghi giá trị mới" in the
   * confirmation dialog; resolves when the pane says the value was written.
   */
  async applySuggestion(message: RegExp): Promise<AppliedSuggestion> {
    const item = this.pane.getByRole('listitem').filter({ hasText: message });
    await item.getByRole('button', { name: /^Áp dụng đề xuất cho ô / }).click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.waitFor();
    const applied = {
      title: (await dialog.getByRole('heading').first().textContent()) ?? '',
      previous: (await dialog.getByTestId('apply-old').textContent()) ?? '',
      next: (await dialog.getByTestId('apply-new').textContent()) ?? '',
    };
    await dialog.getByRole('button', { name: 'Ghi giá trị mới' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.pane.getByText(/Đã ghi .+; đã kiểm tra lại\.$/).waitFor({ timeout: 60_000 });
    return applied;
  }

  /** "Đánh dấu": colours every finding's cells; returns the pane's notice. */
  async markFindings(): Promise<string> {
    await this.pane
      .getByRole('toolbar', { name: 'Thao tác với kết quả kiểm tra' })
      .getByRole('button', { name: 'Đánh dấu', exact: true })
      .click();
    const notice = this.pane.getByText(/Đã đánh dấu \d+ ô\.$/);
    await notice.waitFor({ timeout: 60_000 });
    return (await notice.textContent()) ?? '';
  }

  /**
   * "Tính toán": the table of `sheet`, "% ƯTH/KH" only, native formulas, the first empty
   * columns; "Xem trước", then "Chèn". Returns the previewed cells (exactly what was written).
   */
  async insertAttainment(sheet: string): Promise<InsertedColumn> {
    const page = this.page;
    await this.pane.getByRole('tab', { name: 'Tính toán' }).click();
    const table = this.pane.getByRole('combobox', { name: 'Bảng' });
    await table.waitFor({ timeout: 60_000 });
    const chosen = new RegExp(`^${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`);
    if (!chosen.test((await table.getAttribute('value')) ?? '')) {
      await table.click();
      await page.getByRole('option', { name: chosen }).click();
    }
    expect(await table.getAttribute('value')).toMatch(chosen);
    for (const [name, wanted] of [
      [/% ƯTH\/KH/, true],
      [/^Tăng trưởng/, false],
      [/^Tỷ trọng/, false],
    ] as const) {
      const box = this.pane.getByRole('checkbox', { name });
      if ((await box.isChecked()) !== wanted) await box.click();
    }
    await this.pane.getByRole('radio', { name: /^Công thức Excel/ }).check();
    await this.pane.getByRole('button', { name: 'Xem trước' }).click();
    const caption = this.pane.getByText(/^Sẽ ghi \d+ ô vào cột .+:$/);
    await caption.waitFor({ timeout: 60_000 });
    const columns = /vào cột (.+):$/.exec((await caption.textContent()) ?? '')?.[1] ?? '';
    const cells = await this.pane
      .getByRole('table', { name: /^Sẽ ghi/ })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const [address, text] = [...row.querySelectorAll('td')].map((c) => c.textContent ?? '');
          return { address, text };
        }),
      );
    await this.pane.getByRole('button', { name: 'Chèn', exact: true }).click();
    await this.pane.getByText(/Đã chèn \d+ công thức vào cột .+\.$/).waitFor({ timeout: 60_000 });
    return { columns, cells };
  }
}

export interface AppliedSuggestion {
  title: string;
  previous: string;
  next: string;
}

export interface InsertedColumn {
  columns: string;
  cells: { address: string; text: string }[];
}

/**
 * The built web app served by a static host and a fresh Chromium for one test file: opened in
 * `beforeAll`, closed in `afterAll`. `url` is the served `app.html`.
 */
export function servedWebApp(executable: string): {
  readonly url: string;
  readonly browser: Awaited<ReturnType<typeof launchBrowser>>;
  newApp(): Promise<WebAppPage>;
} {
  let server: StaticServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    distFile('app.html');
    server = await serveDirectory(distDir);
    browser = await launchBrowser(executable);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const session = {
    get url() {
      return `${server!.url}/app.html`;
    },
    get browser() {
      return browser!;
    },
    async newApp() {
      const app = new WebAppPage(await session.browser.context.newPage());
      await app.goto(session.url);
      return app;
    },
  };
  return session;
}
