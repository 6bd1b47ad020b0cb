/**
 * What a cell shows in the grid: numbers in the reader's language ("1.022,5" in Vietnamese),
 * percentages by their format, dates as day/month/year, errors by their code. The grid only
 * shows the file; it computes nothing.
 */
import { formatNumber, type Lang } from '../../core/messages/formatMessage';
import { isCellError, type CellSnapshot } from '../../core/workbook/snapshot';

const excelEpoch = Date.UTC(1899, 11, 30);

/** A date format has day or year codes outside quotes and no digit placeholders. */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare) && !/[#0?]/.test(bare);
}

export function cellText(cell: CellSnapshot | undefined, lang: Lang): string {
  const value = cell?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value.error;
  const format = cell?.numberFormat ?? '';
  if (format.includes('%')) return `${formatNumber(value * 100, lang)}%`;
  if (format && isDateFormat(format)) {
    const date = new Date(excelEpoch + Math.round(value * 86_400_000));
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  }
  return formatNumber(value, lang);
}

export function isNumberCell(cell: CellSnapshot | undefined): boolean {
  return typeof cell?.value === 'number';
}

/** The hover text: the full value, and the formula when the cell holds one. */
export function cellTitle(cell: CellSnapshot | undefined, text: string): string | undefined {
  if (!cell) return undefined;
  return cell.formula ? `${text}\n=${cell.formula}` : text || undefined;
}
