import { applyPlan, modelOf } from './applyToSnapshot.testing';
import { findingOf } from './findingOf.testing';
import type { JournalEntry } from './journal';
import {
  applyAccepted,
  planAcceptFinding,
  planApplySuggestion,
  suggestionChange,
} from './planApplySuggestion';
import {
  InvalidDateError,
  MissingReasonError,
  NoSuggestionError,
  SheetNotInSnapshotError,
} from './planErrors';
import { mainSheet, sectorSheet, workbookOf } from './planSheets.testing';

const AT = '2024-05-02T08:00:00.000Z';
const workbook = () =>
  workbookOf(
    mainSheet((rows) => {
      rows[4][4] = 230;
    }),
    sectorSheet(),
  );

describe('planApplySuggestion', () => {
  it('writes the suggested value into its cell and journals what the cell held', () => {
    expect(planApplySuggestion(findingOf(), workbook(), 'fix-1', AT)).toEqual({
      edits: [{ sheet: 'PL I', cells: [{ address: 'E5', write: { kind: 'number', value: 203 } }] }],
      newSheets: [],
      journal: [
        {
          kind: 'write',
          action: 'fix-1',
          at: AT,
          sheet: 'PL I',
          cell: 'E5',
          previous: { kind: 'number', value: 230 },
          written: { kind: 'number', value: 203 },
        },
      ],
    });
  });

  it('follows a sheet-qualified cell to its sheet and records a formula it replaces', () => {
    const finding = findingOf({
      suggestion: { cell: "'PL II'!$D$3", value: 200, reason: 'recompute' },
    });
    const plan = planApplySuggestion(finding, workbook(), 'fix-2', AT);
    expect(plan.edits[0]).toMatchObject({ sheet: 'PL II', cells: [{ address: 'D3' }] });
    expect(plan.journal[0]).toMatchObject({
      sheet: 'PL II',
      cell: 'D3',
      previous: { kind: 'formula', formula: 'SUM(D4:D6)' },
    });
  });

  it('tells the old and the new content for the confirmation', () => {
    expect(suggestionChange(findingOf(), workbook())).toEqual({
      sheet: 'PL I',
      address: 'E5',
      previous: { kind: 'number', value: 230 },
      next: { kind: 'number', value: 203 },
    });
  });

  it('changes nothing but the suggested cell', () => {
    const before = modelOf(workbook());
    const after = applyPlan(before, planApplySuggestion(findingOf(), workbook(), 'fix-1', AT));
    after.snapshot.sheets[0].cells[4][4] = before.snapshot.sheets[0].cells[4][4];
    expect(after.snapshot).toEqual(before.snapshot);
  });

  it.each([
    ['a finding without a suggestion', findingOf({ suggestion: undefined }), NoSuggestionError],
    [
      'a cell on a sheet the workbook lacks',
      findingOf({ suggestion: { cell: "'PL IX'!C5", value: 1, reason: 'recompute' } }),
      SheetNotInSnapshotError,
    ],
  ])('refuses %s with a named error', (_what, finding, error) => {
    expect(() => planApplySuggestion(finding, workbook(), 'fix-3', AT)).toThrow(error);
  });
});

describe('planAcceptFinding and applyAccepted', () => {
  const accept = (reason: string, action = 'accept-1', date = '2024-05-02') =>
    planAcceptFinding(findingOf(), reason, date, action).journal;

  it('journals the acceptance with its reason and touches no cell', () => {
    const plan = planAcceptFinding(findingOf(), '  Số liệu Liên minh HTX  ', '2024-05-02', 'a-1');
    expect(plan.edits).toEqual([]);
    expect(plan.journal).toEqual([
      {
        kind: 'accepted',
        action: 'a-1',
        at: '2024-05-02',
        rule: 'sum-of-parts',
        sheet: 'PL I',
        cell: 'E5',
        reason: 'Số liệu Liên minh HTX',
      },
    ]);
  });

  it.each(['', '   ', '\n'])('refuses the reason %j', (reason) => {
    expect(() => accept(reason)).toThrow(MissingReasonError);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => accept('ok', 'a', '02/05/2024')).toThrow(InvalidDateError);
  });

  it('marks findings accepted by rule, sheet and first cell, with the date of the day', () => {
    const journal = accept('Đã xác minh', 'a', '2024-05-02T09:30:00.000Z');
    const [same, otherCell, otherRule] = applyAccepted(
      [findingOf(), findingOf({ cells: ['E7', 'E5'] }), findingOf({ rule: 'parts-short' })],
      journal,
    );
    expect(same.accepted).toEqual({ reason: 'Đã xác minh', date: '2024-05-02' });
    expect(otherCell.accepted).toBeUndefined();
    expect(otherRule.accepted).toBeUndefined();
  });

  it('keeps the latest reason and forgets acceptances that were undone', () => {
    const journal: JournalEntry[] = [
      ...accept('first', 'a'),
      ...accept('second', 'b', '2024-06-01'),
    ];
    expect(applyAccepted([findingOf()], journal)[0].accepted).toEqual({
      reason: 'second',
      date: '2024-06-01',
    });
    journal.push({ kind: 'undone', action: 'b', at: AT });
    expect(applyAccepted([findingOf()], journal)[0].accepted?.reason).toBe('first');
    journal.push({ kind: 'undone', action: 'a', at: AT });
    expect(applyAccepted([findingOf()], journal)[0].accepted).toBeUndefined();
  });

  it('leaves the findings it is given unchanged', () => {
    const findings = [findingOf()];
    applyAccepted(findings, accept('ok'));
    expect(findings[0].accepted).toBeUndefined();
  });
});
