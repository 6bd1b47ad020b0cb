/**
 * Every finding of every open file as CSV (the combined report of a province's district
 * files). UTF-8 with a byte-order mark, because Excel reads a CSV without one in the machine's
 * legacy code page and garbles Vietnamese; RFC 4180 quoting; CRLF line ends.
 */
import { formatMessage, formatSuggestion, type Lang } from '../../core/messages/formatMessage';
import type { Finding } from '../../core/rules/finding';
import type { MessageCode, MessageParams } from '../messages/useMessages';

export interface FileFindings {
  file: string;
  findings: readonly Finding[];
}

type Translate = (code: MessageCode, params?: MessageParams) => string;

const columns: MessageCode[] = [
  'files.csv.file',
  'files.csv.sheet',
  'files.csv.cell',
  'files.csv.rule',
  'files.csv.severity',
  'files.csv.message',
  'files.csv.expected',
  'files.csv.actual',
  'files.csv.suggestion',
  'files.csv.accepted',
];

const severityLabel: Record<Finding['severity'], MessageCode> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};

export const byteOrderMark = '\uFEFF';

/** One row per finding of every file, headed by the column names: the CSV's and the sheet's. */
export function findingRows(
  files: readonly FileFindings[],
  t: Translate,
  lang: Lang,
): (string | number)[][] {
  const rows: (string | number)[][] = [columns.map((code) => t(code))];
  for (const { file, findings } of files) {
    for (const finding of findings) {
      rows.push([
        file,
        finding.sheet,
        finding.cells[0] ?? '',
        finding.rule,
        t(severityLabel[finding.severity]),
        formatMessage(finding.messageKey, finding.params, lang),
        finding.expected ?? '',
        finding.actual ?? '',
        finding.suggestion ? formatSuggestion(finding.suggestion, lang) : '',
        finding.accepted ? `${finding.accepted.date}: ${finding.accepted.reason}` : '',
      ]);
    }
  }
  return rows;
}

/**
 * Numbers are written as plain digits with a "." decimal point, so a program reading the file
 * gets them exactly.
 */
export function findingsCsv(files: readonly FileFindings[], t: Translate, lang: Lang): string {
  const rows = findingRows(files, t, lang).map((row) => row.map(String));
  return byteOrderMark + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a field when it needs it, and defuses text Excel would run as a formula (text copied
 * from cells can start with "=", "+", "-" or "@"; DESIGN.md §3) with a leading apostrophe.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
