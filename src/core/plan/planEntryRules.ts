/**
 * "Quy tắc nhập liệu": Excel data validation on the input cells of detected tables, so that a
 * count typed as 12,5 or a revenue typed as text is refused as it is typed. Input cells are
 * the cells of period columns (actual, plan, mid-year, estimate) holding typed numbers or
 * blanks; formulas, comparison, unit and note columns, text and computed total rows are left
 * alone. The journal records our ranges so that "remove ours" removes exactly them.
 */
import type { AppendixTable, PeriodColumn, TableRow } from '../layout/appendixTable';
import { cellAddress } from '../workbook/address';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { compactRanges, inRanges } from './compactRanges';
import type { DataValidationRule, EditPlan, ExistingSheetEdit } from './editPlan';
import { entryRuleKind, type EntryRuleKind } from './entryRuleKind';
import type { JournalEntry, ValidationEntry } from './journal';
import { undoneActions } from './journalActions';
import { type Lang, planLabel } from './labels';
import { cellOf, sheetNamed } from './snapshotCells';

export interface EntryRuleOptions {
  /** ISO date-time of the journal entries; default now. */
  at?: string;
  /**
   * Ranges that already carry a validation rule, by sheet (the user's own, as the host read
   * them): a cell holds one rule only, so ours would replace theirs. Those cells are skipped.
   */
  existing?: Record<string, readonly string[]>;
}

const VALUE_PERIODS: readonly string[] = ['actual', 'plan', 'midyear', 'estimate'];
/** Far beyond any figure of these tables; Excel's "decimal" rule needs two bounds. */
const LIMIT = '1000000000000000';

const CRITERIA: Record<
  EntryRuleKind,
  Pick<DataValidationRule, 'type' | 'operator' | 'formula1' | 'formula2'>
> = {
  count: { type: 'whole', operator: 'greaterThanOrEqual', formula1: '0' },
  amount: { type: 'decimal', operator: 'greaterThanOrEqual', formula1: '0' },
  signed: { type: 'decimal', operator: 'between', formula1: `-${LIMIT}`, formula2: LIMIT },
};

function ruleOf(kind: EntryRuleKind, ranges: string[], lang: Lang): DataValidationRule {
  const text = (part: string) =>
    planLabel(lang, `rule.${kind}.${part}` as Parameters<typeof planLabel>[1]);
  return {
    ranges,
    ...CRITERIA[kind],
    allowBlank: true,
    prompt: { title: text('prompt.title'), message: text('prompt.message') },
    error: { title: text('error.title'), message: text('error.message'), style: 'stop' },
  };
}

/** A total row computed by formulas is output, even where one of its cells is still blank. */
function isComputedTotal(row: TableRow, columns: PeriodColumn[]): boolean {
  return (
    row.role === 'total' && columns.some((c) => row.cells[c.column]?.raw?.formula !== undefined)
  );
}

function inputCells(table: AppendixTable, snapshot: WorkbookSnapshot, existing: readonly string[]) {
  const sheet = sheetNamed(snapshot, table.sheet);
  const columns = table.columns.filter((c) => VALUE_PERIODS.includes(c.period));
  const cells: { address: string; kind: EntryRuleKind }[] = [];
  for (const row of table.rows) {
    if (row.role === 'heading' || isComputedTotal(row, columns)) continue;
    const hasNumber = columns.some((c) => typeof row.cells[c.column]?.raw?.value === 'number');
    if (row.role === 'block' && !hasNumber) continue;
    for (const column of columns) {
      const address = row.cells[column.column]?.address ?? cellAddress(row.index, column.index);
      const raw = cellOf(sheet, address);
      const value = raw?.value ?? null;
      // Typed numbers and blanks only: formulas are output, text is not ours to judge here.
      if (
        raw?.formula !== undefined ||
        (value !== null && value !== '' && typeof value !== 'number')
      )
        continue;
      if (inRanges(address, existing)) continue;
      const kind = entryRuleKind(table, row, column);
      if (kind) cells.push({ address, kind });
    }
  }
  return cells;
}

export function planEntryRules(
  tables: readonly AppendixTable[],
  snapshot: WorkbookSnapshot,
  lang: Lang,
  action: string,
  options: EntryRuleOptions = {},
): EditPlan {
  const at = options.at ?? new Date().toISOString();
  const bySheet = new Map<string, Map<EntryRuleKind, string[]>>();
  for (const table of tables) {
    const kinds = bySheet.get(table.sheet) ?? new Map<EntryRuleKind, string[]>();
    bySheet.set(table.sheet, kinds);
    for (const { address, kind } of inputCells(
      table,
      snapshot,
      options.existing?.[table.sheet] ?? [],
    )) {
      kinds.set(kind, [...(kinds.get(kind) ?? []), address]);
    }
  }
  const edits: ExistingSheetEdit[] = [];
  const journal: ValidationEntry[] = [];
  for (const [sheet, kinds] of bySheet) {
    const rules = [...kinds].map(([kind, cells]) => ruleOf(kind, compactRanges(cells), lang));
    if (rules.length === 0) continue;
    edits.push({ sheet, cells: [], dataValidations: rules });
    const ranges = rules.flatMap((rule) => rule.ranges);
    journal.push({ kind: 'validation', action, at, sheet, ranges });
  }
  return { edits, newSheets: [], journal };
}

/**
 * Our validation ranges still in place, by sheet: what "remove ours" removes. The hosts remove
 * exactly these ranges, so the user's own rules elsewhere stay untouched.
 */
export function planRemoveEntryRules(
  journal: readonly JournalEntry[],
): { sheet: string; ranges: string[] }[] {
  const undone = undoneActions(journal);
  const bySheet = new Map<string, Set<string>>();
  for (const entry of journal) {
    if (entry.kind !== 'validation' || undone.has(entry.action)) continue;
    const ranges = bySheet.get(entry.sheet) ?? new Set<string>();
    entry.ranges.forEach((range) => ranges.add(range));
    bySheet.set(entry.sheet, ranges);
  }
  return [...bySheet].map(([sheet, ranges]) => ({ sheet, ranges: [...ranges] }));
}

/**
 * "Remove ours" as a plan: the removals, and the entry-rule actions marked undone so that a
 * second removal never touches rules the user may have put on those cells since.
 */
export function removeEntryRulesPlan(journal: readonly JournalEntry[], at?: string): EditPlan {
  const when = at ?? new Date().toISOString();
  const undone = undoneActions(journal);
  const actions = new Set(
    journal.filter((e) => e.kind === 'validation' && !undone.has(e.action)).map((e) => e.action),
  );
  return {
    edits: planRemoveEntryRules(journal).map(({ sheet, ranges }) => ({
      sheet,
      cells: [],
      removeDataValidations: ranges,
    })),
    newSheets: [],
    journal: [...actions].map((action) => ({ kind: 'undone' as const, action, at: when })),
  };
}
