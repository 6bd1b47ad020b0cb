/**
 * "Chuyển sang công thức Excel": every HTX.* formula that has a native equivalent rewritten,
 * before the file goes to someone without the add-in (DESIGN.md §3); the ones that cannot be
 * converted are listed with the reason, never silently left.
 */
import { actionId } from './actionIds';
import { nativeFormulas, type NativeFormulasResult } from './nativeFormulas';
import type { ApplyResult, WorkbookPort } from './workbookPort';

export type NativeOutcome = Omit<NativeFormulasResult, 'plan'> & { applied?: ApplyResult };

export async function convertToNative(port: WorkbookPort, now: Date): Promise<NativeOutcome> {
  const snapshot = await port.readSnapshot();
  const { plan, ...result } = nativeFormulas(snapshot, now);
  if (plan.edits.length === 0) return result;
  // nativeFormulas names its action `native-…` already, as actionId('native') would.
  const action = actionId('native', now);
  const journal = plan.journal.map((entry) => ({ ...entry, action }));
  return { ...result, applied: await port.applyEditPlan({ ...plan, journal }) };
}
