/**
 * "Quy tắc nhập liệu": Excel data validation on the input cells of the detected tables, and
 * "Gỡ quy tắc của htx-plan", which removes exactly the ranges the journal says are ours, so
 * the user's own rules elsewhere stay.
 */
import type { Lang } from '../core/messages/formatMessage';
import {
  planEntryRules,
  planRemoveEntryRules,
  removeEntryRulesPlan,
} from '../core/plan/planEntryRules';
import type { JournalEntry } from '../core/plan/journal';
import { parseCellAddress } from '../core/workbook/address';
import { actionId } from './actionIds';
import { detectWorkbookTables } from './insertCalculations';
import type { ApplyResult, WorkbookPort } from './workbookPort';

export interface EntryRulesCount {
  sheets: number;
  ranges: number;
  cells: number;
}

export interface EntryRulesOutcome extends EntryRulesCount {
  applied?: ApplyResult;
}

export async function addEntryRules(
  port: WorkbookPort,
  options: {
    lang: Lang;
    now: Date;
    /** Ranges holding the user's own rules, by sheet, where the host can tell them. */
    existing?: Record<string, readonly string[]>;
  },
): Promise<EntryRulesOutcome> {
  const snapshot = await port.readSnapshot();
  const tables = detectWorkbookTables(snapshot);
  const plan = planEntryRules(tables, snapshot, options.lang, actionId('rules', options.now), {
    at: options.now.toISOString(),
    ...(options.existing ? { existing: options.existing } : {}),
  });
  const count = countRanges(
    plan.journal.flatMap((entry) => (entry.kind === 'validation' ? [entry] : [])),
  );
  if (count.ranges === 0) return count;
  return { ...count, applied: await port.applyEditPlan(plan) };
}

export async function removeEntryRules(port: WorkbookPort, now: Date): Promise<EntryRulesOutcome> {
  const journal = await port.readJournal();
  const count = entryRulesInPlace(journal);
  if (count.ranges === 0) return count;
  return {
    ...count,
    applied: await port.applyEditPlan(removeEntryRulesPlan(journal, now.toISOString())),
  };
}

/** Our rules still in place, by the journal: what the view shows and "Gỡ" removes. */
export function entryRulesInPlace(journal: readonly JournalEntry[]): EntryRulesCount {
  return countRanges(planRemoveEntryRules(journal));
}

function countRanges(validations: readonly { sheet: string; ranges: string[] }[]): EntryRulesCount {
  const ranges = validations.flatMap((entry) => entry.ranges);
  return {
    sheets: new Set(validations.map((entry) => entry.sheet)).size,
    ranges: ranges.length,
    cells: ranges.reduce((sum, range) => sum + cellCount(range), 0),
  };
}

function cellCount(range: string): number {
  const [first, last = first] = range.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  return (Math.abs(a.row - b.row) + 1) * (Math.abs(a.column - b.column) + 1);
}
