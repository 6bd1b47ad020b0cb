/**
 * The state of the checks on the day the sheet was made: errors, warnings and notes counted,
 * the most important open findings (errors first, at most ten) each with a link to its cell,
 * then the findings accepted with their reasons. Messages are written as text, never formulas.
 */
import { formatMessage } from '../messages/formatMessage';
import { resolveCell } from '../plan/findingCells';
import type { Finding } from '../rules/finding';
import { hyperlinkFormula } from './formulaParts';
import { wrappedLines, type SheetWriter } from './sheetWriter';
import { summaryText } from './summaryLabels';
import { MESSAGE_WIDTH } from './summaryLayout';
import { styles } from './summaryStyles';

export const MAX_LISTED = 10;

export interface ChecksSection {
  /** Rows of the listed findings, in order, open ones first. */
  findingRows: { finding: Finding; row: number }[];
}

export function writeChecks(
  sheet: SheetWriter,
  findings: readonly Finding[],
  sheetNames: readonly string[],
  date: string,
): ChecksSection {
  const open = findings.filter((finding) => !finding.accepted);
  const accepted = findings.filter((finding) => finding.accepted);
  const count = (severity: Finding['severity']) =>
    open.filter((finding) => finding.severity === severity).length;
  const important = [
    ...open.filter((f) => f.severity === 'error'),
    ...open.filter((f) => f.severity === 'warning'),
  ];
  const listed = important.slice(0, MAX_LISTED);

  sheet.merged('A', 'J', summaryText.checksSection(dayMonthYear(date)), styles.section);
  sheet.next();
  const counts = summaryText.checkCounts(
    count('error'),
    count('warning'),
    count('info'),
    accepted.length,
  );
  sheet.merged('A', 'J', counts, styles.plain);
  sheet.next();
  const findingRows: ChecksSection['findingRows'] = [];
  if (listed.length === 0) {
    sheet.merged('A', 'J', summaryText.noFindings, styles.plain);
    sheet.next();
  } else {
    sheet.merged('A', 'J', summaryText.checkListed(listed.length, important.length), styles.note);
    sheet.next();
    writeListHeader(sheet);
    listed.forEach((finding, i) => {
      findingRows.push({ finding, row: sheet.row });
      writeFinding(sheet, finding, i, sheetNames);
    });
  }
  if (accepted.length > 0) {
    sheet.merged('A', 'J', `${summaryText.accepted}:`, styles.note);
    sheet.next();
    writeListHeader(sheet);
    accepted.forEach((finding, i) => {
      findingRows.push({ finding, row: sheet.row });
      writeFinding(sheet, finding, i, sheetNames);
    });
  }
  return { findingRows };
}

function writeListHeader(sheet: SheetWriter): void {
  const r = sheet.row;
  sheet.text(`A${r}`, summaryText.headers.stt, styles.header);
  sheet.merged('B', 'G', summaryText.headers.message, styles.header);
  sheet.text(`H${r}`, summaryText.headers.severity, styles.header);
  sheet.text(`I${r}`, summaryText.headers.sheet, styles.header);
  sheet.text(`J${r}`, summaryText.headers.cell, styles.header);
  sheet.next();
}

function writeFinding(
  sheet: SheetWriter,
  finding: Finding,
  index: number,
  sheetNames: readonly string[],
): void {
  const r = sheet.row;
  let message = formatMessage(finding.messageKey, finding.params, 'vi');
  if (finding.accepted) {
    message += summaryText.acceptedReason(
      finding.accepted.reason,
      dayMonthYear(finding.accepted.date),
    );
  }
  sheet.text(`A${r}`, String(index + 1), styles.stt);
  sheet.merged('B', 'G', message, styles.message);
  const severity = finding.accepted
    ? summaryText.accepted
    : summaryText.severities[finding.severity];
  sheet.text(`H${r}`, severity, {
    ...styles.stt,
    alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
  });
  const [target] = finding.cells[0] ? resolveCell(finding.cells[0], finding.sheet) : [];
  sheet.text(`I${r}`, target?.sheet ?? finding.sheet, {
    ...styles.message,
    alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
  });
  if (target && sheetNames.includes(target.sheet)) {
    sheet.formula(
      `J${r}`,
      hyperlinkFormula(target.sheet, target.address, target.address),
      styles.cellLink,
    );
  } else {
    sheet.text(`J${r}`, finding.cells[0] ?? '', styles.message);
  }
  sheet.height(Math.max(2, wrappedLines(message, MESSAGE_WIDTH)) * 15);
  sheet.next();
}

/** "2022-09-05" → "05/09/2022". */
export function dayMonthYear(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}
