/**
 * The "Kết quả kiểm tra" sheet: one row per finding, ready to send back to a district. The cell
 * column is a `HYPERLINK("#'Sheet'!C10","C10")` formula (DESIGN.md §3); messages, sheet names
 * and suggestions are written as text cells, never as formulas, whatever they start with.
 */
import { formatMessage, formatSuggestion, type Lang } from '../messages/formatMessage';
import type { Finding } from '../rules/finding';
import { qualifiedAddress } from '../workbook/address';
import type { CellEdit, CellStyle, NewSheet } from './editPlan';
import { resolveCell } from './findingCells';
import { markColors } from './markColors';
import { resultsSheetLabels } from './resultsSheetLabels';

const HEADER_ROW = 4;
const COLUMNS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] as const;
const WIDTHS = [6, 18, 12, 24, 11, 70, 13, 13, 50];

const border: CellStyle = { border: 'thin', alignment: { vertical: 'top' } };
const wrapped: CellStyle = { border: 'thin', alignment: { vertical: 'top', wrapText: true } };
const header: CellStyle = {
  font: { bold: true },
  fill: { pattern: 'solid', color: 'FFD9E1F2' },
  border: 'thin',
  alignment: { horizontal: 'center', vertical: 'center', wrapText: true },
};

export interface ResultsSheetInput {
  findings: readonly Finding[];
  /** The name to use, already unique in the workbook. */
  name: string;
  sheetNames: readonly string[];
  lang: Lang;
  now: Date;
}

export function resultsSheet({
  findings,
  name,
  sheetNames,
  lang,
  now,
}: ResultsSheetInput): NewSheet {
  const labels = resultsSheetLabels[lang];
  const cells: CellEdit[] = [
    text('A1', labels.title, { font: { bold: true, size: 14 } }),
    text('A2', fill(labels.dated, { date: dateText(now, lang), count: findings.length }), {
      font: { italic: true },
    }),
    ...COLUMNS.map((column, i) =>
      text(`${column}${HEADER_ROW}`, Object.values(labels.headers)[i], header),
    ),
  ];
  findings.forEach((finding, i) => cells.push(...findingRow(finding, i, sheetNames, lang)));
  if (findings.length === 0) cells.push(text(`A${HEADER_ROW + 1}`, labels.none));
  return {
    name,
    activate: true,
    cells,
    merges: ['A1:I1', 'A2:I2'],
    columnWidths: Object.fromEntries(COLUMNS.map((column, i) => [column, WIDTHS[i]])),
    frozen: { rows: HEADER_ROW, columns: 0 },
    printSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  };
}

function findingRow(
  finding: Finding,
  index: number,
  sheetNames: readonly string[],
  lang: Lang,
): CellEdit[] {
  const labels = resultsSheetLabels[lang];
  const row = HEADER_ROW + 1 + index;
  let message = formatMessage(finding.messageKey, finding.params, lang);
  if (finding.accepted) message += ` ${fill(labels.accepted, { reason: finding.accepted.reason })}`;
  const severityStyle: CellStyle = {
    ...border,
    fill: { pattern: 'solid', color: markColors[finding.severity] },
  };
  const cells: CellEdit[] = [
    { address: `A${row}`, write: { kind: 'number', value: index + 1 }, style: border },
    text(`B${row}`, finding.sheet, border),
    linkCell(`C${row}`, finding, sheetNames),
    text(`D${row}`, finding.rule, border),
    text(`E${row}`, labels.severities[finding.severity], severityStyle),
    text(`F${row}`, message, wrapped),
    numberCell(`G${row}`, finding.expected),
    numberCell(`H${row}`, finding.actual),
    finding.suggestion
      ? text(`I${row}`, formatSuggestion(finding.suggestion, lang), wrapped)
      : { address: `I${row}`, style: wrapped },
  ];
  return cells;
}

/** The first cell (the likely culprit) as a link; a cell on an unknown sheet as plain text. */
function linkCell(address: string, finding: Finding, sheetNames: readonly string[]): CellEdit {
  const reference = finding.cells[0];
  const [target] = reference ? resolveCell(reference, finding.sheet) : [];
  if (!target || !sheetNames.includes(target.sheet)) return text(address, reference ?? '', border);
  const label = target.sheet === finding.sheet ? target.address : reference;
  const formula = `HYPERLINK(${stringLiteral(`#${qualifiedAddress(target.sheet, target.address)}`)},${stringLiteral(label)})`;
  return {
    address,
    write: { kind: 'formula', formula },
    style: { ...border, font: { underline: true, color: 'FF0563C1' } },
  };
}

function text(address: string, value: string, style?: CellStyle): CellEdit {
  return { address, write: { kind: 'text', value }, ...(style && { style }) };
}

function numberCell(address: string, value: number | undefined): CellEdit {
  return value === undefined
    ? { address, style: border }
    : { address, write: { kind: 'number', value }, style: border };
}

/** A formula string literal: quotes inside are doubled. */
function stringLiteral(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** dd/mm/yyyy for Vietnamese readers, ISO for English; from the date's own fields, no locale. */
function dateText(date: Date, lang: Lang): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  const two = (n: number) => String(n).padStart(2, '0');
  return lang === 'vi' ? `${two(d)}/${two(m)}/${y}` : `${y}-${two(m)}-${two(d)}`;
}
