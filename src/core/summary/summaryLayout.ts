/** The summary sheet's ten columns, shared by its sections, and their widths in characters. */

export const columns = {
  stt: 'A',
  label: 'B',
  unit: 'C',
  previous: 'D',
  plan: 'E',
  estimate: 'F',
  attainment: 'G',
  growth: 'H',
  next: 'I',
  nextRatio: 'J',
} as const;

export const FIRST = 'A';
export const LAST = 'J';

export const columnWidths: Record<string, number> = {
  A: 6,
  B: 38,
  C: 18,
  D: 12,
  E: 12,
  F: 12,
  G: 11,
  H: 12,
  I: 12,
  J: 12,
};

/** Width of B:G, where finding messages are merged. */
export const MESSAGE_WIDTH = 38 + 18 + 12 * 3 + 11;

/** Width of the whole sheet, for merged sentence rows. */
export const SHEET_WIDTH = Object.values(columnWidths).reduce((a, b) => a + b, 0);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function roman(index: number): string {
  return ROMAN[index] ?? String(index + 1);
}
