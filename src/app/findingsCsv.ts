/**
 * The findings as CSV, for the "Xuất CSV" download: one row per finding, headers in the user's
 * language (the results sheet's wording), numbers as plain decimals so any program reads
 * them. Starts with a byte-order mark, or Excel opens UTF-8 Vietnamese as mojibake.
 */
import type { Lang } from '../core/messages/formatMessage';
import { resultsSheetLabels } from '../core/plan/resultsSheetLabels';
import type { ReportDocument } from './reportDocument';

const BOM = '\uFEFF';
/** The one header the results sheet has no column for: it writes acceptances into the message. */
const acceptedHeader: Record<Lang, string> = { vi: 'Đã chấp nhận', en: 'Accepted' };

/**
 * A field as CSV: quoted when needed; text that a spreadsheet would run as a formula (a
 * leading =, +, -, @) gets a leading apostrophe (OWASP "CSV injection").
 */
function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsCsv(document: ReportDocument, lang: Lang): string {
  const labels = resultsSheetLabels[lang];
  const { headers } = labels;
  const header = [
    headers.sheet,
    headers.cell,
    headers.rule,
    headers.severity,
    headers.message,
    headers.expected,
    headers.actual,
    headers.suggestion,
    acceptedHeader[lang],
  ];
  const rows = document.findings.map((finding) => [
    finding.sheet,
    finding.cells.join(' '),
    finding.rule,
    labels.severities[finding.severity],
    finding.message,
    finding.expected,
    finding.actual,
    finding.suggestion?.reason,
    finding.accepted ? `${finding.accepted.date}: ${finding.accepted.reason}` : undefined,
  ]);
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
