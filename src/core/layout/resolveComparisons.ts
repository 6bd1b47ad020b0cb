/**
 * Which two columns a comparison column divides, in order of trust: the column-number row
 * ("(7)=(6)/(5)"), the header words ("% ƯTH/KH", "KH 2023/ƯTH 2022", "% so KH"), or the cell
 * formulas ("=F12/E12*100"). `compares` holds the column letters, numerator first.
 */
import { columnIndex } from '../workbook/address';
import type { CellSnapshot } from '../workbook/snapshot';
import type { PeriodColumn } from './appendixTable';
import { numberingRatio, type PeriodReading, type PeriodSide } from './classifyPeriodColumn';

export interface ComparisonSources {
  readings: Map<number, PeriodReading>;
  /** Column → token and text of the column-number row. */
  numbering?: Map<number, { token: string; text: string }>;
  /** Cells of a column in the data rows, with their sheet row index. */
  cellsOf: (col: number) => { row: number; cell: CellSnapshot | undefined }[];
}

const FIGURES: readonly string[] = ['actual', 'plan', 'midyear', 'estimate'];

export function resolveComparisons(columns: PeriodColumn[], sources: ComparisonSources): void {
  if (sources.numbering) {
    for (const column of columns) {
      const entry = sources.numbering.get(column.index);
      if (entry) column.numbering = entry.token;
    }
  }
  for (const column of columns) {
    if (column.period !== 'comparison') continue;
    const found =
      fromNumbering(column, columns, sources) ??
      fromHeader(column, columns, sources.readings.get(column.index)) ??
      fromFormulas(column, columns, sources);
    if (!found) continue;
    column.compares = { numerator: found.pair[0].column, denominator: found.pair[1].column };
    column.comparesFrom = found.from;
    if (column.year === undefined && found.pair[0].year !== undefined)
      column.year = found.pair[0].year;
  }
}

type Found = { pair: [PeriodColumn, PeriodColumn]; from: 'numbering' | 'header' | 'formula' };

function fromNumbering(
  column: PeriodColumn,
  columns: PeriodColumn[],
  sources: ComparisonSources,
): Found | undefined {
  const own = sources.numbering?.get(column.index)?.text;
  const ratio = (own && numberingRatio(own)) ?? numberingRatio(column.header);
  if (!ratio) return undefined;
  const byToken = (token: string) => columns.find((c) => c.numbering === token);
  const a = byToken(ratio[0]);
  const b = byToken(ratio[1]);
  return a && b && a !== column && b !== column ? { pair: [a, b], from: 'numbering' } : undefined;
}

function fromHeader(
  column: PeriodColumn,
  columns: PeriodColumn[],
  reading: PeriodReading | undefined,
): Found | undefined {
  if (!reading) return undefined;
  const { numerator, denominator } = reading;
  if (numerator?.period && denominator?.period) {
    const a = pick(columns, column, numerator, column.year);
    const b = a && pick(columns, column, denominator, numerator.year ?? column.year ?? a.year);
    return a && b && a !== b ? { pair: [a, b], from: 'header' } : undefined;
  }
  // "% so KH", "Đạt % KH": the nearest figure column on the left against the plan of its year.
  if (/\b(?:kh|ke hoach)\b/i.test(plain(column.header))) {
    const left = [...columns]
      .reverse()
      .find((c) => c.index < column.index && FIGURES.includes(c.period) && c.period !== 'plan');
    if (!left) return undefined;
    const plan = pick(columns, column, { period: 'plan', year: left.year }, left.year);
    return plan ? { pair: [left, plan], from: 'header' } : undefined;
  }
  return undefined;
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The column of a period (and year), the nearest one left of the comparison column first. */
function pick(
  columns: PeriodColumn[],
  comparison: PeriodColumn,
  side: PeriodSide,
  fallbackYear: number | undefined,
): PeriodColumn | undefined {
  const year = side.year ?? fallbackYear;
  const candidates = columns.filter(
    (c) =>
      c !== comparison &&
      c.period === side.period &&
      (year === undefined || c.year === year || c.year === undefined),
  );
  const exact = candidates.filter((c) => year === undefined || c.year === year);
  const pool = exact.length > 0 ? exact : candidates;
  const left = pool.filter((c) => c.index < comparison.index);
  return (left.length > 0 ? left[left.length - 1] : pool[0]) ?? undefined;
}

const RATIO_FORMULA = /\$?([A-Z]{1,3})\$?(\d+)\s*\/\s*\$?([A-Z]{1,3})\$?(\d+)/;

/** The two columns that most formulas of the column divide, on the formula's own row. */
function fromFormulas(
  column: PeriodColumn,
  columns: PeriodColumn[],
  sources: ComparisonSources,
): Found | undefined {
  const votes = new Map<string, number>();
  for (const { row, cell } of sources.cellsOf(column.index).slice(0, 200)) {
    const match = cell?.formula ? RATIO_FORMULA.exec(cell.formula.toUpperCase()) : null;
    if (!match || Number(match[2]) !== row + 1 || Number(match[4]) !== row + 1) continue;
    const key = `${match[1]}/${match[3]}`;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const [num, den] = best[0].split('/');
  const a = columns.find((c) => c.index === columnIndex(num));
  const b = columns.find((c) => c.index === columnIndex(den));
  if (!a || !b || a === column || b === column) return undefined;
  return { pair: [a, b], from: 'formula' };
}
