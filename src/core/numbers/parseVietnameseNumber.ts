/**
 * Reads numbers as officials write them in appendix cells and reports: "1.022,5", "02",
 * "khoảng 600", "34,3%", "15 - 20", "2,2 tỷ". Total: any string gives a ParsedNumber or null.
 */
import { exactSum } from './decimal';

/** 'vi': "." groups thousands and "," marks decimals; 'en' (English-language copies) flips them. */
export type NumberConvention = 'vi' | 'en';

export interface ParsedNumber {
  /** The number; for a percent, the fraction (34,3% → 0.343); for a range, its midpoint. */
  value: number;
  /** Digits after the decimal mark as written (34,3% → 1; for a range, the larger count). */
  decimals: number;
  percent: boolean;
  /** Prefixed by "khoảng", "trên", "hơn", "gần", "xấp xỉ", "~" or "≈". */
  approximate: boolean;
  /** "15 - 20" → [15, 20]. */
  range?: [number, number];
  /** A trailing unit word, not applied: "2,2 tỷ" → "tỷ". */
  unitText?: string;
}

const APPROXIMATE = /^(?:(?:khoảng|trên|hơn|gần|xấp xỉ)\s+|[~≈]\s*)/iu;
/** Sign, digits and separators; the separators are sorted out by `readDigits`. */
const NUMBER = /[+\-\u2212]?\d+(?:[., ]\d+)*(?:e[+-]?\d+)?/iy;
const PERCENT = / ?%/y;
/** "15 - 20", "15–20", "15 ÷ 20", "15 đến 20". */
const RANGE_SEPARATOR = / ?(?:-|–|—|÷|đến|tới) ?/iy;
/** A unit word: starts with a letter or "/", holds no digit ("tỷ đồng", "triệu đồng/người/năm"). */
const UNIT_TEXT = / ?([\p{L}/][^\d%]*)$/uy;

interface Reading {
  value: number;
  decimals: number;
  percent: boolean;
  end: number;
}

export function parseVietnameseNumber(
  text: string,
  convention: NumberConvention = 'vi',
): ParsedNumber | null {
  if (typeof text !== 'string') return null;
  // NBSP, thin and narrow spaces separate thousands too; fold every space run to one " ".
  let rest = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const approximate = APPROXIMATE.exec(rest);
  if (approximate) rest = rest.slice(approximate[0].length);

  const first = readNumber(rest, 0, convention);
  if (!first) return null;
  let position = first.end;
  let range: [number, number] | undefined;
  let percent = first.percent;
  let decimals = first.decimals;

  RANGE_SEPARATOR.lastIndex = position;
  const separator = RANGE_SEPARATOR.exec(rest);
  if (separator) {
    const second = readNumber(rest, RANGE_SEPARATOR.lastIndex, convention);
    // "15 - 20%" means 15% to 20%; "15% - 20" is not a way anyone writes a range.
    if (!second || (first.percent && !second.percent)) return null;
    const low = second.percent && !first.percent ? first.value / 100 : first.value;
    if (low > second.value) return null;
    range = [low, second.value];
    percent = second.percent;
    decimals = Math.max(decimals, second.decimals);
    position = second.end;
  }

  let unitText: string | undefined;
  if (position < rest.length) {
    UNIT_TEXT.lastIndex = position;
    const unit = UNIT_TEXT.exec(rest);
    if (!unit) return null;
    unitText = unit[1].trim();
  }

  const value = range ? exactSum(range) / 2 : first.value;
  return {
    value,
    decimals,
    percent,
    approximate: approximate !== null,
    ...(range ? { range } : {}),
    ...(unitText ? { unitText } : {}),
  };
}

/** One number with an optional "%" at `start`, or null. */
function readNumber(text: string, start: number, convention: NumberConvention): Reading | null {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match) return null;
  const digits = readDigits(match[0], convention);
  if (!digits) return null;
  PERCENT.lastIndex = NUMBER.lastIndex;
  const percent = PERCENT.exec(text) !== null;
  const end = percent ? PERCENT.lastIndex : NUMBER.lastIndex;
  const exponent = digits.exponent - (percent ? 2 : 0);
  // The string parser rounds once and correctly: "34,3%" is exactly the double nearest 0.343.
  const value = Number(`${digits.sign}${digits.integer}.${digits.fraction}e${exponent}`) + 0;
  if (!Number.isFinite(value)) return null;
  const decimals = Math.max(digits.fraction.length - digits.exponent, 0);
  return { value, decimals, percent, end };
}

interface Digits {
  sign: '' | '-';
  integer: string;
  fraction: string;
  exponent: number;
}

/** Decides which separator is which; null when the grouping is not a valid one. */
function readDigits(body: string, convention: NumberConvention): Digits | null {
  const sign = /^[-\u2212]/.test(body) ? '-' : '';
  const unsigned = body.replace(/^[+\-\u2212]/, '');
  const scientific = /^(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(unsigned);
  if (scientific) {
    // "1.5e-7" is how JavaScript writes small numbers; it has no grouping to misread.
    const [, integer, fraction = '', exponent] = scientific;
    return { sign, integer, fraction, exponent: Number(exponent) };
  }
  if (/e/i.test(unsigned)) return null;

  const decimalMark = convention === 'vi' ? ',' : '.';
  const groupMark = convention === 'vi' ? '.' : ',';
  const parts = unsigned.split(decimalMark);
  if (parts.length > 2) return null;
  if (parts.length === 2) {
    const integer = ungroup(parts[0], groupMark);
    return integer !== null && /^\d+$/.test(parts[1])
      ? { sign, integer, fraction: parts[1], exponent: 0 }
      : null;
  }
  // Leniency for raw values ("1022.5" from a formula or JavaScript): in 'vi', a single "."
  // is thousands only when exactly three digits follow it and a non-zero digit leads, as in
  // "1.022"; nobody writes 500 as "0.500".
  const plain = /^(\d+)\.(\d+)$/.exec(unsigned);
  if (convention === 'vi' && plain && (plain[2].length !== 3 || plain[1].startsWith('0'))) {
    return { sign, integer: plain[1], fraction: plain[2], exponent: 0 };
  }
  const integer = ungroup(unsigned, groupMark);
  return integer === null ? null : { sign, integer, fraction: '', exponent: 0 };
}

/**
 * "1.234.567" → "1234567": one kind of separator, groups of three after the first, which does
 * not start with 0 (zero padding is for small counts, "02", never for grouped numbers).
 */
function ungroup(text: string, groupMark: string): string | null {
  if (/^\d+$/.test(text)) return text;
  if (text.startsWith('0')) return null;
  const separators = new Set(text.replace(/\d/g, ''));
  if (separators.size !== 1 || !(separators.has(groupMark) || separators.has(' '))) return null;
  const groups = text.split(/[., ]/);
  const valid = groups.every((group, index) =>
    index === 0 ? group.length >= 1 && group.length <= 3 : group.length === 3,
  );
  return valid ? groups.join('') : null;
}
