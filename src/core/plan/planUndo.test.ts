import type { WorkbookSnapshot } from '../workbook/snapshot';
import { applyPlan, contentsOf, type ModelWorkbook, modelOf } from './applyToSnapshot.testing';
import type { EditPlan } from './editPlan';
import { findingOf } from './findingOf.testing';
import type { JournalEntry } from './journal';
import { planCalculationColumns } from './planCalculationColumns';
import { planEntryRules } from './planEntryRules';
import { applyAccepted, planAcceptFinding, planApplySuggestion } from './planApplySuggestion';
import { UndoError } from './planErrors';
import { mainSheet, onlyTable, sectorSheet, workbookOf } from './planSheets.testing';
import { planUndo } from './planUndo';

const AT = '2024-05-02T08:00:00.000Z';
const original = (): WorkbookSnapshot => workbookOf(mainSheet(), sectorSheet());

function calculations(snapshot: WorkbookSnapshot, style: 'native' | 'htx' = 'native'): EditPlan {
  const sheet = snapshot.sheets[0];
  const result = planCalculationColumns(onlyTable(sheet), sheet, {
    kinds: ['attainment', 'growth', 'share'],
    style,
    lang: 'vi',
    action: 'calc',
    at: AT,
  });
  if ('error' in result) throw new Error(result.error);
  return result.plan;
}

/** Applies a plan, then its undo, and gives the workbook as it ends. */
function doThenUndo(plan: (snapshot: WorkbookSnapshot) => EditPlan, action: string) {
  const done = applyPlan(modelOf(original()), plan(original()));
  const undo = planUndo(done.journal, action, done.snapshot, AT);
  return { done, undo, undone: applyPlan(done, undo) };
}

/** What a user does in between: a value typed into one cell. */
function typeInto(model: ModelWorkbook, address: string, value: number): ModelWorkbook {
  return applyPlan(model, {
    edits: [{ sheet: 'PL I', cells: [{ address, write: { kind: 'number', value } }] }],
    newSheets: [],
    journal: [],
  });
}

describe('planUndo: round trips', () => {
  it.each(['native', 'htx'] as const)(
    'gives back the original workbook after %s calculation columns',
    (style) => {
      const { done, undo, undone } = doThenUndo((s) => calculations(s, style), 'calc');
      expect(contentsOf(done.snapshot)).not.toEqual(contentsOf(original()));
      expect(undo.conflicts).toEqual([]);
      expect(contentsOf(undone.snapshot)).toEqual(contentsOf(original()));
    },
  );

  it.each([
    ['a typed number', 'E5'],
    ['a SUM formula on another sheet', "'PL II'!D3"],
  ])('gives back %s replaced by an applied suggestion', (_what, cell) => {
    const finding = findingOf({ suggestion: { cell, value: 999, reason: 'recompute' } });
    const { undone } = doThenUndo((s) => planApplySuggestion(finding, s, 'fix', AT), 'fix');
    expect(contentsOf(undone.snapshot)).toEqual(contentsOf(original()));
  });

  it('removes our entry rules and nothing else', () => {
    const { done, undo, undone } = doThenUndo(
      (s) => planEntryRules([onlyTable(s.sheets[0])], s, 'vi', 'rules', { at: AT }),
      'rules',
    );
    expect(done.validations.get('PL I')?.size).toBe(20);
    expect(undo.edits).toEqual([
      { sheet: 'PL I', cells: [], removeDataValidations: ['D5:G5', 'D7:G9', 'D10:G10'] },
    ]);
    expect(undone.validations.get('PL I')?.size).toBe(0);
  });

  it('restores the fill each marked cell had', () => {
    const marked: JournalEntry[] = [
      {
        kind: 'mark',
        action: 'mark',
        at: AT,
        sheet: 'PL I',
        cell: 'E5',
        previousFill: { pattern: 'none' },
      },
      {
        kind: 'mark',
        action: 'mark',
        at: AT,
        sheet: 'PL I',
        cell: 'E7',
        previousFill: { pattern: 'solid', color: 'FFFFFF00' },
      },
    ];
    const red = { pattern: 'solid' as const, color: 'FFFFC7CE' };
    const done = applyPlan(modelOf(original()), {
      edits: [
        {
          sheet: 'PL I',
          cells: [
            { address: 'E5', style: { fill: red } },
            { address: 'E7', style: { fill: red } },
          ],
        },
      ],
      newSheets: [],
      journal: marked,
    });
    const undone = applyPlan(done, planUndo(done.journal, 'mark', done.snapshot, AT));
    expect(undone.snapshot.sheets[0].cells[4][4]?.fill).toEqual({ pattern: 'none' });
    expect(undone.snapshot.sheets[0].cells[6][4]?.fill).toEqual({
      pattern: 'solid',
      color: 'FFFFFF00',
    });
  });

  it('deletes a sheet the action added and restores nothing on it', () => {
    const done = applyPlan(modelOf(original()), {
      edits: [],
      newSheets: [
        {
          name: 'Kết quả kiểm tra',
          cells: [{ address: 'A1', write: { kind: 'text', value: 'x' } }],
        },
      ],
      journal: [
        { kind: 'sheet', action: 'results', at: AT, sheet: 'Kết quả kiểm tra' },
        {
          kind: 'write',
          action: 'results',
          at: AT,
          sheet: 'Kết quả kiểm tra',
          cell: 'A1',
          previous: { kind: 'blank' },
        },
      ],
    });
    const undo = planUndo(done.journal, 'results', done.snapshot, AT);
    expect(undo.removeSheets).toEqual(['Kết quả kiểm tra']);
    expect(undo.edits).toEqual([]);
    expect(contentsOf(applyPlan(done, undo).snapshot)).toEqual(contentsOf(original()));
  });

  it('ends an acceptance: the finding is reported open again', () => {
    const journal = planAcceptFinding(findingOf(), 'Đã xác minh', '2024-05-02', 'ok').journal;
    const undo = planUndo(journal, 'ok', original(), AT);
    expect(undo.edits).toEqual([]);
    expect(applyAccepted([findingOf()], [...journal, ...undo.journal])[0].accepted).toBeUndefined();
  });

  it('works from the journal alone, as stored in the workbook and read back', () => {
    const done = applyPlan(modelOf(original()), calculations(original()));
    const stored = JSON.parse(JSON.stringify(done.journal)) as JournalEntry[];
    expect(planUndo(stored, 'calc', done.snapshot, AT)).toEqual(
      planUndo(done.journal, 'calc', done.snapshot, AT),
    );
  });
});

describe('planUndo: cells changed since', () => {
  it('leaves a cell the user changed since, reports it, and restores the others', () => {
    const done = typeInto(applyPlan(modelOf(original()), calculations(original())), 'I5', 1.02);
    const undo = planUndo(done.journal, 'calc', done.snapshot, AT);
    expect(undo.conflicts).toEqual([
      {
        sheet: 'PL I',
        cell: 'I5',
        written: { kind: 'formula', formula: 'IF(OR(F5="",E5="",E5=0),"",F5/E5)' },
        now: { kind: 'number', value: 1.02 },
      },
    ]);
    expect(undo.journal).toEqual([
      { kind: 'undone', action: 'calc', at: AT, skipped: ["'PL I'!I5"] },
    ]);
    const undone = applyPlan(done, undo);
    expect(undone.snapshot.sheets[0].cells[4][8]?.value).toBe(1.02);
    expect(contentsOf(undone.snapshot)['PL I']).not.toHaveProperty('R7C9');
  });

  it('leaves an applied suggestion the user typed over', () => {
    const plan = planApplySuggestion(findingOf(), original(), 'fix', AT);
    const done = typeInto(applyPlan(modelOf(original()), plan), 'E5', 205);
    const undo = planUndo(done.journal, 'fix', done.snapshot, AT);
    expect(undo.edits).toEqual([]);
    expect(undo.conflicts.map((c) => c.cell)).toEqual(['E5']);
  });

  it.each([
    ['IF(OR(F5="",E5="",E5=0),"",F5/E5)', 'if(or(F5 = "", E5="",E5=0), "", F5/E5)'],
    ['HTX.ATTAINMENT(F5,E5)', '_xldudf_HTX_ATTAINMENT(F5, E5)'],
    ['HTX.ATTAINMENT(F5,E5)', '=HTX.ATTAINMENT($F$5,$E$5)'],
  ])('counts %s read back as %s as still ours', (written, readBack) => {
    const journal: JournalEntry[] = [
      {
        kind: 'write',
        action: 'calc',
        at: AT,
        sheet: 'PL I',
        cell: 'I5',
        previous: { kind: 'blank' },
        written: { kind: 'formula', formula: written },
      },
    ];
    const snapshot = workbookOf(mainSheet(() => {}, { formulas: { I5: readBack } }));
    expect(planUndo(journal, 'calc', snapshot, AT).conflicts).toEqual([]);
  });
});

describe('planUndo: refusals', () => {
  it('refuses an action the journal does not know', () => {
    expect(() => planUndo([], 'nope', original(), AT)).toThrow(UndoError);
  });

  it('refuses to undo an action twice', () => {
    const { undone } = doThenUndo((s) => calculations(s), 'calc');
    expect(() => planUndo(undone.journal, 'calc', undone.snapshot, AT)).toThrow(
      expect.objectContaining({ reason: 'already-undone' }),
    );
  });
});
