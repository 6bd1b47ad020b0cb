/**
 * "Xuất ra trang tính": the findings as a new sheet, the same sheet `htx-plan mark` adds
 * (planMarks' results sheet), without filling any cell. Journalled as its own action, so
 * "Hoàn tác" can delete the sheet again (after saying that this clears Excel's undo stack).
 */
import type { Lang } from '../core/messages/formatMessage';
import type { EditPlan } from '../core/plan/editPlan';
import { actionId } from './actionIds';
import { markWorkbook } from './markWorkbook';
import type { ApplyResult, WorkbookPort } from './workbookPort';

export interface PreparedExport {
  plan: EditPlan;
  findings: number;
  /** Adding the sheet clears Excel's undo stack on this host: ask first. */
  clearsUndoStack: boolean;
}

/** The sheet to add, not yet written, so the UI can ask first where the host needs it. */
export async function prepareExport(
  port: WorkbookPort,
  options: { lang: Lang; now: Date },
): Promise<PreparedExport> {
  const snapshot = await port.readSnapshot();
  const journal = await port.readJournal();
  const { check, plan: marks } = markWorkbook({ snapshot, journal }, options);
  const action = actionId('export', options.now);
  const plan: EditPlan = {
    edits: [],
    newSheets: marks.newSheets,
    journal: marks.journal
      .filter((entry) => entry.kind === 'sheet')
      .map((entry) => ({ ...entry, action })),
  };
  return { plan, findings: check.findings.length, clearsUndoStack: port.clearsUndoStack(plan) };
}

export interface ExportOutcome {
  /** The name the host gave the new sheet. */
  sheet: string;
  findings: number;
  applied: ApplyResult;
}

/** Adds the sheet: a new sheet only, so nothing of the user's can have changed meanwhile. */
export async function exportFindingsSheet(
  port: WorkbookPort,
  prepared: PreparedExport,
): Promise<ExportOutcome> {
  const applied = await port.applyEditPlan(prepared.plan);
  const sheet = applied.newSheetNames[0] ?? prepared.plan.newSheets[0].name;
  return { sheet, findings: prepared.findings, applied };
}
