/**
 * The main table: the key indicators by block, last year's actual, this year's plan and
 * estimate, next year's plan as formulas pointing at their source cells, and the three ratios
 * as guarded formulas over those (formulaParts.ts). A period the source lacks shows "—".
 */
import type { CellStyle } from '../plan/editPlan';
import type { Block } from '../layout/appendixTable';
import { DASH, figureFormula, ratioFormula, sheetReference } from './formulaParts';
import type { KeyIndicator } from './keyIndicators';
import type { SheetWriter } from './sheetWriter';
import type { SourceCell } from './sourceCell';
import { blockHeadings, defaultUnit, indicatorLabel, summaryText } from './summaryLabels';
import { columns, roman } from './summaryLayout';
import type { SummaryPeriod } from './summaryPeriods';
import { styles } from './summaryStyles';

export interface IndicatorRow {
  indicator: KeyIndicator;
  row: number;
}

export interface IndicatorSection {
  /** The header rows, repeated on every printed page, e.g. [8, 10]. */
  headerRows: [number, number];
  rows: IndicatorRow[];
  /** The body rows, block rows included, for the data bars and the chart. */
  body: [number, number];
}

export function writeIndicators(
  sheet: SheetWriter,
  indicators: readonly KeyIndicator[],
  year: number | undefined,
): IndicatorSection {
  const headerTop = sheet.row;
  writeHeaderRows(sheet, year);
  const bodyTop = sheet.row;
  const rows: IndicatorRow[] = [];
  const blocks = [...new Set(indicators.map((indicator) => indicator.block))];
  blocks.forEach((block, index) => {
    writeBlockRow(sheet, block, index);
    indicators
      .filter((indicator) => indicator.block === block)
      .forEach((indicator, i) => {
        writeIndicatorRow(sheet, indicator, i);
        rows.push({ indicator, row: sheet.row });
        sheet.next();
      });
  });
  return { headerRows: [headerTop, bodyTop - 1], rows, body: [bodyTop, sheet.row - 1] };
}

function writeHeaderRows(sheet: SheetWriter, year: number | undefined): void {
  const y = (offset: number) => (year === undefined ? '' : ` ${year + offset}`);
  const top = sheet.row;
  const spanning: [string, string][] = [
    [columns.stt, summaryText.headers.stt],
    [columns.label, summaryText.headers.indicator],
    [columns.unit, summaryText.headers.unit],
    [columns.previous, `Thực hiện năm${y(-2)}`],
    [columns.next, `Kế hoạch năm${y(0)}`],
    [columns.nextRatio, `KH năm${y(0)} so với ƯTH năm${y(-1)} (%)`],
  ];
  for (const [column, text] of spanning) {
    sheet.text(`${column}${top}`, text, styles.header);
    sheet.styled(`${column}${top + 1}`, styles.header);
    sheet.merges.push(`${column}${top}:${column}${top + 1}`);
  }
  sheet.merged(columns.plan, columns.growth, `Năm${y(-1)}`, styles.header);
  const below: [string, string][] = [
    [columns.plan, 'Kế hoạch'],
    [columns.estimate, 'Ước thực hiện'],
    [columns.attainment, 'ƯTH/KH (%)'],
    [columns.growth, `ƯTH so với TH năm${y(-2)} (%)`],
  ];
  for (const [column, text] of below) sheet.text(`${column}${top + 1}`, text, styles.header);
  sheet.height(20, top);
  sheet.height(48, top + 1);
  sheet.next(2);
  const numbering = [
    '(1)',
    '(2)',
    '(3)',
    '(4)',
    '(5)',
    '(6)',
    '(7)=(6)/(5)',
    '(8)=(6)/(4)',
    '(9)',
    '(10)=(9)/(6)',
  ];
  Object.values(columns).forEach((column, i) =>
    sheet.text(`${column}${sheet.row}`, numbering[i], styles.numbering),
  );
  sheet.next();
}

function writeBlockRow(sheet: SheetWriter, block: Block, index: number): void {
  sheet.text(`${columns.stt}${sheet.row}`, roman(index), {
    ...styles.stt,
    font: styles.block.font,
  });
  sheet.text(`${columns.label}${sheet.row}`, blockHeadings[block], styles.block);
  for (const column of Object.values(columns).slice(2)) {
    sheet.styled(`${column}${sheet.row}`, styles.item);
  }
  sheet.next();
}

const figureColumns: [SummaryPeriod, string][] = [
  ['previous', columns.previous],
  ['plan', columns.plan],
  ['estimate', columns.estimate],
  ['next', columns.next],
];

function writeIndicatorRow(sheet: SheetWriter, indicator: KeyIndicator, index: number): void {
  const r = sheet.row;
  sheet.text(`${columns.stt}${r}`, String(index + 1), styles.stt);
  sheet.text(
    `${columns.label}${r}`,
    indicatorLabel(indicator.block, indicator.measure),
    styles.item,
  );
  const unit = indicator.unit ?? defaultUnit(indicator.block, indicator.measure);
  sheet.text(`${columns.unit}${r}`, unit, styles.unit);
  const figureStyle = indicator.decimals ? styles.decimalFigure : styles.figure;
  for (const [period, column] of figureColumns) {
    writeFigure(sheet, `${column}${r}`, indicator.cells[period], figureStyle);
  }
  const ratio = (numerator: string, denominator: string) =>
    ratioFormula(`${numerator}${r}`, `${denominator}${r}`);
  sheet.formula(`${columns.attainment}${r}`, ratio(columns.estimate, columns.plan), styles.ratio);
  sheet.formula(`${columns.growth}${r}`, ratio(columns.estimate, columns.previous), styles.ratio);
  sheet.formula(`${columns.nextRatio}${r}`, ratio(columns.next, columns.estimate), styles.ratio);
}

/** A source cell as a live formula; a period the table does not have as the text "—". */
export function writeFigure(
  sheet: SheetWriter,
  address: string,
  source: SourceCell | undefined,
  style: CellStyle,
): void {
  if (!source) {
    sheet.text(address, DASH, style);
    return;
  }
  const reference = sheetReference(source.sheet, source.address);
  const fallback = source.fromText && source.number !== null ? source.number : undefined;
  sheet.formula(address, figureFormula(reference, fallback), style);
}
