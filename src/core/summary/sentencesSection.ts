/**
 * Draft sentences of the narrative report, as formulas over the summary's own cells, so they
 * follow the figures when the source changes: "Ước đến 31/12/2022 có tổng số 437 HTX, đạt
 * 109% kế hoạch, bằng 110,1% so với năm 2021; kế hoạch năm 2023 là 460 HTX." Numbers are
 * written by vietnameseNumberFormula (locale-independent); a part whose figure is missing is
 * left out at run time, an indicator without an estimate gets no sentence at all.
 */
import type { IndicatorRow } from './indicatorSection';
import { stringLiteral } from './formulaParts';
import { wrappedLines, type SheetWriter } from './sheetWriter';
import { blockNouns, defaultUnit, sentenceSubject, summaryText } from './summaryLabels';
import { columns, SHEET_WIDTH } from './summaryLayout';
import { styles } from './summaryStyles';
import { vietnameseNumberFormula } from './vietnameseNumberFormula';

/** Characters of a 12 pt Times New Roman line across A:J (measured on LibreOffice's output). */
const SENTENCE_LINE = Math.round(SHEET_WIDTH * 1.1);

/** One decimal, dropped when zero: "109", "100,5", "1.980", "6,1". */
const vn = (expression: string) => vietnameseNumberFormula(expression, 1, { trimZeros: true });

export function writeSentences(
  sheet: SheetWriter,
  rows: readonly IndicatorRow[],
  year: number | undefined,
): number[] {
  const written = rows.filter((row) => row.indicator.cells.estimate !== undefined);
  if (written.length === 0) return [];
  sheet.merged('A', 'J', summaryText.sentencesSection, styles.section);
  sheet.next();
  const sentenceRows: number[] = [];
  for (const row of written) {
    const { formula, length } = sentence(row, year);
    sheet.mergedFormula('A', 'J', formula, styles.sentence);
    // Excel does not fit merged rows to their text: about six characters for each number.
    sheet.height(16 * wrappedLines(' '.repeat(length + 6 * 4), SENTENCE_LINE) + 4);
    sentenceRows.push(sheet.row);
    sheet.next();
  }
  return sentenceRows;
}

export function sentenceFormula(row: IndicatorRow, year: number | undefined): string {
  return sentence(row, year).formula;
}

/** The formula, and the length of its words without the numbers (for the row's height). */
function sentence(
  { indicator, row }: IndicatorRow,
  year: number | undefined,
): { formula: string; length: number } {
  const cell = (column: string) => `${column}${row}`;
  const { block, measure } = indicator;
  const unit =
    measure === 'count'
      ? blockNouns[block]
      : sentenceUnit(indicator.unit ?? defaultUnit(block, measure));
  const thisYear = year === undefined ? undefined : year - 1;
  const opening =
    measure === 'count'
      ? `Ước đến 31/12${thisYear === undefined ? '' : `/${thisYear}`} có tổng số `
      : `${sentenceSubject(block, measure)}${thisYear === undefined ? '' : ` năm ${thisYear}`} ước đạt `;
  const words: string[] = [opening, unit, unit];
  const part = (column: string, text: string) => `IF(ISNUMBER(${cell(column)}),${text},"")`;
  const percent = (column: string) => `${vn(`${cell(column)}*100`)}&"%`;
  const pieces = [
    `${stringLiteral(opening)}&${vn(cell(columns.estimate))}&${stringLiteral(` ${unit}`)}`,
    part(columns.attainment, `", đạt "&${percent(columns.attainment)} kế hoạch"`),
    part(
      columns.growth,
      `", bằng "&${percent(columns.growth)} so với ${thisYear === undefined ? 'năm trước' : `năm ${thisYear - 1}`}"`,
    ),
    part(
      columns.next,
      `${stringLiteral(`; kế hoạch năm ${year ?? 'tới'} là `)}&${vn(cell(columns.next))}&${stringLiteral(` ${unit}`)}`,
    ),
    '"."',
  ];
  const formula = `IF(ISNUMBER(${cell(columns.estimate)}),${pieces.join('&')},"")`;
  const connectives = `, đạt % kế hoạch, bằng % so với năm ${thisYear ?? ''}; kế hoạch năm ${year ?? ''} là .`;
  return { formula, length: [...words, connectives].join(' ').length };
}

/** "Thành viên" → "thành viên" inside a sentence; abbreviations ("HTX") stay as they are. */
function sentenceUnit(unit: string): string {
  return /^\p{Lu}\p{Ll}/u.test(unit) ? unit[0].toLowerCase() + unit.slice(1) : unit;
}
