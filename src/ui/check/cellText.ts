/**
 * Values as the user reads them: numbers in the interface language's notation ("1.022,5" in
 * Vietnamese), formulas with their "=", blanks named. The core formatter is used rather than
 * Intl, so the text never depends on the machine's locale data (DESIGN.md §3).
 */
import type { CellWrite } from '../../core/plan/editPlan';
import { formatNumber } from '../../core/messages/formatMessage';
import type { Language } from '../language';

export function numberText(value: number, language: Language): string {
  return formatNumber(value, language);
}

export function cellWriteText(write: CellWrite | undefined, language: Language, blank: string) {
  if (!write) return blank;
  switch (write.kind) {
    case 'number':
      return formatNumber(write.value, language);
    case 'formula':
      return `=${write.formula}`;
    case 'text':
      return write.value;
    case 'boolean':
      return write.value ? 'TRUE' : 'FALSE';
    case 'blank':
      return blank;
  }
}

/**
 * An ISO date-time as local "dd/mm/yyyy hh:mm" (Vietnamese) or "yyyy-mm-dd hh:mm" (English),
 * built by hand for the same reason as numbers.
 */
export function dateTimeText(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [date.getFullYear(), pad(date.getMonth() + 1), pad(date.getDate())];
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return language === 'vi' ? `${d}/${m}/${y} ${time}` : `${y}-${m}-${d} ${time}`;
}
