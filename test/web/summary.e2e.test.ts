/**
 * "Tạo bảng tổng hợp" in the built web app (issue 6): the button adds the summary sheet to the
 * workbook in memory, and the download contains it, beside every original sheet unchanged.
 */
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { diffPackages } from '../helpers/packageParts';
import { chromium, describeWithProgram } from '../helpers/systemProgram';
import { readFileSync } from 'node:fs';
import { servedWebApp } from './webAppPage';

jest.setTimeout(180_000);

const fixture = join(__dirname, '../fixtures/appendix/quang-ninh-2025.xlsx');

describeWithProgram(chromium, 'the summary sheet from the web app', (executable) => {
  const session = servedWebApp(executable);

  it('adds "Tổng hợp KH 2025" and the download holds it beside the untouched sheets', async () => {
    const app = await session.newApp();
    await app.openFiles([fixture]);
    await app.waitUntilRead();
    expect(await app.createSummary()).toBe('Tổng hợp KH 2025');

    const { name, bytes } = await app.download();
    expect(name).toBe('quang-ninh-2025-htx-plan.xlsx');
    const before = new Uint8Array(readFileSync(fixture));
    const { snapshot } = await readWorkbookBytes(bytes);
    const { snapshot: original } = await readWorkbookBytes(before);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual([
      ...original.sheets.map((sheet) => sheet.name),
      'Tổng hợp KH 2025',
    ]);
    const summary = snapshot.sheets.at(-1)!;
    const formulas = summary.cells.flat().filter((cell) => cell?.formula).length;
    expect(formulas).toBeGreaterThan(50);

    const diff = diffPackages(before, bytes);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.filter((part) => part.startsWith('xl/worksheets/'))).toEqual([]);
    expect(diff.added.some((part) => part.startsWith('xl/worksheets/'))).toBe(true);
    expect(app.errors).toEqual([]);
    await app.page.close();
  });
});
