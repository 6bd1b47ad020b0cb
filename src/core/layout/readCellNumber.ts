/**
 * A TableCell from a CellSnapshot: the number the cell means and how it shows it. Numbers and
 * cached formula results are taken as they are; text is read as Vietnamese number text ("1.022",
 * "02", "khoảng 600", "15 - 20", "34,3%"); errors, booleans and other text mean no number.
 */
import { parseVietnameseNumber } from '../numbers/parseVietnameseNumber';
import type { TableCell } from './appendixTable';
import type { CellSnapshot } from '../workbook/snapshot';

export function readCellNumber(address: string, cell: CellSnapshot | undefined): TableCell {
  const result: TableCell = { address, number: null, raw: cell };
  const value = cell?.value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return result;
    result.number = value;
    const format = formatSection(cell?.numberFormat, value);
    if (format !== undefined && isPercentFormat(format)) result.percent = true;
    const decimals = format === undefined ? undefined : formatDecimals(format);
    result.shownDecimals = decimals ?? generalDecimals(result.percent ? value * 100 : value);
    return result;
  }
  if (typeof value !== 'string') return result;
  const parsed = parseVietnameseNumber(value);
  if (!parsed || !Number.isFinite(parsed.value)) return result;
  result.number = parsed.value;
  result.fromText = true;
  result.shownDecimals = parsed.decimals;
  if (parsed.percent) result.percent = true;
  if (parsed.approximate || parsed.range) result.approximate = true;
  return result;
}

/** The section of a format code that applies to the value (positive; negative; zero; text). */
function formatSection(format: string | undefined, value: number): string | undefined {
  if (!format || /^general$/i.test(format.trim())) return undefined;
  const sections = splitSections(format);
  if (value < 0 && sections[1] !== undefined) return sections[1];
  if (value === 0 && sections[2] !== undefined) return sections[2];
  return sections[0];
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\' && i + 1 < format.length) {
      current += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** The format code without quoted literals, escaped characters and [colour]/[condition] parts. */
function codeOnly(section: string): string {
  return section
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
}

export function isPercentFormat(section: string): boolean {
  return codeOnly(section).includes('%');
}

/** Digits after the decimal point that a format shows: "#,##0.0" → 1, "0%" → 0, "@" → none. */
export function formatDecimals(section: string): number | undefined {
  const code = codeOnly(section);
  if (!/[0#?]/.test(code)) return undefined;
  const point = code.indexOf('.');
  if (point < 0) return 0;
  const match = /^[0#?]*/.exec(code.slice(point + 1));
  return match ? match[0].length : 0;
}

/** General format shows up to about ten significant digits and no trailing zeros. */
function generalDecimals(value: number): number {
  // Most figures are whole: they show no decimals, whatever their size.
  if (Number.isInteger(value)) return 0;
  const text = Number(value.toPrecision(10)).toString();
  if (/e/i.test(text)) return 0;
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}
