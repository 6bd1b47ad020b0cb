/**
 * The built web app (dist/app.html) in Debian Chromium, served by a static host and opened
 * from disk (DESIGN.md §7 item 7, §8): open a fixture, see the report, open the example,
 * download, and compare the download with the input part by part. More steps (check view,
 * apply, mark, insert a column) are added as WebAppPage methods when their views land.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { distDir, distFile } from '../helpers/distFile';
import { assertOnlyChanged } from '../helpers/packageParts';
import { chromium, describeWithProgram } from '../helpers/systemProgram';
import { serveDirectory, type StaticServer } from './staticServer';
import { launchBrowser, WebAppPage } from './webAppPage';

jest.setTimeout(180_000);

const fixtures = join(__dirname, '../fixtures/appendix');
const fixturePath = (name: string) => join(fixtures, name);

describeWithProgram(chromium, 'the web app in Chromium', (executable) => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    distFile('app.html');
    server = await serveDirectory(distDir);
    browser = await launchBrowser(executable);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const places: [string, () => string][] = [
    ['served by a static host', () => `${server.url}/app.html`],
    ['opened from disk (file://)', () => pathToFileURL(distFile('app.html')).href],
  ];

  describe.each(places)('%s', (_place, url) => {
    let app: WebAppPage;

    beforeAll(async () => {
      app = new WebAppPage(await browser.context.newPage());
      await app.goto(url());
    });

    afterAll(async () => {
      await app?.page.close();
    });

    it('opens a workbook in the worker and reports its findings', async () => {
      await app.openFiles([
        fixturePath('can-tho-2023-planted.xlsx'),
        fixturePath('quang-ngai-2023.xls'),
      ]);
      const rows = await app.waitUntilRead();
      expect(rows.map((row) => row.slice(0, 2))).toEqual([
        ['can-tho-2023-planted.xlsx', 'Đã kiểm tra'],
        ['quang-ngai-2023.xls', 'Đã kiểm tra'],
        ['Cộng 2 tệp', ''],
      ]);
      expect(Number(rows[0][2])).toBeGreaterThan(0);
      expect(await app.engineWhere()).toBe('worker');
      expect(await app.gridLabel()).toMatch(/^Trang tính .+ \(chỉ xem\)$/);
      expect(await app.markedCells()).toBeGreaterThan(0);
    });

    it('shows a finding’s cell in the grid when the finding is clicked in the check view', async () => {
      await app.runChecks();
      const address = await app.clickFirstFinding();
      expect(address).toMatch(/^[A-Z]+\d+$/);
      await app.page
        .getByRole('grid')
        .locator(`[data-address="${address}"][aria-selected=true]`)
        .waitFor();
      expect(await app.selectedCell()).toBe(address);
    });

    it('opens the bundled example', async () => {
      await app.openSample();
      const rows = await app.waitUntilRead();
      expect(rows[2].slice(0, 2)).toEqual(['Ví dụ Lạng Sơn 2024.xlsx', 'Đã kiểm tra']);
      expect(Number(rows[2][2])).toBeGreaterThan(0);
    });

    it('downloads the workbook on screen under a new name, unchanged when nothing was done', async () => {
      await app.page
        .getByRole('combobox', { name: 'Tệp đang xem' })
        .selectOption({ label: 'can-tho-2023-planted.xlsx' });
      const input = new Uint8Array(readFileSync(fixturePath('can-tho-2023-planted.xlsx')));
      const download = await app.download();
      expect(download.name).toBe('can-tho-2023-planted-htx-plan.xlsx');
      assertOnlyChanged(input, download.bytes, []);
      const [before, after] = await Promise.all([
        readWorkbookBytes(input),
        readWorkbookBytes(download.bytes),
      ]);
      expect(after.snapshot).toEqual(before.snapshot);
    });

    it('ran without a page error', () => {
      expect(app.errors).toEqual([]);
    });
  });
});
