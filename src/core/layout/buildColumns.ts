/**
 * Turns the header stacks of a band into the table's columns: the row-number and label columns,
 * and PeriodColumns for periods, comparisons, units, notes, indicator columns of breakdowns
 * ("Tổng số HTX | Đang hoạt động | Tạm ngừng") and funding sources (Tổng số | NSTW | NSĐP | Khác).
 */
import type { IndicatorCode } from '../catalog/indicatorCodes';
import { columnLetters } from '../workbook/address';
import type { Block, PeriodColumn } from './appendixTable';
import { readPeriod, type PeriodReading } from './classifyPeriodColumn';
import { unitInParentheses } from './detectUnits';
import { headerRole, isBreakdownLabelHeader, isTotalText, isUnitListHeader } from './headerRole';
import type { HeaderStack } from './readHeaderStacks';
import { entityIn, matchFunding, matchIndicator } from './matchIndicator';
import { tokensOf } from './phrases';

export interface ColumnLayout {
  sttCol?: number;
  labelCol?: number;
  /** The label column's header names sectors or districts ("Lĩnh vực", "Huyện", "Đơn vị"). */
  breakdownLabel: boolean;
  /** The label column's header names individual cooperatives ("Tên HTX"): a list. */
  listLabel: boolean;
  columns: PeriodColumn[];
  /** What each column's header said, for comparisons resolved later. */
  readings: Map<number, PeriodReading>;
}

export interface ColumnContext {
  /** True when the column holds figures in its data rows. */
  hasFigures: (col: number) => boolean;
  /** The entity the title speaks of ("Số lượng HTX…" → htx). */
  titleBlock?: Block;
}

export function buildColumns(stacks: readonly HeaderStack[], context: ColumnContext): ColumnLayout {
  const layout: ColumnLayout = {
    breakdownLabel: false,
    listLabel: false,
    columns: [],
    readings: new Map(),
  };
  for (const stack of stacks) {
    if (stack.texts.length === 0) continue;
    const own = stack.texts[stack.texts.length - 1];
    const ownTokens = tokensOf(own);
    const role = headerRole(own);
    const header = stack.texts.join(' ');
    const base = { column: columnLetters(stack.col), index: stack.col, header };
    if (role === 'stt' && layout.sttCol === undefined) {
      layout.sttCol = stack.col;
    } else if (role === 'label' && layout.labelCol === undefined) {
      layout.labelCol = stack.col;
      layout.breakdownLabel = isBreakdownLabelHeader(ownTokens);
      layout.listLabel = isUnitListHeader(ownTokens);
    } else if (role === 'unit') {
      layout.columns.push({ ...base, period: 'unit' });
    } else if (role === 'note') {
      layout.columns.push({ ...base, period: 'note' });
    } else if (role === 'value' || context.hasFigures(stack.col)) {
      const column = valueColumn(stack, base, context, layout);
      if (column) layout.columns.push(column);
    } else if (layout.labelCol === undefined && role === 'none' && layout.columns.length === 0) {
      layout.labelCol = stack.col;
    }
  }
  keepFundingOnlyWithSources(layout.columns);
  return layout;
}

function valueColumn(
  stack: HeaderStack,
  base: Pick<PeriodColumn, 'column' | 'index' | 'header'>,
  context: ColumnContext,
  layout: ColumnLayout,
): PeriodColumn | undefined {
  const readings = stack.texts.map((text) => readPeriod(tokensOf(text), text));
  const own = readings[readings.length - 1];
  const nearest = <K extends keyof PeriodReading>(key: K): PeriodReading[K] | undefined => {
    for (let i = readings.length - 1; i >= 0; i--)
      if (readings[i][key] !== undefined) return readings[i][key];
    return undefined;
  };
  const comparison = readings.find((r) => r.period === 'comparison');
  const reading: PeriodReading = own.period === 'comparison' ? own : (comparison ?? own);
  layout.readings.set(stack.col, { ...reading, year: reading.year ?? nearest('year') });

  const column: PeriodColumn = { ...base, period: 'estimate' };
  const period = reading.period ?? nearest('period');
  if (period) {
    column.period = period;
    column.periodFrom = 'header';
  }
  const year = reading.year ?? nearest('year');
  if (year !== undefined) column.year = year;
  if (reading.comparison) column.comparison = reading.comparison;
  if (stack.texts.length > 1) column.group = stack.texts.slice(0, -1).join(' ');

  const ownText = stack.texts[stack.texts.length - 1];
  const unit = unitInParentheses(ownText) ?? unitInParentheses(stack.texts.join(' '));
  if (unit) column.unit = unit;
  if (column.period === 'comparison' && !column.unit && /%/.test(ownText)) column.unit = '%';

  const indicator = columnIndicator(stack, context);
  if (indicator) column.indicator = indicator;
  if (isTotalText(tokensOf(stripParentheses(ownText)))) column.total = true;
  return column;
}

function stripParentheses(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ');
}

/** A breakdown's indicator column ("Đang hoạt động"), or a funding source ("NSTW"). */
function columnIndicator(stack: HeaderStack, context: ColumnContext): IndicatorCode | undefined {
  const own = tokensOf(stripParentheses(stack.texts[stack.texts.length - 1]));
  const parents = stack.texts.slice(0, -1).map((t) => tokensOf(stripParentheses(t)));
  const block = entityIn(own) ?? parents.map(entityIn).find(Boolean) ?? context.titleBlock;
  if (isTotalText(own)) {
    // "Tổng số" under "Số lượng HTX" is the count; beside NSTW/NSĐP it is the funding total.
    for (let i = parents.length - 1; i >= 0; i--) {
      const code = matchIndicator(parents[i], block);
      if (code) return code;
    }
    return matchFunding(own);
  }
  const funding = matchFunding(own);
  if (funding) return funding;
  if (readPeriod(own).period && !hasIndicatorWords(own)) return undefined;
  return matchIndicator(own, block);
}

/** "Số HTX ước TH 2022" names an indicator besides its period. */
function hasIndicatorWords(tokens: readonly string[]): boolean {
  return matchIndicator(tokens.filter((t) => !/^\d+$/.test(t))) !== undefined;
}

/** "Tổng số" and "Khác" are funding columns only beside NSTW or NSĐP. */
function keepFundingOnlyWithSources(columns: PeriodColumn[]): void {
  const sources = columns.some(
    (c) => c.indicator === 'funding.central' || c.indicator === 'funding.local',
  );
  if (sources) {
    for (const c of columns) if (c.indicator === 'funding.total') c.total = true;
    return;
  }
  for (const c of columns) {
    if (c.indicator?.startsWith('funding.')) delete c.indicator;
  }
}
