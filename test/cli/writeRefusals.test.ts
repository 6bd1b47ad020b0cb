/**
 * `mark` and `native` never write over their input, never replace a file without --force,
 * never prompt, and say why they stopped, with exit code 2.
 */
import { link, readFile, symlink, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { bytesOf, run, workspace, type Workspace } from './cliHarness';

const planted = 'test/fixtures/appendix/can-tho-2023-planted.xlsx';

describe.each(['mark', 'native'])('htx-plan %s refuses', (command) => {
  let space: Workspace;
  beforeEach(async () => {
    space = await workspace();
  });
  afterEach(() => space.remove());

  it('to write over its input, even with --force, and leaves the input untouched', async () => {
    const input = await space.copy(planted);
    const original = await bytesOf(input);
    const result = await run([command, input, '-o', input, '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('trùng với tệp đầu vào');
    expect(await bytesOf(input)).toEqual(original);
  });

  it('to write over its input through another path to it', async () => {
    const input = await space.copy(planted);
    const original = await bytesOf(input);
    await symlink(input, space.path('link.xlsx'));
    await link(input, space.path('hard.xlsx'));
    const roundabout = `${space.dir}/../${basename(space.dir)}/./${basename(input)}`;
    for (const other of [space.path('link.xlsx'), space.path('hard.xlsx'), roundabout]) {
      const output = other;
      const result = await run([command, input, '-o', output, '--force']);
      expect({ other, code: result.code }).toEqual({ other, code: 2 });
    }
    expect(await bytesOf(input)).toEqual(original);
  });

  it('to replace an existing output file unless --force is given', async () => {
    const input = await space.copy(planted);
    const output = space.path('out.xlsx');
    await writeFile(output, 'keep me');
    const refused = await run([command, input, '-o', output]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(output, 'utf8')).toBe('keep me');
    const forced = await run([command, input, '-o', output, '--force']);
    expect(forced.code).toBe(0);
    expect((await readFile(output)).subarray(0, 2).toString()).toBe('PK');
  });

  it('an .xls input, asking for it to be saved as .xlsx first', async () => {
    const input = await space.copy('test/fixtures/appendix/quang-ngai-2023-planted.xls');
    const result = await run([command, input, '-o', space.path('out.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('save it as .xlsx first');
  });

  it.each([
    [
      'a file that is not a workbook',
      Uint8Array.from([0, 159, 146, 150, 1, 2]),
      'không phải sổ tính',
    ],
    ['a damaged workbook', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 9, 9]), 'tệp bị hỏng'],
    ['a missing file', undefined, 'không tìm thấy tệp'],
  ])('%s', async (_, content, message) => {
    const input = space.path('input.xlsx');
    if (content !== undefined) await writeFile(input, content);
    const result = await run([command, input, '-o', space.path('out.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('to run without an output file, saying how to name one', async () => {
    const input = await space.copy(planted);
    const result = await run([command, input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o');
  });
});

describe('htx-plan mark on a workbook without an appendix table', () => {
  it('exits with 2 and writes nothing', async () => {
    const space = await workspace();
    try {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Danh sách').addRow(['Tên', 'Địa chỉ']);
      const input = space.path('list.xlsx');
      await workbook.xlsx.writeFile(input);
      const output = space.path('out.xlsx');
      const result = await run(['mark', input, '-o', output]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('không tìm thấy bảng phụ lục');
      await expect(readFile(output)).rejects.toThrow();
      // native needs no table: a workbook without HTX formulas is copied with nothing rewritten.
      const native = await run(['native', input, '-o', output]);
      expect(native.code).toBe(0);
      expect(native.stdout).toContain('không có công thức nào dùng hàm HTX');
    } finally {
      await space.remove();
    }
  });
});
