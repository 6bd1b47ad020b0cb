/**
 * The JSON document of `htx-plan check --json` (DESIGN.md §4), also used by the web app's
 * exports. Messages are resolved here, in the language asked for.
 */
import type { AppendixTable } from '../core/layout/appendixTable';
import { formatMessage, formatSuggestion, type Lang } from '../core/messages/formatMessage';
import type { Finding } from '../core/rules/finding';
import type { CheckResult } from './checkWorkbook';

export interface ReportDocument {
  file: string;
  error: string | null;
  tables: {
    sheet: string;
    kind: AppendixTable['kind'];
    range: string;
    columns: { column: string; period: string; year?: number }[];
  }[];
  findings: ReportFinding[];
  summary: { errors: number; warnings: number; infos: number };
}

export interface ReportFinding {
  rule: Finding['rule'];
  severity: Finding['severity'];
  sheet: string;
  cells: string[];
  message: string;
  expected?: number;
  actual?: number;
  suggestion?: { cell: string; value: number; reason: string };
  accepted?: { reason: string; date: string };
}

export function reportDocument(file: string, result: CheckResult, lang: Lang): ReportDocument {
  const findings = result.findings.map((finding) => reportFinding(finding, lang));
  return {
    file,
    error: null,
    tables: result.tables.map((table) => ({
      sheet: table.sheet,
      kind: table.kind,
      range: table.range,
      columns: table.columns.map(({ column, period, year }) => ({ column, period, year })),
    })),
    findings,
    summary: summarise(result.findings),
  };
}

export function errorDocument(file: string, error: string): ReportDocument {
  return { file, error, tables: [], findings: [], summary: { errors: 0, warnings: 0, infos: 0 } };
}

function reportFinding(finding: Finding, lang: Lang): ReportFinding {
  const report: ReportFinding = {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    cells: finding.cells,
    message: formatMessage(finding.messageKey, finding.params, lang),
  };
  if (finding.expected !== undefined) report.expected = finding.expected;
  if (finding.actual !== undefined) report.actual = finding.actual;
  if (finding.suggestion) {
    const { cell, value } = finding.suggestion;
    report.suggestion = { cell, value, reason: formatSuggestion(finding.suggestion, lang) };
  }
  if (finding.accepted) report.accepted = finding.accepted;
  return report;
}

/** Accepted findings are listed but do not count (DESIGN.md §4). */
export function summarise(findings: Finding[]): ReportDocument['summary'] {
  const open = findings.filter((finding) => !finding.accepted);
  return {
    errors: open.filter((finding) => finding.severity === 'error').length,
    warnings: open.filter((finding) => finding.severity === 'warning').length,
    infos: open.filter((finding) => finding.severity === 'info').length,
  };
}
