/**
 * The wording of custom-function errors, in Vietnamese and English, keyed by MeasureError.
 * Measures return codes and facts (DESIGN.md §6); only this catalogue turns them into text.
 * Excel shows the message in the cell's error tooltip, so each is one short sentence.
 */
import type { MeasureError } from '../core/measures';
import { formatVietnameseNumber } from '../core/numbers/formatVietnameseNumber';

export type MessageLanguage = 'vi' | 'en';

/** The facts of a MeasureDetail, made readable: names localised, numbers written per language. */
export interface MessageFacts {
  /** The argument at fault, as Excel names it in this language ("kế hoạch", "plan"). */
  argument?: string;
  /** Where in a range: "hàng 2, cột 1" / "row 2, column 1". */
  cell?: string;
  text?: string;
  /** A number from the detail (shares' sum, a negative plan, a bad decimals), written. */
  value?: string;
  /** Shapes "3×1" of the range(s) concerned. */
  shapes?: string[];
  /** A unit, or "from → to". */
  unit?: string;
  /** The argument is `decimals` (of CAPITAL_SPLIT). */
  decimals?: boolean;
  /** A share is negative (CAPITAL_SPLIT). */
  negativeShare?: boolean;
  /** The shares of CAPITAL_SPLIT are neither a row nor a column. */
  notALine?: boolean;
}

type Catalogue = Record<MeasureError, (facts: MessageFacts) => string>;

const of = (facts: MessageFacts, before: string) =>
  facts.argument ? `${before}${facts.argument}` : '';
/** " (các thành phần, hàng 2, cột 1)": which argument and where in it, as far as known. */
const where = (facts: MessageFacts) => {
  const parts = [facts.argument, facts.cell].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
};
const at = (facts: MessageFacts) => (facts.cell ? ` (${facts.cell})` : '');

const vi: Catalogue = {
  missing: (f) => `Thiếu số liệu${of(f, ': ')}`,
  'div-by-zero': (f) => `Không chia được cho 0: ${f.argument ?? 'số chia'} bằng 0`,
  'not-a-number': (f) =>
    f.decimals
      ? `Số chữ số thập phân phải là số nguyên từ -9 đến 9${f.value ? ` (đang là ${f.value})` : ''}`
      : `Không đọc được "${f.text ?? ''}" thành số${where(f)}`,
  'incompatible-units': (f) =>
    `Không đổi được đơn vị${f.unit ? ` ${f.unit}` : ''}: hai đơn vị khác loại`,
  'shares-not-whole': (f) =>
    f.negativeShare
      ? `Tỷ lệ phân bổ không được âm${at(f)}`
      : `Tỷ lệ phân bổ cộng lại bằng ${f.value ?? '?'}, phải là 100% (hoặc 1)`,
  'negative-plan': (f) =>
    `Số kế hoạch là số âm${f.value ? ` (${f.value})` : ''}: không tính được tỷ lệ đạt`,
  'shape-mismatch': (f) =>
    f.notALine
      ? `Vùng tỷ lệ phải là một hàng hoặc một cột (đang là ${f.shapes?.join(', ') ?? '?'})`
      : `Các vùng không cùng kích thước hoặc không phải hình chữ nhật${f.shapes ? ` (${f.shapes.join(' và ')})` : ''}`,
  'unknown-unit': (f) => `Không nhận ra đơn vị "${f.unit ?? ''}"`,
};

const en: Catalogue = {
  missing: (f) => `Missing value${of(f, ': ')}`,
  'div-by-zero': (f) => `Division by zero: ${f.argument ?? 'the divisor'} is 0`,
  'not-a-number': (f) =>
    f.decimals
      ? `Decimals must be a whole number from -9 to 9${f.value ? ` (got ${f.value})` : ''}`
      : `Cannot read "${f.text ?? ''}" as a number${where(f)}`,
  'incompatible-units': (f) =>
    `Cannot convert${f.unit ? ` ${f.unit}` : ' the units'}: they measure different things`,
  'shares-not-whole': (f) =>
    f.negativeShare
      ? `A share must not be negative${at(f)}`
      : `The shares add up to ${f.value ?? '?'}; they must make 100% (or 1)`,
  'negative-plan': (f) =>
    `The plan is negative${f.value ? ` (${f.value})` : ''}: percent of plan has no meaning`,
  'shape-mismatch': (f) =>
    f.notALine
      ? `The shares must be a single row or column (got ${f.shapes?.join(', ') ?? '?'})`
      : `The ranges are not the same shape or not rectangular${f.shapes ? ` (${f.shapes.join(' and ')})` : ''}`,
  'unknown-unit': (f) => `Unknown unit "${f.unit ?? ''}"`,
};

const catalogues: Record<MessageLanguage, Catalogue> = { vi, en };

export function messageFor(
  error: MeasureError,
  facts: MessageFacts,
  language: MessageLanguage,
): string {
  return catalogues[language][error](facts);
}

/** Up to six decimals, trailing zeros dropped: 99,5 / 99.5; 1.022,5 / 1,022.5. */
export function formatNumber(value: number, language: MessageLanguage): string {
  if (!Number.isFinite(value)) return String(value);
  const vi = formatVietnameseNumber(value, 6).replace(/,?0+$/, '');
  return language === 'vi' ? vi : vi.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
}

/** "hàng 2, cột 1" for 0-based offsets inside a range. */
export function cellPosition(row: number, column: number, language: MessageLanguage): string {
  return language === 'vi'
    ? `hàng ${row + 1}, cột ${column + 1}`
    : `row ${row + 1}, column ${column + 1}`;
}
