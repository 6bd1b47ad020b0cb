import { HostError, SheetNotFoundError } from '../../src/app/workbookErrors';
import { numberSheet, portOver, sheetsOf } from './setup';

describe('ExcelWorkbook.readSnapshot', () => {
  it('reads values, formulas, number formats, errors and hidden sheets into a snapshot', async () => {
    const { port } = portOver({
      sheets: {
        'PL I': {
          B3: 'Chỉ tiêu',
          C3: { value: 437, numberFormat: '#,##0' },
          D3: { formula: '=C3*2', value: 874 },
          E3: { error: '#REF!' },
          F3: { formula: '=1/0', error: '#DIV/0!' },
          G3: { text: '=1+1' },
          H3: { text: '#N/A' },
          B5: true,
        },
        Ẩn: { cells: { A1: 'x' }, visibility: 'Hidden' },
      },
    });
    const snapshot = await port.readSnapshot();
    const [pl, hidden] = snapshot.sheets;
    expect(pl.name).toBe('PL I');
    expect(pl.hidden).toBeUndefined();
    expect(pl.cells[0]).toEqual([]);
    expect(pl.cells[2]).toEqual([
      undefined,
      { value: 'Chỉ tiêu' },
      { value: 437, numberFormat: '#,##0' },
      { value: 874, formula: 'C3*2' },
      { value: { error: '#REF!' } },
      { value: { error: '#DIV/0!' }, formula: '1/0' },
      { value: '=1+1' },
      { value: '#N/A' },
    ]);
    expect(pl.cells[3]).toEqual([]);
    expect(pl.cells[4][1]).toEqual({ value: true });
    expect(hidden).toMatchObject({ name: 'Ẩn', hidden: true, cells: [[{ value: 'x' }]] });
    expect(snapshot.notes).toEqual([]);
  });

  it('reads merged areas of the whole sheet, also those reaching past the used range', async () => {
    const { port } = portOver({
      sheets: { 'PL I': { cells: { A1: 'Phụ lục I', A4: 'STT' }, merges: ['A1:K1', 'A4:A5'] } },
    });
    const [sheet] = (await port.readSnapshot()).sheets;
    expect(sheet.merges).toEqual(['A1:K1', 'A4:A5']);
  });

  it('skips merged areas with a note where ExcelApi 1.13 is missing, without calling it', async () => {
    const { excel, port } = portOver({
      sheets: { 'PL I': { cells: { A1: 'x' }, merges: ['A1:B1'] } },
      apiMinor: 12,
    });
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(snapshot.notes).toEqual([
      { code: 'merges-not-read', params: { requirement: 'ExcelApi 1.13' } },
    ]);
    expect(excel.runOptions[0]).toEqual({ delayForCellEdit: true });
  });

  it('reads a 300-row sheet in 3 syncs: sheets, used ranges, cells', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': numberSheet(300, 12) } });
    const [sheet] = (await port.readSnapshot()).sheets;
    expect(sheet.cells).toHaveLength(300);
    expect(sheet.cells[299][11]).toEqual({ value: 2999 + 11 - 9 });
    expect(excel.syncCount).toBe(3);
  });

  it.each([1, 20])('reads %i sheets in the same 3 syncs', async (count) => {
    const { excel, port } = portOver({ sheets: sheetsOf(count, numberSheet(40, 10)) });
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets).toHaveLength(count);
    expect(snapshot.sheets[count - 1].cells[39][9]).toEqual({ value: 399 });
    expect(excel.syncCount).toBe(3);
  });

  it('reads only the sheets asked for, and refuses a missing one after one sync', async () => {
    const { excel, port } = portOver({ sheets: sheetsOf(3, { A1: 1 }) });
    const snapshot = await port.readSnapshot({ sheets: ['pl 3', 'PL 1'] });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['PL 3', 'PL 1']);
    const before = excel.syncCount;
    await expect(port.readSnapshot({ sheets: ['PL 9'] })).rejects.toThrow(SheetNotFoundError);
    expect(excel.syncCount - before).toBe(1);
  });

  it('gives an empty sheet no cells, in no extra sync', async () => {
    const { excel, port } = portOver({ sheets: { Trống: {}, 'PL I': { A1: 1 } } });
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets[0]).toEqual({ name: 'Trống', cells: [], merges: [] });
    expect(excel.syncCount).toBe(3);
  });
});

describe('ExcelWorkbook.readSnapshot above the request limits', () => {
  // 200 kB requests, 100 bytes a cell: 2 000 cells a request.
  const limits = { bytes: 200_000, bytesPerCell: 100 };
  const big = numberSheet(3_000, 10);

  it('translates a row too large for any request into a HostError', async () => {
    const { port } = portOver({
      sheets: { 'PL I': { A1: 'x'.repeat(2_000) } },
      payloadLimit: 1_000,
    });
    const reading = port.readSnapshot();
    await expect(reading).rejects.toThrow(HostError);
    await expect(reading).rejects.toMatchObject({
      code: 'host-failed',
      params: { detail: expect.stringMatching(/^ResponsePayloadSizeLimitExceeded/) },
    });
  });

  it('reads a sheet over the budget in row chunks: 2 syncs + one per chunk', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': big }, payloadLimit: 200_000 }, limits);
    const progress: [number, number][] = [];
    const [sheet] = (
      await port.readSnapshot({ onProgress: (done, total) => progress.push([done, total]) })
    ).sheets;
    expect(sheet.cells).toHaveLength(3_000);
    expect(sheet.cells[2_999][9]).toEqual({ value: 29_999 });
    expect(excel.syncCount).toBe(2 + 15);
    expect(excel.syncs.every((s) => s.responseBytes <= 200_000)).toBe(true);
    expect(progress).toHaveLength(15);
    expect(progress[14]).toEqual([30_000, 30_000]);
  });

  it('packs small sheets beside a large one, never one sync per sheet', async () => {
    const sheets = { ...sheetsOf(20, numberSheet(10, 10)), Lớn: big };
    const { excel, port } = portOver({ sheets, payloadLimit: 200_000 }, limits);
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets).toHaveLength(21);
    // 20 × 100 + 30 000 cells = 32 000 cells: 16 requests of 2 000.
    expect(excel.syncCount).toBe(2 + 16);
  });

  it('reads a request again in halves when Excel finds it too large after all', async () => {
    // The estimate (5 bytes a cell) is far too low: every request is refused, then halved.
    const { excel, port } = portOver(
      { sheets: { 'PL I': numberSheet(400, 10) }, payloadLimit: 50_000 },
      { bytes: 50_000, bytesPerCell: 5 },
    );
    const [sheet] = (await port.readSnapshot()).sheets;
    expect(sheet.cells[399][9]).toEqual({ value: 3_999 });
    const refused = excel.syncs.filter((s) => s.responseBytes > 50_000);
    expect(refused.length).toBeGreaterThan(0);
    expect(excel.syncCount).toBeGreaterThan(3 + refused.length);
  });
});
