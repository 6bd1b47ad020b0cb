import { sheetOf } from '../../../test/helpers/sheetOf';
import type { Finding } from '../rules/finding';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CellEdit, NewSheet } from './editPlan';
import type { JournalEntry } from './journal';
import { uniqueSheetName } from '../workbook/uniqueSheetName';
import { planMarks } from './planMarks';

const now = new Date(2024, 4, 17, 9, 30);

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'sum-of-parts',
    severity: 'error',
    sheet: 'PL I',
    cells: ['C10', 'C5'],
    messageKey: 'rule.sum-of-parts',
    params: {},
    expected: 460,
    actual: 437,
    ...overrides,
  };
}

function workbook(): WorkbookSnapshot {
  const plI = sheetOf([[1, 2, 3]], { name: 'PL I' });
  plI.cells[9] = [
    undefined,
    undefined,
    { value: 437, fill: { pattern: 'solid', color: 'FF00FF00' } },
  ];
  return { sheets: [plI, sheetOf([[1]], { name: 'PL II' })] };
}

const fillsOf = (cells: CellEdit[]) =>
  Object.fromEntries(cells.map((cell) => [cell.address, cell.style?.fill]));

const cellOf = (sheet: NewSheet, address: string) =>
  sheet.cells.find((cell) => cell.address === address);

describe('planning the marks of a check', () => {
  it('fills every cell of every finding by severity, and nothing else', () => {
    const plan = planMarks({ findings: [finding()], snapshot: workbook(), lang: 'vi', now });
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0].sheet).toBe('PL I');
    expect(fillsOf(plan.edits[0].cells)).toEqual({
      C5: { pattern: 'solid', color: 'FFFFC7CE' },
      C10: { pattern: 'solid', color: 'FFFFC7CE' },
    });
    expect(plan.edits[0].cells.every((cell) => cell.write === undefined)).toBe(true);
  });

  it('gives a cell named by several findings the colour of the most severe', () => {
    const findings = [
      finding({ severity: 'info', cells: ['D4'] }),
      finding({ severity: 'error', cells: ['D4'] }),
      finding({ severity: 'warning', cells: ['D4', 'E4'] }),
    ];
    const plan = planMarks({ findings, snapshot: workbook(), lang: 'vi', now });
    expect(fillsOf(plan.edits[0].cells)).toEqual({
      D4: { pattern: 'solid', color: 'FFFFC7CE' },
      E4: { pattern: 'solid', color: 'FFFFEB9C' },
    });
  });

  it('marks sheet-qualified cells on their own sheet and skips sheets the workbook lacks', () => {
    const findings = [finding({ cells: ['C10', "'PL II'!B3", "'Elsewhere'!A1"] })];
    const plan = planMarks({ findings, snapshot: workbook(), lang: 'vi', now });
    expect(plan.edits.map((edit) => [edit.sheet, edit.cells.map((c) => c.address)])).toEqual([
      ['PL I', ['C10']],
      ['PL II', ['B3']],
    ]);
  });

  it('records each marked cell with the fill it had, for unmarking', () => {
    const plan = planMarks({ findings: [finding()], snapshot: workbook(), lang: 'vi', now });
    const marks = plan.journal.filter((entry) => entry.kind === 'mark');
    expect(marks).toEqual([
      expect.objectContaining({ sheet: 'PL I', cell: 'C5', previousFill: { pattern: 'none' } }),
      expect.objectContaining({
        sheet: 'PL I',
        cell: 'C10',
        previousFill: { pattern: 'solid', color: 'FF00FF00' },
      }),
    ]);
    expect(new Set(plan.journal.map((entry) => entry.action)).size).toBe(1);
  });

  it('keeps the original fill on record for a cell an earlier run already marked', () => {
    const journal: JournalEntry[] = [
      {
        kind: 'mark',
        action: 'mark-earlier',
        at: '2024-01-01T00:00:00.000Z',
        sheet: 'PL I',
        cell: 'C10',
        previousFill: { pattern: 'solid', color: 'FF123456' },
      },
    ];
    const plan = planMarks({
      findings: [finding()],
      snapshot: workbook(),
      journal,
      lang: 'vi',
      now,
    });
    expect(plan.journal).toContainEqual(
      expect.objectContaining({
        cell: 'C10',
        previousFill: { pattern: 'solid', color: 'FF123456' },
      }),
    );
  });

  it('takes the present fill again for a cell whose earlier mark was undone', () => {
    const journal: JournalEntry[] = [
      {
        kind: 'mark',
        action: 'mark-earlier',
        at: '2024-01-01T00:00:00.000Z',
        sheet: 'PL I',
        cell: 'C10',
        previousFill: { pattern: 'solid', color: 'FF123456' },
      },
      { kind: 'undone', action: 'mark-earlier', at: '2024-01-02T00:00:00.000Z' },
    ];
    const plan = planMarks({
      findings: [finding()],
      snapshot: workbook(),
      journal,
      lang: 'vi',
      now,
    });
    expect(plan.journal).toContainEqual(
      expect.objectContaining({
        cell: 'C10',
        previousFill: { pattern: 'solid', color: 'FF00FF00' },
      }),
    );
  });

  it('lists accepted findings without filling their cells', () => {
    const accepted = finding({ accepted: { reason: 'đã xác minh', date: '2024-05-01' } });
    const plan = planMarks({ findings: [accepted], snapshot: workbook(), lang: 'vi', now });
    expect(plan.edits).toEqual([]);
    expect(cellOf(plan.newSheets[0], 'F5')?.write).toMatchObject({
      value: expect.stringContaining('đã chấp nhận: đã xác minh'),
    });
  });

  it('adds a results sheet with one row per finding and a link to the cell', () => {
    const findings = [finding(), finding({ severity: 'warning', cells: ['D7'], sheet: 'PL II' })];
    const plan = planMarks({ findings, snapshot: workbook(), lang: 'vi', now });
    const [sheet] = plan.newSheets;
    expect(sheet.name).toBe('Kết quả kiểm tra');
    expect(plan.journal).toContainEqual(
      expect.objectContaining({ kind: 'sheet', sheet: sheet.name }),
    );
    expect(cellOf(sheet, 'A2')?.write).toMatchObject({
      value: expect.stringContaining('17/05/2024'),
    });
    expect(cellOf(sheet, 'A5')?.write).toEqual({ kind: 'number', value: 1 });
    expect(cellOf(sheet, 'C5')?.write).toEqual({
      kind: 'formula',
      formula: `HYPERLINK("#'PL I'!C10","C10")`,
    });
    expect(cellOf(sheet, 'E5')?.write).toEqual({ kind: 'text', value: 'Lỗi' });
    expect(cellOf(sheet, 'E6')?.write).toEqual({ kind: 'text', value: 'Cảnh báo' });
    expect(cellOf(sheet, 'G5')?.write).toEqual({ kind: 'number', value: 460 });
    expect(cellOf(sheet, 'H5')?.write).toEqual({ kind: 'number', value: 437 });
    expect(cellOf(sheet, 'C6')?.write).toMatchObject({ formula: `HYPERLINK("#'PL II'!D7","D7")` });
    expect(sheet.cells.some((cell) => cell.address === 'A7')).toBe(false);
  });

  it('lays the results sheet out for printing: frozen header, A4 landscape, print titles', () => {
    const [sheet] = planMarks({
      findings: [finding()],
      snapshot: workbook(),
      lang: 'vi',
      now,
    }).newSheets;
    expect(sheet.frozen).toEqual({ rows: 4, columns: 0 });
    expect(sheet.printSetup).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: '4:4',
    });
    expect(cellOf(sheet, 'A4')?.style).toMatchObject({
      font: { bold: true },
      fill: { pattern: 'solid' },
    });
    expect(Object.keys(sheet.columnWidths ?? {})).toHaveLength(9);
  });

  it('writes messages as text even when they start with "=", and quotes in links doubled', () => {
    const snapshot = workbook();
    snapshot.sheets[1].name = 'PL "2"';
    const odd = finding({
      sheet: 'PL "2"',
      cells: ['B2'],
      messageKey: 'number-as-text',
      params: { count: '=HYPERLINK("http://x")', firstCell: 'B2' },
    });
    const plan = planMarks({ findings: [odd], snapshot, lang: 'en', now });
    const [sheet] = plan.newSheets;
    expect(sheet.name).toBe('Check results');
    expect(cellOf(sheet, 'C5')?.write).toEqual({
      kind: 'formula',
      formula: `HYPERLINK("#'PL ""2""'!B2","B2")`,
    });
    expect(cellOf(sheet, 'E5')?.write).toEqual({ kind: 'text', value: 'Error' });
    expect(cellOf(sheet, 'F5')?.write).toMatchObject({
      kind: 'text',
      value: expect.stringMatching(/^=HYPERLINK/),
    });
  });

  it('picks a sheet name the workbook does not have yet', () => {
    expect(uniqueSheetName('Kết quả kiểm tra', ['kết quả kiểm tra', 'Kết quả kiểm tra (2)'])).toBe(
      'Kết quả kiểm tra (3)',
    );
    expect(uniqueSheetName('A'.repeat(31), ['A'.repeat(31)])).toHaveLength(31);
  });
});
