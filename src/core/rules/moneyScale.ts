/**
 * The money scale a unit string speaks in (1 tỷ = 1.000 triệu), enough for the averages rules to
 * compare a total in tỷ đồng with an average in triệu đồng. Local on purpose: rules only need
 * the scale word, not the full unit parser.
 */
import { plainKey } from './tableCells';

export function moneyScale(unit: string | undefined): number | undefined {
  const key = plainKey(unit);
  if (/\bty dong\b|\bty\b(?! le)/.test(key)) return 1e9;
  if (/\btrieu\b|\btr\.?\s?d/.test(key)) return 1e6;
  if (/\b(nghin|ngan)\b/.test(key)) return 1e3;
  if (/\bdong\b/.test(key)) return 1;
  return undefined;
}

/** Factors to try for average = factor × total ÷ count when units are (not) known. */
export function scaleFactors(
  totalUnit: string | undefined,
  averageUnit: string | undefined,
): number[] {
  const [total, average] = [moneyScale(totalUnit), moneyScale(averageUnit)];
  return total !== undefined && average !== undefined ? [total / average] : [1, 1000, 0.001];
}
