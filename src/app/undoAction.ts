/**
 * "Hoàn tác" over a WorkbookPort: the journal's actions in words, and one action undone through
 * planUndo. Cells the user changed since the action are left as they are and reported
 * (DESIGN.md §3); a plan that deletes sheets clears Excel's undo stack, which the host tells
 * (`clearsUndoStack`) so the UI can ask first (§5).
 */
import type { JournalEntry } from '../core/plan/journal';
import { planUndo, type UndoConflict, type UndoPlan } from '../core/plan/planUndo';
import { actionKindOf, type ActionKind } from './actionIds';
import type { ApplyResult, WorkbookPort } from './workbookPort';

export interface ActionSummary {
  action: string;
  /** Undefined for an action id written by something this version does not know. */
  kind: ActionKind | undefined;
  /** ISO date-time of the action's first entry. */
  at: string;
  /** When it was undone (or its rules removed); absent while it holds. */
  undoneAt?: string;
  marks: number;
  writes: number;
  /** Data validation ranges added. */
  ranges: number;
  /** Sheets added. */
  sheets: string[];
  accepted: number;
  /** The sheets the action touched, for the list. */
  touched: string[];
}

/** Every action of the journal, newest first. */
export function journalActions(journal: readonly JournalEntry[]): ActionSummary[] {
  const byAction = new Map<string, ActionSummary>();
  for (const entry of journal) {
    let summary = byAction.get(entry.action);
    if (!summary) {
      summary = {
        action: entry.action,
        kind: actionKindOf(entry.action),
        at: entry.at,
        marks: 0,
        writes: 0,
        ranges: 0,
        sheets: [],
        accepted: 0,
        touched: [],
      };
      byAction.set(entry.action, summary);
    }
    count(summary, entry);
  }
  return [...byAction.values()].reverse();
}

function count(summary: ActionSummary, entry: JournalEntry): void {
  if (entry.kind === 'undone') {
    summary.undoneAt = entry.at;
    return;
  }
  if (!summary.touched.includes(entry.sheet)) summary.touched.push(entry.sheet);
  switch (entry.kind) {
    case 'mark':
      summary.marks++;
      break;
    case 'write':
      summary.writes++;
      break;
    case 'validation':
      summary.ranges += entry.ranges.length;
      break;
    case 'sheet':
      summary.sheets.push(entry.sheet);
      break;
    case 'accepted':
      summary.accepted++;
      break;
  }
}

export interface PreparedUndo {
  plan: UndoPlan;
  conflicts: UndoConflict[];
  /** Applying it clears Excel's undo stack: ask first. */
  clearsUndoStack: boolean;
}

/** What undoing `action` would do now, for the confirmation; nothing is written. */
export async function prepareUndo(
  port: WorkbookPort,
  action: string,
  now: Date,
): Promise<PreparedUndo> {
  const journal = await port.readJournal();
  const snapshot = await port.readSnapshot();
  const plan = planUndo(journal, action, snapshot, now.toISOString());
  return { plan, conflicts: plan.conflicts, clearsUndoStack: port.clearsUndoStack(plan) };
}

export interface UndoOutcome {
  /** Cells given back their value or fill. */
  cells: number;
  /** Data validation ranges removed. */
  ranges: number;
  removedSheets: string[];
  conflicts: UndoConflict[];
  applied: ApplyResult;
}

/** Undoes `action` from a fresh read, so a cell changed during the confirmation is kept too. */
export async function undoAction(
  port: WorkbookPort,
  action: string,
  now: Date,
): Promise<UndoOutcome> {
  const { plan } = await prepareUndo(port, action, now);
  const { conflicts, ...editPlan } = plan;
  const applied = await port.applyEditPlan(editPlan);
  return {
    cells: plan.edits.reduce((sum, edit) => sum + edit.cells.length, 0),
    ranges: plan.edits.reduce((sum, edit) => sum + (edit.removeDataValidations?.length ?? 0), 0),
    removedSheets: plan.removeSheets ?? [],
    conflicts,
    applied,
  };
}
