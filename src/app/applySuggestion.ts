/**
 * "Áp dụng": writes a finding's suggested value into its cell. The user confirmed a change
 * (old → new) shown from the last check's snapshot; the workbook is read again here, and when
 * the cell no longer holds the value the user saw (they typed in it meanwhile), nothing is
 * written and the fresh change comes back to be confirmed (DESIGN.md §3: never overwrite
 * what the user has not seen).
 */
import type { CellWrite } from '../core/plan/editPlan';
import { planApplySuggestion, suggestionChange } from '../core/plan/planApplySuggestion';
import type { SuggestionChange } from '../core/plan/planApplySuggestion';
import type { Finding } from '../core/rules/finding';
import { actionId } from './actionIds';
import type { ApplyResult, WorkbookPort } from './workbookPort';

export type ApplySuggestionOutcome =
  | { status: 'applied'; change: SuggestionChange; applied: ApplyResult }
  | { status: 'changed'; change: SuggestionChange };

export async function applySuggestion(
  port: WorkbookPort,
  finding: Finding,
  confirmed: SuggestionChange,
  now: Date,
): Promise<ApplySuggestionOutcome> {
  const snapshot = await port.readSnapshot({ sheets: [confirmed.sheet] });
  const change = suggestionChange(finding, snapshot);
  if (!sameContent(change.previous, confirmed.previous)) return { status: 'changed', change };
  const plan = planApplySuggestion(finding, snapshot, actionId('apply', now), now.toISOString());
  return { status: 'applied', change, applied: await port.applyEditPlan(plan) };
}

/** Both read by the same host, so the same content reads the same: compare as data. */
function sameContent(now: CellWrite, seen: CellWrite): boolean {
  return JSON.stringify(now) === JSON.stringify(seen);
}
