/**
 * The combined report of a province's district files, exported from the built web app both as
 * CSV and as a workbook of its own ("Xuất trang tính").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { chromium, describeWithProgram } from '../helpers/systemProgram';
import { servedWebApp, type WebAppPage } from './webAppPage';

jest.setTimeout(180_000);

const fixture = (name: string) => join(__dirname, '../fixtures/appendix', name);

describeWithProgram(chromium, 'the combined report of several files', (executable) => {
  const session = servedWebApp(executable);
  let app: WebAppPage;

  beforeAll(async () => {
    app = await session.newApp();
    await app.openFiles([
      fixture('lang-son-2024-planted.xlsx'),
      fixture('can-tho-2023-planted.xlsx'),
    ]);
    await app.waitUntilRead();
  });

  async function exported(button: string): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    return {
      name: download.suggestedFilename(),
      bytes: new Uint8Array(readFileSync(await download.path())),
    };
  }

  it('exports every finding of both files as a workbook of its own', async () => {
    const { name, bytes } = await exported('Xuất trang tính');
    expect(name).toMatch(/\.xlsx$/);
    const { snapshot } = await readWorkbookBytes(bytes);
    const rows = snapshot.sheets[0].cells.slice(2).map((row) => row[0]?.value);
    expect(new Set(rows)).toEqual(
      new Set(['lang-son-2024-planted.xlsx', 'can-tho-2023-planted.xlsx']),
    );
    expect(snapshot.sheets[0].cells[0][0]?.value).toBe('Kết quả kiểm tra 2 tệp');
  });

  it('exports the same findings as CSV with a byte-order mark', async () => {
    const { name, bytes } = await exported('Xuất CSV');
    expect(name).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('lang-son-2024-planted.xlsx');
    expect(text).toContain('can-tho-2023-planted.xlsx');
  });
});
