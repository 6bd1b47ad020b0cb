/**
 * The check use case: one snapshot in, tables and findings out. Pure over the snapshot, so
 * the pane, the web app and the CLI give the same answer for the same workbook.
 */
import type { AppendixTable, SheetNotes } from '../core/layout/appendixTable';
import { detectTables } from '../core/layout/detectTables';
import type { Finding } from '../core/rules/finding';
import { runRules } from '../core/rules/runRules';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';

export interface CheckResult {
  tables: AppendixTable[];
  notes: SheetNotes[];
  findings: Finding[];
}

export function checkWorkbook(snapshot: WorkbookSnapshot): CheckResult {
  const tables: AppendixTable[] = [];
  const notes: SheetNotes[] = [];
  for (const sheet of snapshot.sheets) {
    const detection = detectTables(sheet);
    tables.push(...detection.tables);
    notes.push(detection.notes);
  }
  const { findings } = runRules(tables, notes);
  return { tables, notes, findings };
}
