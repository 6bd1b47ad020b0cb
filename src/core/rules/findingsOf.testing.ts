/** Test helper: the findings of one rule over some tables, with no diagnostics expected. */
import type { AppendixTable, SheetNotes } from '../layout/appendixTable';
import type { Finding, RuleId } from './finding';
import { runRules } from './runRules';

export function findingsOf(
  rule: RuleId,
  tables: AppendixTable[],
  notes: SheetNotes[] = [],
): Finding[] {
  const run = runRules(tables, notes);
  if (run.diagnostics.length > 0) throw new Error(JSON.stringify(run.diagnostics));
  return run.findings.filter((finding) => finding.rule === rule);
}

/** Every error and warning of a run (what "silent" means in tests). */
export function complaints(tables: AppendixTable[], notes: SheetNotes[] = []): Finding[] {
  const run = runRules(tables, notes);
  if (run.diagnostics.length > 0) throw new Error(JSON.stringify(run.diagnostics));
  return run.findings.filter((finding) => finding.severity !== 'info');
}
