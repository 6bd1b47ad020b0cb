/**
 * The readable report of `htx-plan check`: grouped by file and sheet, errors first, in the
 * language asked for, coloured only on a terminal.
 */
import type { ReportDocument, ReportFinding } from '../app/reportDocument';
import { cliMessage } from './messages/cliMessage';
import type { Lang } from './parseArgs';
import { showNumber } from './showNumber';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;
const colours = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', bold: '\x1b[1m' };
const reset = '\x1b[0m';

export function renderReport(documents: ReportDocument[], lang: Lang, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${reset}` : text);
  const lines: string[] = [];
  for (const document of documents) {
    lines.push(paint(colours.bold, cliMessage('report.file', { file: document.file }, lang)));
    if (document.error) {
      lines.push(`  ${paint(colours.error, document.error)}`, '');
      continue;
    }
    lines.push(`  ${cliMessage('report.tables', { count: document.tables.length }, lang)}`);
    for (const [sheet, findings] of groupBySheet(document)) {
      lines.push(`  ${paint(colours.bold, cliMessage('report.sheet', { sheet }, lang))}`);
      for (const finding of findings) lines.push(...renderFinding(finding, lang, paint));
    }
    if (document.summary.errors + document.summary.warnings === 0) {
      lines.push(`  ${cliMessage('report.noFindings', {}, lang)}`);
    }
    lines.push(`  ${cliMessage('report.summary', document.summary, lang)}`, '');
  }
  if (documents.length > 1) lines.push(totalLine(documents, lang));
  return lines.join('\n');
}

function renderFinding(
  finding: ReportFinding,
  lang: Lang,
  paint: (code: string, text: string) => string,
): string[] {
  const label = paint(
    colours[finding.severity],
    cliMessage(`severity.${finding.severity}`, {}, lang),
  );
  const lines = [`    ${label} [${finding.rule}] ${finding.cells.join(', ')}: ${finding.message}`];
  const figures: string[] = [];
  if (finding.expected !== undefined) {
    figures.push(
      cliMessage('report.expected', { value: showNumber(finding.expected, lang) }, lang),
    );
  }
  if (finding.actual !== undefined) {
    figures.push(cliMessage('report.actual', { value: showNumber(finding.actual, lang) }, lang));
  }
  if (figures.length > 0) lines.push(`      ${figures.join('; ')}`);
  if (finding.suggestion) {
    lines.push(
      `      ${cliMessage('report.suggestion', { reason: finding.suggestion.reason }, lang)}`,
    );
  }
  if (finding.accepted)
    lines.push(`      ${cliMessage('report.accepted', finding.accepted, lang)}`);
  return lines;
}

/** Sheets in workbook order (as their tables were found), errors first within a sheet. */
function groupBySheet(document: ReportDocument): Map<string, ReportFinding[]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const table of document.tables) if (!groups.has(table.sheet)) groups.set(table.sheet, []);
  for (const finding of document.findings) {
    const group = groups.get(finding.sheet) ?? [];
    group.push(finding);
    groups.set(finding.sheet, group);
  }
  for (const [sheet, group] of groups) {
    if (group.length === 0) groups.delete(sheet);
    group.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  }
  return groups;
}

function totalLine(documents: ReportDocument[], lang: Lang): string {
  const sum = (key: 'errors' | 'warnings' | 'infos') =>
    documents.reduce((total, document) => total + document.summary[key], 0);
  return cliMessage(
    'report.total',
    {
      files: documents.length,
      errors: sum('errors'),
      warnings: sum('warnings'),
      infos: sum('infos'),
    },
    lang,
  );
}
