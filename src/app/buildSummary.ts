/**
 * The summary use case: a workbook as read (snapshot and journal) → its check, with the
 * accepted findings marked → the edit plan of the summary sheet. Pure over its input, so the
 * pane, the web app and the command line build the same sheet from the same workbook.
 */
import { planSummarySheet, type SummaryPlan } from '../core/summary/planSummarySheet';
import { checkWorkbook, type CheckResult } from './checkWorkbook';
import { withAccepted, type ReadWorkbookState } from './markWorkbook';

export interface SummaryOptions {
  province?: string;
  year?: number;
  /** When the sheet is made: the date of the checks' snapshot and of the journal entry. */
  now: Date;
}

export interface SummaryResult {
  check: CheckResult;
  summary: SummaryPlan;
}

export function buildSummary(workbook: ReadWorkbookState, options: SummaryOptions): SummaryResult {
  const result = checkWorkbook(workbook.snapshot);
  const check = { ...result, findings: withAccepted(result.findings, workbook.journal) };
  const summary = planSummarySheet({
    tables: check.tables,
    findings: check.findings,
    workbookSheetNames: workbook.snapshot.sheets.map((sheet) => sheet.name),
    ...(options.province !== undefined && { province: options.province }),
    ...(options.year !== undefined && { year: options.year }),
    date: localDate(options.now),
    at: options.now.toISOString(),
    lang: 'vi',
  });
  return { check, summary };
}

/** YYYY-MM-DD of the user's own calendar day, not UTC's. */
export function localDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
