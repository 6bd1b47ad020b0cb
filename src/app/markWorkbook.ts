/**
 * The mark use case: a workbook as read (snapshot and journal) → its check → the edit plan that
 * fills the findings' cells and adds the results sheet. Every host applies the plan its own way
 * (Office.js in Excel, package patching for .xlsx files), so marks look the same everywhere.
 */
import type { Lang } from '../core/messages/formatMessage';
import type { EditPlan } from '../core/plan/editPlan';
import type { AcceptedEntry, JournalEntry } from '../core/plan/journal';
import { undoneActions } from '../core/plan/journalActions';
import { planMarks } from '../core/plan/planMarks';
import type { Finding } from '../core/rules/finding';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { checkWorkbook, type CheckResult } from './checkWorkbook';

export interface ReadWorkbookState {
  snapshot: WorkbookSnapshot;
  /** The journal stored in the workbook; empty when htx-plan never touched it. */
  journal: readonly JournalEntry[];
}

export interface MarkResult {
  check: CheckResult;
  plan: EditPlan;
}

export function markWorkbook(
  workbook: ReadWorkbookState,
  options: { lang: Lang; now: Date },
): MarkResult {
  const result = checkWorkbook(workbook.snapshot);
  const check = { ...result, findings: withAccepted(result.findings, workbook.journal) };
  const plan = planMarks({
    findings: check.findings,
    snapshot: workbook.snapshot,
    journal: workbook.journal,
    ...options,
  });
  return { check, plan };
}

/**
 * Findings the user accepted (journal `accepted` entries: same rule, sheet and first cell) carry
 * their reason, so they are listed as accepted and their cells are not filled (DESIGN.md §4).
 */
export function withAccepted(findings: Finding[], journal: readonly JournalEntry[]): Finding[] {
  // The latest acceptance of a finding wins: search the newest entries first. An undone
  // acceptance no longer holds.
  const undone = undoneActions(journal);
  const accepted = journal
    .filter(
      (entry): entry is AcceptedEntry => entry.kind === 'accepted' && !undone.has(entry.action),
    )
    .reverse();
  if (accepted.length === 0) return findings;
  return findings.map((finding) => {
    const entry = accepted.find(
      (candidate) =>
        candidate.rule === finding.rule &&
        candidate.sheet === finding.sheet &&
        candidate.cell === finding.cells[0],
    );
    return entry
      ? { ...finding, accepted: { reason: entry.reason, date: entry.at.slice(0, 10) } }
      : finding;
  });
}
