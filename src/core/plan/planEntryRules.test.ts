import type { CellInput } from '../../../test/helpers/sheetOf';
import { applyPlan, modelOf } from './applyToSnapshot.testing';
import type { DataValidationRule, EditPlan } from './editPlan';
import type { JournalEntry } from './journal';
import { planEntryRules, planRemoveEntryRules, removeEntryRulesPlan } from './planEntryRules';
import { mainSheet, onlyTable, sectorSheet, workbookOf } from './planSheets.testing';
import type { SheetSnapshot } from '../workbook/snapshot';

const AT = '2024-05-02T08:00:00.000Z';

function rulesFor(sheets: SheetSnapshot[], lang: 'vi' | 'en' = 'vi', existing = {}): EditPlan {
  return planEntryRules(sheets.map(onlyTable), workbookOf(...sheets), lang, 'rules-1', {
    at: AT,
    existing,
  });
}

/** "whole ≥ 0: D5:G5 D7:G9" per rule, for short expectations. */
const summary = (plan: EditPlan) =>
  plan.edits.flatMap((edit) =>
    (edit.dataValidations ?? []).map(
      (rule: DataValidationRule) =>
        `${edit.sheet} ${rule.type} ${rule.operator} ${rule.formula1}: ${rule.ranges.join(' ')}`,
    ),
  );

const withRow = (row: CellInput[]) => mainSheet((rows) => rows.push(row));

describe('planEntryRules: which cells', () => {
  it('puts whole numbers ≥ 0 on counts and any number on profit, in compact rectangles', () => {
    expect(summary(rulesFor([mainSheet()]))).toEqual([
      'PL I whole greaterThanOrEqual 0: D5:G5 D7:G9',
      'PL I decimal between -1000000000000000: D10:G10',
    ]);
  });

  it('puts decimals ≥ 0 on money figures', () => {
    const sheet = withRow([
      4,
      'Doanh thu bình quân một HTX',
      'Triệu đồng/năm',
      2100,
      2200,
      2250,
      2300,
    ]);
    expect(summary(rulesFor([sheet]))).toContain('PL I decimal greaterThanOrEqual 0: D11:G11');
  });

  it('leaves out formulas, text, and the unit, note and comparison columns', () => {
    const sheet = mainSheet(
      (rows) => {
        rows[1][8] = 'So sánh (%)';
        rows[4][8] = 100.5;
        rows[6][4] = '1.022';
      },
      { formulas: { F5: 'F7+F8' } },
    );
    expect(onlyTable(sheet).columns.map((c) => `${c.column}:${c.period}`)).toContain(
      'I:comparison',
    );
    expect(summary(rulesFor([sheet]))[0]).toBe(
      'PL I whole greaterThanOrEqual 0: D5:E5 D7:D9 E8:E9 F7:G9 G5',
    );
  });

  it('skips a total row computed by formulas but keeps one typed by hand', () => {
    const computed = sectorSheet();
    const typed = sectorSheet({ formulas: {} });
    typed.cells[2].forEach((cell) => cell && delete cell.formula);
    expect(summary(rulesFor([computed]))).toEqual(['PL II whole greaterThanOrEqual 0: C4:E6']);
    expect(summary(rulesFor([typed]))).toEqual(['PL II whole greaterThanOrEqual 0: C3:E6']);
  });

  it.each([
    ['a row in %', [4, 'Tỷ lệ HTX hoạt động hiệu quả', '%', 40, 45, 46, 50]],
    ['a row of shares', [4, 'Tỷ lệ HTX xếp loại tốt, khá trên tổng số HTX', 'Tỷ lệ', 0.4, 0.45]],
  ])('puts no rule on %s', (_what, row) => {
    const sheet = withRow(row as CellInput[]);
    expect(onlyTable(sheet).rows.map((r) => r.index + 1)).toContain(11);
    expect(summary(rulesFor([sheet])).join(' ')).not.toMatch(/[D-G]11\b/);
  });

  it('skips cells that already carry a validation rule of the user', () => {
    expect(summary(rulesFor([mainSheet()], 'vi', { 'PL I': ['G7:G9', 'E:E'] }))[0]).toBe(
      'PL I whole greaterThanOrEqual 0: D5 D7:D9 F5:G5 F7:F9',
    );
  });
});

describe('planEntryRules: wording and journal', () => {
  it.each([
    ['vi', 'Số lượng (HTX, thành viên, lao động…) phải là số nguyên không âm.', 'Số lượng'],
    ['en', 'A count (cooperatives, members, workers…) must be a whole number, 0 or more.', 'Count'],
  ] as const)('words prompts and alerts in %s', (lang, message, title) => {
    const [rule] = rulesFor([mainSheet()], lang).edits[0].dataValidations!;
    expect(rule.error).toMatchObject({ message, style: 'stop' });
    expect(rule.prompt?.title).toBe(title);
    expect(rule.allowBlank).toBe(true);
  });

  it('journals our ranges per sheet under the action', () => {
    expect(rulesFor([mainSheet(), sectorSheet()]).journal).toEqual([
      {
        kind: 'validation',
        action: 'rules-1',
        at: AT,
        sheet: 'PL I',
        ranges: ['D5:G5', 'D7:G9', 'D10:G10'],
      },
      { kind: 'validation', action: 'rules-1', at: AT, sheet: 'PL II', ranges: ['C4:E6'] },
    ]);
  });
});

describe('removing our entry rules', () => {
  const journal = (): JournalEntry[] => [
    ...rulesFor([mainSheet()]).journal,
    { kind: 'validation', action: 'rules-2', at: AT, sheet: 'PL I', ranges: ['D5:G5', 'H12'] },
    { kind: 'validation', action: 'rules-0', at: AT, sheet: 'PL I', ranges: ['Z1'] },
    { kind: 'undone', action: 'rules-0', at: AT },
  ];

  it('lists our ranges still in place, once each, leaving out undone actions', () => {
    expect(planRemoveEntryRules(journal())).toEqual([
      { sheet: 'PL I', ranges: ['D5:G5', 'D7:G9', 'D10:G10', 'H12'] },
    ]);
  });

  it('removes exactly our cells and keeps the rule the user put elsewhere', () => {
    const sheet = mainSheet();
    const user: DataValidationRule = { ranges: ['H5:H10'], type: 'textLength' };
    let model = modelOf(workbookOf(sheet));
    model = applyPlan(model, {
      edits: [{ sheet: 'PL I', cells: [], dataValidations: [user] }],
      newSheets: [],
      journal: [],
    });
    model = applyPlan(model, rulesFor([sheet]));
    expect(model.validations.get('PL I')?.size).toBe(6 + 16 + 4);
    model = applyPlan(model, removeEntryRulesPlan(model.journal, AT));
    expect([...model.validations.get('PL I')!.values()]).toEqual(Array(6).fill(user));
    expect(planRemoveEntryRules(model.journal)).toEqual([]);
  });
});
