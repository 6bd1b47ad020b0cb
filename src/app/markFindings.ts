/**
 * "Đánh dấu" and "Xóa đánh dấu" over a WorkbookPort. Marking fills the findings' cells by
 * severity (planMarks, without its results sheet: that is "Xuất ra trang tính", and keeping
 * sheets out of marking means unmarking never deletes a sheet, which would clear Excel's undo
 * stack). Unmarking is "Hoàn tác" of every mark action still live, through planUndo and the
 * journal, so each cell gets back the fill it had before the first mark, after save and reopen
 * and in another host too.
 */
import type { Lang } from '../core/messages/formatMessage';
import type { CellEdit, EditPlan, ExistingSheetEdit } from '../core/plan/editPlan';
import type { JournalEntry } from '../core/plan/journal';
import { undoneActions } from '../core/plan/journalActions';
import { planUndo } from '../core/plan/planUndo';
import { actionId } from './actionIds';
import { markWorkbook } from './markWorkbook';
import type { ApplyResult, WorkbookPort } from './workbookPort';

export interface MarkOutcome {
  /** Cells filled; 0 when there was nothing to mark (nothing is written then). */
  cells: number;
  applied?: ApplyResult;
}

export async function markFindings(
  port: WorkbookPort,
  options: { lang: Lang; now: Date },
): Promise<MarkOutcome> {
  const snapshot = await port.readSnapshot();
  const journal = await port.readJournal();
  const { plan } = markWorkbook({ snapshot, journal }, options);
  const action = actionId('mark', options.now);
  const marks = plan.journal
    .filter((entry) => entry.kind === 'mark')
    .map((entry) => ({ ...entry, action }));
  if (marks.length === 0) return { cells: 0 };
  const applied = await port.applyEditPlan({ edits: plan.edits, newSheets: [], journal: marks });
  return { cells: marks.length, applied };
}

/** Mark actions whose marks are still in place, newest first. */
export function liveMarkActions(journal: readonly JournalEntry[]): string[] {
  const undone = undoneActions(journal);
  const actions = journal
    .filter((entry) => entry.kind === 'mark' && !undone.has(entry.action))
    .map((entry) => entry.action);
  return [...new Set(actions)].reverse();
}

export interface UnmarkOutcome {
  /** Cells whose fill was restored; 0 when nothing was marked. */
  cells: number;
  applied?: ApplyResult;
}

export async function unmarkFindings(port: WorkbookPort, now: Date): Promise<UnmarkOutcome> {
  const journal = await port.readJournal();
  const actions = liveMarkActions(journal);
  if (actions.length === 0) return { cells: 0 };
  const snapshot = await port.readSnapshot();
  const at = now.toISOString();
  // Newest first, each later (older) action's fill replacing the newer one's: a cell marked
  // twice ends with the fill it had before the first mark.
  const cells = new Map<string, { sheet: string; edit: CellEdit }>();
  const undone: JournalEntry[] = [];
  for (const action of actions) {
    const plan = planUndo(journal, action, snapshot, at);
    for (const edit of plan.edits) {
      for (const cell of edit.cells) {
        cells.set(`${edit.sheet}!${cell.address}`, { sheet: edit.sheet, edit: cell });
      }
    }
    undone.push(...plan.journal);
  }
  const plan: EditPlan = { edits: bySheet([...cells.values()]), newSheets: [], journal: undone };
  const applied = await port.applyEditPlan(plan);
  return { cells: cells.size, applied };
}

function bySheet(cells: { sheet: string; edit: CellEdit }[]): ExistingSheetEdit[] {
  const edits = new Map<string, ExistingSheetEdit>();
  for (const { sheet, edit } of cells) {
    const sheetEdit = edits.get(sheet) ?? { sheet, cells: [] };
    sheetEdit.cells.push(edit);
    edits.set(sheet, sheetEdit);
  }
  return [...edits.values()];
}
