import { journalActions } from './undoAction';
import { findingsCsv } from './findingsCsv';
import type { ReportDocument } from './reportDocument';

const document = (message: string): ReportDocument => ({
  file: 'x.xlsx',
  error: null,
  tables: [],
  findings: [
    {
      rule: 'sum-of-parts',
      severity: 'error',
      sheet: 'PL I',
      cells: ['C10', 'C5'],
      message,
      expected: 460.5,
      actual: 437,
      accepted: { reason: 'số liệu sơ bộ', date: '2024-05-02' },
    },
  ],
  summary: { errors: 0, warnings: 0, infos: 0 },
});

describe('findingsCsv', () => {
  it('writes one row per finding, quoted where needed, with plain numbers', () => {
    const csv = findingsCsv(document('Tổng "460" khác, các phần 437'), 'vi');
    expect(csv.split('\r\n')[1]).toBe(
      'PL I,C10 C5,sum-of-parts,Lỗi,"Tổng ""460"" khác, các phần 437",460.5,437,,2024-05-02: số liệu sơ bộ',
    );
  });

  it.each(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'])(
    'keeps %s from running as a formula in a spreadsheet',
    (message) => {
      expect(findingsCsv(document(message), 'en').split('\r\n')[1]).toContain(`'${message[0]}`);
    },
  );
});

describe('journalActions', () => {
  it('describes each action, newest first, and when it was undone', () => {
    const at = '2024-05-02T08:00:00.000Z';
    const actions = journalActions([
      {
        kind: 'mark',
        action: 'mark-1',
        at,
        sheet: 'PL I',
        cell: 'C5',
        previousFill: { pattern: 'none' },
      },
      {
        kind: 'write',
        action: 'calc-2',
        at,
        sheet: 'PL I',
        cell: 'K5',
        previous: { kind: 'blank' },
      },
      { kind: 'undone', action: 'mark-1', at: '2024-05-03T08:00:00.000Z' },
    ]);
    expect(
      actions.map(({ action, kind, marks, writes, undoneAt }) => ({
        action,
        kind,
        marks,
        writes,
        undoneAt,
      })),
    ).toEqual([
      { action: 'calc-2', kind: 'calc', marks: 0, writes: 1, undoneAt: undefined },
      { action: 'mark-1', kind: 'mark', marks: 1, writes: 0, undoneAt: '2024-05-03T08:00:00.000Z' },
    ]);
  });
});
