/**
 * The built web app (dist/app.html) in Debian Chromium, served by a static host and opened
 * from disk (DESIGN.md §7 item 7, §8): open a fixture, see the report, open the example,
 * download, and compare the download with the input part by part. More steps (check view,
 * apply, mark, insert a column) are added as WebAppPage methods when their views land.
 */
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attainment } from '../../src/core/measures';
import { parseCellAddress } from '../../src/core/workbook/address';
import type { WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { distDir, distFile } from '../helpers/distFile';
import { recalculateWithLibreOffice } from '../helpers/libreOffice';
import { assertOnlyChanged, diffPackages } from '../helpers/packageParts';
import { chromium, describeWithProgram, libreOffice } from '../helpers/systemProgram';
import { serveDirectory, type StaticServer } from './staticServer';
import { launchBrowser, WebAppPage, type InsertedColumn } from './webAppPage';
import { cellContents, sheetParts, sheetsThatDiffer } from './workbookComparison';

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

    describe('the full flow on the planted Lạng Sơn workbook', () => {
      const name = 'lang-son-2024-planted.xlsx';
      const statusPartition = /khác số đang hoạt động cộng tạm ngừng hoạt động/;
      const input = new Uint8Array(readFileSync(fixturePath(name)));
      let inserted: InsertedColumn;
      let download: { name: string; bytes: Uint8Array };
      let before: WorkbookSnapshot;
      let after: WorkbookSnapshot;

      it('opens the workbook and runs the checks', async () => {
        await app.openFiles([fixturePath(name)]);
        const rows = await app.waitUntilRead();
        expect(rows.find((row) => row[0] === name)?.[1]).toBe('Đã kiểm tra');
        await app.showFile(name);
        await app.runChecks();
      });

      it('shows the clicked finding’s cell in the grid', async () => {
        const address = await app.clickFinding(statusPartition);
        expect(address).toBe('G17');
        await app.page
          .getByRole('grid')
          .locator('[data-address="G17"][aria-selected=true]')
          .waitFor();
        expect(await app.selectedCell()).toBe('G17');
        expect(await app.gridLabel()).toContain('Bieu 01');
      });

      it('applies the status-partition suggestion on G17 through the confirmation dialog', async () => {
        const applied = await app.applySuggestion(statusPartition);
        expect(applied.title).toContain("'Bieu 01'!G17");
        expect(applied.previous).toBe('473');
        expect(applied.next).toBe('437');
        // Re-checked: the status-partition finding is gone.
        expect(
          await app.page
            .locator('aside')
            .getByRole('listitem')
            .filter({ hasText: statusPartition })
            .count(),
        ).toBe(0);
      });

      it('marks every finding', async () => {
        expect(await app.markFindings()).toMatch(/Đã đánh dấu [1-9]\d* ô\.$/);
      });

      it('inserts a native "% ƯTH/KH" column for the Bieu 01 table', async () => {
        inserted = await app.insertAttainment('Bieu 01');
        expect(inserted.columns).toMatch(/^[A-Z]+$/);
        const formulas = inserted.cells.filter((cell) => cell.text.startsWith('='));
        expect(formulas.length).toBeGreaterThan(10);
        for (const cell of formulas) {
          expect(cell.address.replace(/\d+$/, '')).toBe(inserted.columns);
          expect(cell.text).toMatch(/^=IF\(OR\(/);
          expect(cell.text).not.toMatch(/HTX\./);
        }
      });

      it('downloads a package where only the expected parts changed', async () => {
        download = await app.download();
        expect(download.name).toBe('lang-son-2024-planted-htx-plan.xlsx');
        [before, after] = await Promise.all([
          readWorkbookBytes(input).then((read) => read.snapshot),
          readWorkbookBytes(download.bytes).then((read) => read.snapshot),
        ]);
        const parts = sheetParts(input);
        const touched = sheetsThatDiffer(before, after);
        expect(touched).toContain('Bieu 01');
        const changeable: (string | RegExp)[] = [
          ...touched.map((sheet) => parts[sheet]),
          'xl/styles.xml',
          'xl/sharedStrings.xml',
          'xl/workbook.xml',
          '[Content_Types].xml',
          /(^|\/)_rels\/[^/]+\.rels$/,
        ];
        const matches = (part: string, patterns: (string | RegExp)[]) =>
          patterns.some((p) => (typeof p === 'string' ? p === part : p.test(part)));
        const diff = diffPackages(input, download.bytes);
        expect(diff.changed.filter((part) => !matches(part, changeable))).toEqual([]);
        expect(diff.added.filter((part) => !matches(part, [/^customXml\//]))).toEqual([]);
        expect(diff.removed.filter((part) => part !== 'xl/calcChain.xml')).toEqual([]);
        expect(diff.changed).toContain(parts['Bieu 01']);
        expect(diff.added.some((part) => part.startsWith('customXml/'))).toBe(true);
        // Sheets nothing was done to stay byte for byte.
        for (const [sheet, part] of Object.entries(parts)) {
          if (!touched.includes(sheet)) expect(diff.unchanged).toContain(part);
        }
        const workbookXml = strFromU8(unzipSync(download.bytes)['xl/workbook.xml']);
        expect(workbookXml).toMatch(/<calcPr\b[^>]*\bfullCalcOnLoad="(1|true)"/);
      });

      it('keeps every original cell apart from G17 and the inserted column', () => {
        const old = cellContents(before);
        const next = cellContents(after);
        const insertedAddresses = new Set(inserted.cells.map((cell) => cell.address));
        const expected = structuredClone(old);
        expected['Bieu 01'].G17 = { type: 'number', value: 437 };
        for (const address of insertedAddresses) {
          expect(old['Bieu 01'][address]).toBeUndefined();
        }
        const kept = structuredClone(next);
        for (const address of insertedAddresses) delete kept['Bieu 01'][address];
        expect(kept).toEqual(expected);
        for (const cell of inserted.cells) {
          const content = next['Bieu 01'][cell.address];
          if (cell.text.startsWith('=')) expect(content?.formula).toBe(cell.text.slice(1));
          else expect(content?.value).toBe(cell.text);
        }
      });

      describeWithProgram(libreOffice, 'recalculated by LibreOffice', () => {
        it('the inserted column holds estimate ÷ plan of each row', async () => {
          const dir = mkdtempSync(join(tmpdir(), 'htx-web-e2e-lo-'));
          try {
            const path = join(dir, download.name);
            writeFileSync(path, download.bytes);
            const recalculated = await recalculateWithLibreOffice(path);
            const sheet = recalculated.sheets['Bieu 01'];
            const bieu01 = after.sheets.find((candidate) => candidate.name === 'Bieu 01')!;
            const formulas = inserted.cells.filter((cell) => cell.text.startsWith('='));
            let compared = 0;
            for (const cell of formulas) {
              const { row } = parseCellAddress(cell.address);
              // Estimate 2023 is column G, plan 2023 column E (the table's detected periods).
              const estimate = bieu01.cells[row]?.[parseCellAddress('G1').column]?.value;
              const plan = bieu01.cells[row]?.[parseCellAddress('E1').column]?.value;
              expect(cell.text).toBe(
                `=IF(OR(G${row + 1}="",E${row + 1}="",E${row + 1}=0),"",G${row + 1}/E${row + 1})`,
              );
              const result = sheet[cell.address];
              if (typeof estimate === 'number' && typeof plan === 'number' && plan !== 0) {
                const wanted = attainment(estimate, plan);
                if (!wanted.ok) throw new Error(`${cell.address}: ${wanted.error}`);
                expect(result?.error).toBeUndefined();
                expect(result?.value).toBeCloseTo(wanted.value, 12);
                compared += 1;
              } else if ((estimate ?? '') === '' || (plan ?? '') === '' || plan === 0) {
                expect(result?.value ?? '').toBe('');
              }
            }
            expect(compared).toBeGreaterThan(10);
            // G17 was corrected to 437 before the column was inserted.
            const e17 = bieu01.cells[16][parseCellAddress('E17').column]?.value as number;
            const row17 = formulas.find((cell) => /^[A-Z]+17$/.test(cell.address));
            expect(row17).toBeDefined();
            expect(sheet[row17!.address]?.value).toBeCloseTo(437 / e17, 12);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        });
      });

      it('ran the flow without a page error', () => {
        expect(app.errors).toEqual([]);
      });
    });

    it('ran without a page error', () => {
      expect(app.errors).toEqual([]);
    });
  });
});
