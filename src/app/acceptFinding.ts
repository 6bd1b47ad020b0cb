/**
 * "Bỏ qua": accepts a finding with the user's reason, kept in the workbook's journal so every
 * later check, in every host, lists it as accepted without counting it (DESIGN.md §4).
 */
import { planAcceptFinding } from '../core/plan/planApplySuggestion';
import type { Finding } from '../core/rules/finding';
import { actionId, localDate } from './actionIds';
import type { ApplyResult, WorkbookPort } from './workbookPort';

/** Rejects with MissingReasonError (core) for a blank reason: the UI never sends one. */
export async function acceptFinding(
  port: WorkbookPort,
  finding: Finding,
  reason: string,
  now: Date,
): Promise<ApplyResult> {
  const plan = planAcceptFinding(finding, reason, localDate(now), actionId('accept', now));
  return await port.applyEditPlan(plan);
}
