import { sheetOf } from '../../test/helpers/sheetOf';
import type { JournalEntry } from '../core/plan/journal';
import type { Finding } from '../core/rules/finding';
import { markWorkbook, withAccepted } from './markWorkbook';

const finding: Finding = {
  rule: 'sum-of-parts',
  severity: 'error',
  sheet: 'PL I',
  cells: ['C10', 'C5'],
  messageKey: 'rule.sum-of-parts',
  params: {},
};

const accepted = (reason: string, at: string): JournalEntry => ({
  kind: 'accepted',
  action: `accept-${at}`,
  at,
  rule: 'sum-of-parts',
  sheet: 'PL I',
  cell: 'C10',
  reason,
});

describe('marking a workbook', () => {
  it('carries the latest acceptance recorded in the journal onto its finding', () => {
    const journal = [
      accepted('cũ', '2024-01-02T00:00:00Z'),
      accepted('mới', '2024-03-04T00:00:00Z'),
    ];
    expect(withAccepted([finding], journal)).toEqual([
      { ...finding, accepted: { reason: 'mới', date: '2024-03-04' } },
    ]);
  });

  it('forgets an acceptance whose action was undone', () => {
    const entry = accepted('cũ', '2024-01-02T00:00:00Z');
    const undone: JournalEntry = {
      kind: 'undone',
      action: entry.action,
      at: '2024-02-01T00:00:00Z',
    };
    expect(withAccepted([finding], [entry, undone])).toEqual([finding]);
  });

  it('leaves findings alone when the acceptance is for another cell or rule', () => {
    const other = { ...accepted('x', '2024-01-02T00:00:00Z'), cell: 'C5' } as JournalEntry;
    expect(withAccepted([finding], [other])).toEqual([finding]);
  });

  it('plans only the results sheet for a workbook without findings', () => {
    const snapshot = { sheets: [sheetOf([['Danh sách HTX']], { name: 'Sheet1' })] };
    const { check, plan } = markWorkbook(
      { snapshot, journal: [] },
      { lang: 'vi', now: new Date(2024, 0, 1) },
    );
    expect(check.findings).toEqual([]);
    expect(plan.edits).toEqual([]);
    expect(plan.newSheets.map((sheet) => sheet.name)).toEqual(['Kết quả kiểm tra']);
  });
});
