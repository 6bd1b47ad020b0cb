/**
 * "Tạo bảng tổng hợp" over a WorkbookPort: read the workbook and its journal, build the summary
 * sheet's plan (buildSummary), write it in one batched write and show the new sheet. The same
 * plan as `htx-plan summary`, so the pane, the web app and the command line agree.
 */
import type { SummaryNote } from '../core/summary/planSummarySheet';
import { buildSummary } from './buildSummary';
import type { WorkbookPort } from './workbookPort';

export type CreateSummaryResult =
  { kind: 'created'; sheet: string; notes: SummaryNote[] } | { kind: 'no-table' };

export async function createSummarySheet(
  port: WorkbookPort,
  options: { province?: string; year?: number; now: Date },
): Promise<CreateSummaryResult> {
  const [snapshot, journal] = await Promise.all([port.readSnapshot(), port.readJournal()]);
  const { summary } = buildSummary({ snapshot, journal }, options);
  if ('error' in summary) return { kind: 'no-table' };
  const applied = await port.applyEditPlan(summary.plan);
  const sheet = applied.newSheetNames[0] ?? summary.sheetName;
  if (port.capabilities.canSelect) await port.selectCell(sheet, 'A1');
  return { kind: 'created', sheet, notes: summary.notes };
}
