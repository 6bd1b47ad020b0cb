import { SheetNotFoundError } from '../../src/app/workbookErrors';
import type { CellEdit, EditPlan, NewSheet } from '../../src/core/plan/editPlan';
import type { JournalEntry, MarkEntry } from '../../src/core/plan/journal';
import { cellAddress } from '../../src/core/workbook/address';
import { numberSheet, portOver } from './setup';

const at = '2024-05-02T08:00:00.000Z';

/** `count` cells of column K onwards: formulas dividing column C by B, 10 columns wide. */
function calculationCells(count: number): CellEdit[] {
  return Array.from({ length: count }, (_, i) => {
    const row = 1 + Math.floor(i / 10);
    const column = 10 + (i % 10);
    return {
      address: cellAddress(row, column),
      write: { kind: 'formula', formula: `C${row + 1}/B${row + 1}` },
      style: { numberFormat: '0.0%' },
    };
  });
}

function resultsSheet(name = 'Kết quả kiểm tra'): NewSheet {
  return {
    name,
    cells: [
      { address: 'A1', write: { kind: 'text', value: 'Kết quả' }, style: { font: { bold: true } } },
      { address: 'A2', write: { kind: 'text', value: '=1+1' } },
      { address: 'B2', write: { kind: 'formula', formula: 'HYPERLINK("#\'PL I\'!C5","C5")' } },
    ],
    columnWidths: { A: 40 },
    frozen: { rows: 1, columns: 0 },
    printSetup: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: '1:1' },
    activate: true,
  };
}

function plan(cells: number): EditPlan {
  return {
    edits: [{ sheet: 'PL I', cells: calculationCells(cells) }],
    newSheets: [resultsSheet()],
    journal: [{ kind: 'sheet', action: 'calc-1', at, sheet: 'Kết quả kiểm tra' }],
  };
}

describe('ExcelWorkbook.applyEditPlan', () => {
  it.each([10, 1_000])(
    'applies %i cells, a new sheet and the journal in the same 2 syncs',
    async (cells) => {
      const { excel, port } = portOver({ sheets: { 'PL I': numberSheet(120, 10) } });
      const result = await port.applyEditPlan(plan(cells));
      expect(result.newSheetNames).toEqual(['Kết quả kiểm tra']);
      expect(excel.contentOf('PL I', 'K2')).toBe('=C2/B2');
      expect(excel.sheet('PL I').formats.get('K2')?.numberFormat).toBe('0.0%');
      expect(excel.xmlParts).toHaveLength(1);
      // Sheets and journal parts; then every write.
      expect(excel.syncCount).toBe(2);
    },
  );

  it('writes text that looks like a formula or a number as text', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {} } });
    const texts = ['=1+1', '+84 912', '-A1', '02', 'TRUE', '#REF!', "'quoted"];
    await port.applyEditPlan({
      edits: [
        {
          sheet: 'PL I',
          cells: texts.map((value, i) => ({
            address: `A${i + 1}`,
            write: { kind: 'text', value },
          })),
        },
      ],
      newSheets: [],
      journal: [],
    });
    const cells = texts.map((_, i) => excel.sheet('PL I').cells.get(`A${i + 1}`));
    expect(cells.map((cell) => cell?.value)).toEqual(texts);
    expect(cells.every((cell) => cell?.formula === undefined && !cell?.error)).toBe(true);
    const [sheet] = (await port.readSnapshot()).sheets;
    expect(sheet.cells.map((row) => row[0])).toEqual(texts.map((value) => ({ value })));
  });

  it('names a new sheet after those taken, and the fake refuses a taken name', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {}, 'kết quả kiểm tra': {} } });
    const result = await port.applyEditPlan({ ...plan(1), journal: [] });
    expect(result.newSheetNames).toEqual(['Kết quả kiểm tra (2)']);
    expect(excel.sheetNames()).toEqual(['PL I', 'kết quả kiểm tra', 'Kết quả kiểm tra (2)']);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add('PL I');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('refuses a plan for a missing sheet after one sync, having written nothing', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {} } });
    const applying = port.applyEditPlan({
      ...plan(5),
      edits: [...plan(5).edits, { sheet: 'PL IX', cells: [] }],
    });
    await expect(applying).rejects.toThrow(SheetNotFoundError);
    await expect(applying).rejects.toMatchObject({ code: 'sheet-not-found', sheet: 'PL IX' });
    expect(excel.syncCount).toBe(1);
    expect(excel.contentOf('PL I', 'K2')).toBe('');
    expect(excel.sheetNames()).toEqual(['PL I']);
    expect(excel.xmlParts).toHaveLength(0);
  });

  it('writes the new sheet: text, hyperlink formula, width, panes, page setup, activation', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {} } });
    await port.applyEditPlan(plan(1));
    const sheet = excel.sheet('Kết quả kiểm tra');
    expect(excel.contentOf('Kết quả kiểm tra', 'B2')).toBe('=HYPERLINK("#\'PL I\'!C5","C5")');
    expect(sheet.formats.get('A1')?.font).toEqual({ bold: true });
    expect(sheet.columnWidths.get('A')).toBe(213.75);
    expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$1',
    });
    excel.select('PL I', 'A1');
    await port.applyEditPlan({ ...plan(1), journal: [] });
    expect(excel.sheetNames()).toContain('Kết quả kiểm tra (2)');
  });

  it('chunks a plan over the request budget: one more sync per request', async () => {
    const { excel, port } = portOver(
      { sheets: { 'PL I': numberSheet(10, 10) }, payloadLimit: 20_000 },
      { bytes: 20_000 },
    );
    // Every other row, so that each cell is a block and an action of its own.
    const cells: CellEdit[] = Array.from({ length: 2_000 }, (_, i) => ({
      address: cellAddress(2 * i, 12),
      write: { kind: 'number', value: i },
    }));
    await port.applyEditPlan({ edits: [{ sheet: 'PL I', cells }], newSheets: [], journal: [] });
    expect(excel.contentOf('PL I', 'M3999')).toBe(1_999);
    // 2 000 actions of about 106 bytes: 188 a request of 20 kB, 11 requests.
    expect(excel.syncCount).toBe(1 + 11);
    expect(excel.syncs.every((s) => s.requestBytes <= 20_000)).toBe(true);
  });

  it('applies styles, merges, row heights, validation and conditional formats', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': numberSheet(20, 6) } });
    await port.applyEditPlan({
      edits: [
        {
          sheet: 'PL I',
          cells: ['B2', 'B3', 'C2', 'C3'].map((address) => ({
            address,
            style: {
              fill: { pattern: 'solid', color: 'FFFFC7CE' },
              border: 'thin',
              alignment: { horizontal: 'center', wrapText: true },
            },
          })),
          merges: ['A1:F1'],
          rowHeights: { 1: 30 },
          dataValidations: [
            {
              ranges: ['B2:B20'],
              type: 'whole',
              operator: 'greaterThanOrEqual',
              formula1: '0',
              allowBlank: true,
              prompt: { title: 'Số HTX', message: 'Nhập số nguyên ≥ 0' },
              error: { title: 'Sai', message: 'Phải là số nguyên ≥ 0', style: 'stop' },
            },
          ],
          conditionalFormats: [
            { kind: 'dataBar', range: 'D2:D20', color: 'FF638EC6' },
            { kind: 'iconSet', range: 'E2:E20', icons: '3Arrows', thresholds: [0.9, 1] },
          ],
        },
      ],
      newSheets: [],
      journal: [],
    });
    const sheet = excel.sheet('PL I');
    expect(sheet.formats.get('C3')).toMatchObject({
      fill: { color: '#FFC7CE', pattern: 'Solid' },
      alignment: { horizontalAlignment: 'Center', wrapText: true },
      borders: {
        EdgeTop: { style: 'Continuous', weight: 'Thin' },
        InsideVertical: { style: 'Continuous' },
      },
    });
    expect(sheet.merges).toEqual(['A1:F1']);
    expect(sheet.rowHeights.get(1)).toBe(30);
    expect(sheet.validations).toEqual([
      {
        area: 'B2:B20',
        rule: { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
        ignoreBlanks: true,
        prompt: { showPrompt: true, title: 'Số HTX', message: 'Nhập số nguyên ≥ 0' },
        errorAlert: {
          showAlert: true,
          style: 'Stop',
          title: 'Sai',
          message: 'Phải là số nguyên ≥ 0',
        },
      },
    ]);
    expect(sheet.conditionalFormats).toEqual([
      {
        area: 'D2:D20',
        type: 'DataBar',
        settings: {
          'dataBar.positiveFormat.fillColor': '#638EC6',
          'dataBar.lowerBoundRule': { type: 'LowestValue' },
          'dataBar.upperBoundRule': { type: 'HighestValue' },
        },
      },
      {
        area: 'E2:E20',
        type: 'IconSet',
        settings: {
          'iconSet.style': 'ThreeArrows',
          'iconSet.criteria': [
            {},
            { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=0.9' },
            { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=1' },
          ],
        },
      },
    ]);
    expect(excel.syncCount).toBe(2);
  });

  it('removes only the validation and sheets asked for, outside an undo group', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {}, Cũ: {} } });
    const rule = { ranges: ['B2:B5'], type: 'decimal' as const, formula1: '0' };
    await port.applyEditPlan({
      edits: [
        { sheet: 'PL I', cells: [], dataValidations: [rule, { ...rule, ranges: ['C2:C5'] }] },
      ],
      newSheets: [],
      journal: [],
    });
    expect(excel.runOptions.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    const removal: EditPlan = {
      edits: [{ sheet: 'PL I', cells: [], removeDataValidations: ['B2:B5'] }],
      newSheets: [],
      journal: [],
      removeSheets: ['Cũ'],
    };
    expect(port.clearsUndoStack(removal)).toBe(true);
    await port.applyEditPlan(removal);
    expect(excel.sheet('PL I').validations.map((v) => v.area)).toEqual(['C2:C5']);
    expect(excel.sheetNames()).toEqual(['PL I']);
    expect(excel.runOptions.at(-1)).toEqual({ delayForCellEdit: true });
  });

  it('skips what the host cannot write, with a note, and never calls it', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {} }, apiMinor: 7 });
    const result = await port.applyEditPlan({
      edits: [
        {
          sheet: 'PL I',
          cells: [{ address: 'A1', write: { kind: 'number', value: 1 } }],
          dataValidations: [{ ranges: ['A1'], type: 'whole', formula1: '0' }],
        },
      ],
      newSheets: [resultsSheet()],
      journal: [],
    });
    expect(result.notes).toEqual([
      {
        code: 'feature-skipped',
        params: { feature: 'dataValidation', sheet: 'PL I', requirement: 'ExcelApi 1.8' },
      },
      {
        code: 'feature-skipped',
        params: { feature: 'pageLayout', sheet: 'Kết quả kiểm tra', requirement: 'ExcelApi 1.9' },
      },
    ]);
    expect(excel.contentOf('PL I', 'A1')).toBe(1);
    expect(excel.sheet('Kết quả kiểm tra').frozen).toEqual({ rows: 1, columns: 0 });
    expect(port.capabilities).toMatchObject({
      dataValidation: false,
      pageLayout: false,
      canUndoNatively: false,
    });
  });
});

describe('ExcelWorkbook journal', () => {
  const mark = (cell: string, action = 'mark-1'): MarkEntry => ({
    kind: 'mark',
    action,
    at,
    sheet: 'PL I',
    cell,
    previousFill: { pattern: 'none' },
  });
  const markPlan = (cells: string[], action = 'mark-1'): EditPlan => ({
    edits: [
      {
        sheet: 'PL I',
        cells: cells.map((address) => ({
          address,
          style: { fill: { pattern: 'solid', color: 'FFFFC7CE' } },
        })),
      },
    ],
    newSheets: [],
    journal: cells.map((cell) => mark(cell, action)),
  });

  it('round-trips: entries written are read back, and a later plan appends to them', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': { C5: { value: 1, fill: '#00FF00' } } } });
    await expect(port.readJournal()).resolves.toEqual([]);
    const first = await port.applyEditPlan(markPlan(['C5', 'D5']));
    expect(first.journal).toEqual([
      { ...mark('C5'), previousFill: { pattern: 'solid', color: 'FF00FF00' } },
      mark('D5'),
    ]);
    expect(excel.sheet('PL I').formats.get('C5')?.fill).toEqual({
      color: '#FFC7CE',
      pattern: 'Solid',
    });
    await expect(port.readJournal()).resolves.toEqual(first.journal);

    const accepted: JournalEntry = {
      kind: 'accepted',
      action: 'accept-1',
      at,
      rule: 'sum-of-parts',
      sheet: 'PL I',
      cell: 'C5',
      reason: 'Số liệu "ước" <tạm>',
    };
    const before = excel.syncCount;
    await port.applyEditPlan({ edits: [], newSheets: [], journal: [accepted] });
    // Sheets and parts; the journal's XML; the write.
    expect(excel.syncCount - before).toBe(3);
    await expect(port.readJournal()).resolves.toEqual([...first.journal, accepted]);
    expect(excel.xmlParts).toHaveLength(1);
  });

  it("keeps the user's fill on record when a marked cell is marked again", async () => {
    const { port } = portOver({ sheets: { 'PL I': { C5: { value: 1, fill: '#00FF00' } } } });
    await port.applyEditPlan(markPlan(['C5'], 'mark-1'));
    const again = markPlan(['C5'], 'mark-2');
    again.journal[0] = {
      ...mark('C5', 'mark-2'),
      previousFill: { pattern: 'solid', color: 'FF00FF00' },
    };
    const result = await port.applyEditPlan(again);
    expect(result.journal[0]).toMatchObject({
      previousFill: { pattern: 'solid', color: 'FF00FF00' },
    });
  });

  it('records the fill as it is now when the earlier mark was undone', async () => {
    const { port } = portOver({ sheets: { 'PL I': { C5: 1 } } });
    await port.applyEditPlan(markPlan(['C5'], 'mark-1'));
    await port.applyEditPlan({
      edits: [{ sheet: 'PL I', cells: [{ address: 'C5', style: { fill: { pattern: 'none' } } }] }],
      newSheets: [],
      journal: [{ kind: 'undone', action: 'mark-1', at }],
    });
    const result = await port.applyEditPlan(markPlan(['C5'], 'mark-2'));
    expect(result.journal[0]).toMatchObject({ previousFill: { pattern: 'none' } });
  });

  it('folds several journal parts into one', async () => {
    const xml = (action: string) =>
      `<journal xmlns="urn:htx-plan:journal:1"><entry kind="sheet" action="${action}" at="${at}" sheet="S"/></journal>`;
    const { excel, port } = portOver({
      sheets: { 'PL I': {} },
      customXmlParts: [xml('a'), xml('b')],
    });
    expect((await port.readJournal()).map((e) => e.action)).toEqual(['a', 'b']);
    await port.applyEditPlan({ edits: [], newSheets: [], journal: [mark('A1', 'c')] });
    expect(excel.xmlParts).toHaveLength(1);
    expect((await port.readJournal()).map((e) => e.action)).toEqual(['a', 'b', 'c']);
  });
});
