/**
 * `htx-plan check` end to end on fixture files, as a provincial office runs it over the
 * districts' submissions: the JSON contract of DESIGN.md §4, the readable report and exit codes.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { emptyPlan } from '../../src/core/plan/editPlan';
import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { bytesOf, run, workspace, type Workspace } from './cliHarness';

let space: Workspace;
beforeAll(async () => {
  space = await workspace();
});
afterAll(() => space.remove());

describe('htx-plan check', () => {
  it('prints the JSON document of the contract for one workbook and exits 1 on errors', async () => {
    const file = await space.copy('test/fixtures/appendix/lang-son-2024-planted.xlsx');
    const { code, stdout } = await run(['check', file, '--json']);
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(document.file).toBe(file);
    expect(document.error).toBeNull();
    expect(document.tables[0]).toEqual(
      expect.objectContaining({ sheet: 'Bieu 01', kind: 'indicators', range: expect.any(String) }),
    );
    expect(document.tables[0].columns[0]).toEqual(
      expect.objectContaining({
        column: expect.stringMatching(/^[A-Z]+$/),
        period: expect.any(String),
      }),
    );
    const swapped = document.findings.find(
      (finding: { rule: string; cells: string[] }) =>
        finding.rule === 'status-partition' && finding.cells[0] === 'G17',
    );
    expect(swapped).toMatchObject({
      severity: 'error',
      sheet: 'Bieu 01',
      expected: 437,
      actual: 473,
      suggestion: { cell: 'G17', value: 437 },
    });
    expect(swapped.message).toContain('G17');
    expect(swapped.suggestion.reason).toContain('437');
    expect(document.summary.errors).toBeGreaterThan(0);
  });

  it('exits 0 on a consistent workbook and says there is nothing wrong', async () => {
    const file = await space.copy('test/fixtures/appendix/lang-son-2024.xlsx');
    const { code, stdout } = await run(['check', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('Không có lỗi hay cảnh báo.');
  });

  it('checks every file of a batch, gives unreadable ones an error entry and exits 2', async () => {
    const good = await space.copy('test/fixtures/appendix/can-tho-2023.xlsx');
    const xls = await space.copy('test/fixtures/appendix/quang-ngai-2023-planted.xls');
    const csv = space.path('huyen-a.csv');
    await writeFile(csv, 'STT;Chỉ tiêu;KH\n1;Tổng số HTX;437\n');
    const { code, stdout } = await run(['check', good, xls, csv, '--json', '--lang', 'en']);
    expect(code).toBe(2);
    const documents = JSON.parse(stdout);
    expect(documents).toHaveLength(3);
    expect(documents[0]).toMatchObject({ error: null });
    expect(documents[1].findings.length).toBeGreaterThan(0);
    expect(documents[2]).toMatchObject({ findings: [], error: expect.stringContaining('CSV') });
  });

  it('reports a workbook without appendix tables as an error entry and exits 2', async () => {
    const cover = new ExcelJS.Workbook();
    cover.addWorksheet('Bìa').addRows([['ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN'], ['KẾ HOẠCH 2023']]);
    const file = space.path('bia.xlsx');
    await writeFile(file, new Uint8Array(await cover.xlsx.writeBuffer()));
    const { code, stdout } = await run(['check', file, '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error).toContain('không tìm thấy bảng phụ lục');
  });

  it('groups the readable report by file and sheet, in English when asked', async () => {
    const file = await space.copy('test/fixtures/appendix/quang-ninh-2025-planted.xlsx');
    const { stdout } = await run(['check', file, '--lang', 'en']);
    expect(stdout).toContain(`File ${file}`);
    expect(stdout).toContain('Sheet Biểu số 01');
    expect(stdout).toMatch(/Error \[[a-z-]+\]/);
    expect(stdout).not.toContain('\x1b[');
  });
});

describe('htx-plan check on a workbook whose findings were accepted', () => {
  it('reports the accepted finding as accepted and leaves it out of the exit code', async () => {
    const file = await space.copy('test/fixtures/appendix/binh-thuan-2024.xlsx', 'accepted.xlsx');
    const first = JSON.parse((await run(['check', file, '--json'])).stdout);
    const warning = first.findings.find((f: { severity: string }) => f.severity === 'warning');
    expect(warning).toBeDefined();
    const plan = emptyPlan();
    plan.journal.push({
      kind: 'accepted',
      action: 'accept-1',
      at: '2026-11-20T08:00:00.000Z',
      rule: warning.rule,
      sheet: warning.sheet,
      cell: warning.cells[0],
      reason: 'Số liệu đã được Sở xác nhận',
    });
    const { bytes } = await applyEditPlan(await bytesOf(file), plan);
    await writeFile(file, bytes);

    const { code, stdout } = await run(['check', file, '--json']);
    const again = JSON.parse(stdout).findings.find(
      (f: { rule: string; cells: string[] }) =>
        f.rule === warning.rule && f.cells[0] === warning.cells[0],
    );
    expect(again.accepted).toEqual({ reason: 'Số liệu đã được Sở xác nhận', date: '2026-11-20' });
    expect(JSON.parse(stdout).summary.warnings).toBe(first.summary.warnings - 1);
    expect(code).toBe(0);
  });
});
