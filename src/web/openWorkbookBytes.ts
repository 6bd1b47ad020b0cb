/**
 * Opening a workbook in the web app: read it, detect its tables sheet by sheet (reporting
 * progress), run the rules, and lay the journal's acceptances over the findings. The same steps
 * as app/runCheck, split per sheet so a progress bar can follow and, on the main thread, the
 * page can breathe between sheets. Runs in the worker (workbookWorker.ts) or, where no worker
 * starts, on the main thread (mainThreadEngine.ts).
 */
import type { AppendixTable, SheetNotes } from '../core/layout/appendixTable';
import { detectTables } from '../core/layout/detectTables';
import { applyAccepted } from '../core/plan/planApplySuggestion';
import { runRules } from '../core/rules/runRules';
import type { OpenedWorkbook, OpenProgress } from '../ui/files/openedFile';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { readJournal } from '../xlsx/write/readJournal';

export type { OpenedWorkbook, OpenProgress };

export type Pause = () => Promise<void>;

export async function openWorkbookBytes(
  bytes: Uint8Array,
  onProgress: (progress: OpenProgress) => void,
  pause: Pause = async () => {},
): Promise<OpenedWorkbook> {
  onProgress({ phase: 'read', done: 0, total: 1 });
  const { snapshot, format } = await readWorkbookBytes(bytes);
  const journal = format === 'xlsx' ? readJournal(bytes) : [];
  const tables: AppendixTable[] = [];
  const notes: SheetNotes[] = [];
  const total = snapshot.sheets.length;
  for (const [index, sheet] of snapshot.sheets.entries()) {
    await pause();
    const detection = detectTables(sheet);
    tables.push(...detection.tables);
    notes.push(detection.notes);
    onProgress({ phase: 'check', done: index + 1, total });
  }
  await pause();
  const { findings } = runRules(tables, notes);
  return {
    format,
    snapshot,
    findings: applyAccepted(findings, journal),
    tableCount: tables.length,
  };
}
