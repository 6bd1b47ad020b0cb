/**
 * "Kiểm tra" over a WorkbookPort: one batched read, the checks, and the journal's acceptances
 * laid over the findings (accepted findings stay listed, with their reason, and do not count).
 * The snapshot and journal come back too: "Áp dụng" shows the old value from them, and
 * "Tính toán" picks its table from them, without reading the workbook again.
 */
import type { JournalEntry } from '../core/plan/journal';
import { applyAccepted } from '../core/plan/planApplySuggestion';
import { checkWorkbook, type CheckResult } from './checkWorkbook';
import type { HostSnapshot, ReadOptions, WorkbookPort } from './workbookPort';

export interface CheckRun extends CheckResult {
  snapshot: HostSnapshot;
  journal: JournalEntry[];
}

export async function runCheck(
  port: WorkbookPort,
  options: Pick<ReadOptions, 'onProgress'> = {},
): Promise<CheckRun> {
  const snapshot = await port.readSnapshot({ onProgress: options.onProgress });
  const journal = await port.readJournal();
  const result = checkWorkbook(snapshot);
  return { ...result, findings: applyAccepted(result.findings, journal), snapshot, journal };
}
