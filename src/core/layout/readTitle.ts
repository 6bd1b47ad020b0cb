/**
 * The lines above a header band: the title ("Biểu số 02: Số lượng HTX phân theo lĩnh vực ước
 * thực hiện năm 2022"), a unit line ("Đơn vị tính: HTX"), and what they say about periods, so
 * that columns without a period of their own can inherit one.
 */
import { periodLabels, type PeriodWord } from '../catalog/periodLabels';
import type { Block } from './appendixTable';
import { unitNoteIn } from './detectUnits';
import { entityIn } from './matchIndicator';
import { compilePhrases, isYearToken, tokensOf, type Tokens } from './phrases';
import type { SheetGrid } from './sheetGrid';

export interface TitleInfo {
  lines: string[];
  unit?: string;
  /** Years the title ties to a period: "… năm 2022 và kế hoạch năm 2023" → 2023 plan. */
  periods: { period: PeriodWord; year?: number }[];
  tokens: Tokens;
  block?: Block;
}

const MAX_TITLE_LINES = 8;
const periodPhrases = periodLabels.flatMap(({ kind, phrases }) =>
  compilePhrases(phrases).map((phrase) => ({ kind, phrase })),
);

export function readTitle(grid: SheetGrid, firstRow: number, bandTop: number): TitleInfo {
  const lines: string[] = [];
  let unit: string | undefined;
  for (let r = Math.max(firstRow, bandTop - MAX_TITLE_LINES); r < bandTop; r++) {
    const texts: string[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      // The grid reads a merged title once, at its top-left cell.
      const text = grid.text(r, c);
      if (text !== '' && typeof grid.value(r, c) === 'string') texts.push(text);
    }
    const line = texts.join(' ').trim();
    if (line === '') continue;
    const note = unitNoteIn(line);
    if (note) unit = note;
    lines.push(line);
  }
  const titleText = lines.filter((l) => !/^\s*\(?\s*(đơn vị tính|đvt)/iu.test(l)).join(' ');
  const tokens = tokensOf(titleText);
  const info: TitleInfo = { lines, periods: titlePeriods(tokens), tokens };
  if (unit) info.unit = unit;
  const block = entityIn(tokens);
  if (block) info.block = block;
  return info;
}

/**
 * Pairs each year with the period word before it in the same clause ("và" ends a clause); a title
 * with period words but no year gives the last word alone.
 */
export function titlePeriods(tokens: Tokens): { period: PeriodWord; year?: number }[] {
  const found: { period: PeriodWord; year?: number }[] = [];
  let current: PeriodWord | undefined;
  let last: PeriodWord | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'va' || token === 'voi') {
      current = undefined;
    } else if (isYearToken(token)) {
      const year = Number(token);
      const seen = found.some((p) => p.period === current && p.year === year);
      if (current && !seen) found.push({ period: current, year });
    } else {
      const hit = periodPhrases.find(({ phrase }) => phrase.every((t, j) => tokens[i + j] === t));
      if (hit && !(hit.kind === 'actual' && current === 'estimate')) {
        current = hit.kind;
        last = hit.kind;
        i += hit.phrase.length - 1;
      }
    }
  }
  if (found.length === 0 && last) found.push({ period: last });
  return found;
}
