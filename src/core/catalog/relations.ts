/**
 * How indicators relate, as data (DOMAIN.md "Relations a careful reviewer checks"). The rules in
 * core/rules read these lists; adding a relation here is enough for the rules to check it.
 * Measures are block-relative (`count`, `active`…): a relation holds inside each block (HTX,
 * LHHTX, THT) and is instantiated as `${block}.${measure}` codes.
 */
import { blockMeasures, type BlockMeasure, type IndicatorCode } from './indicatorCodes';

export type BlockName = 'htx' | 'lhhtx' | 'tht';
export const blocks: readonly BlockName[] = ['htx', 'lhhtx', 'tht'];

/**
 * Status split: count = active + paused [+ dissolving]. "dissolved" (during the year) is a flow,
 * yet breakdowns list it beside the statuses: try the split with and without it.
 */
export const statusPartition = {
  total: 'count',
  statuses: ['active', 'paused', 'dissolving'],
  /** Statuses that must be present for the split to be checked at all. */
  required: ['active', 'paused'],
  flowsSometimesListed: ['dissolved'],
} as const satisfies {
  total: BlockMeasure;
  statuses: readonly BlockMeasure[];
  required: readonly BlockMeasure[];
  flowsSometimesListed: readonly BlockMeasure[];
};

/** Flows happen during a period: never parts of a stock, never summed into a total. */
export const flowMeasures: readonly BlockMeasure[] = ['new', 'dissolved', 'converted'];

/** "Trong đó" pairs: the part never exceeds the whole. */
export interface OfWhichPair {
  part: BlockMeasure;
  whole: BlockMeasure;
}
export const ofWhichPairs: readonly OfWhichPair[] = [
  { part: 'active', whole: 'count' },
  { part: 'paused', whole: 'count' },
  { part: 'dissolving', whole: 'count' },
  { part: 'rated-good', whole: 'count' },
  { part: 'high-tech', whole: 'count' },
  { part: 'value-chain', whole: 'count' },
  { part: 'new-members', whole: 'members' },
  { part: 'member-workers', whole: 'workers' },
  { part: 'managers-intermediate', whole: 'managers' },
  { part: 'managers-college', whole: 'managers' },
  { part: 'avg-revenue-members', whole: 'avg-revenue' },
];

/** Disjoint "of which" parts: together they still never exceed the whole. */
export const disjointOfWhich: readonly { whole: BlockMeasure; parts: readonly BlockMeasure[] }[] = [
  { whole: 'managers', parts: ['managers-intermediate', 'managers-college'] },
];

/** Codes in different blocks: LHHTX member cooperatives are cooperatives. */
export const crossBlockAtMost: readonly { part: IndicatorCode; whole: IndicatorCode }[] = [
  { part: 'lhhtx.member-htx', whole: 'htx.count' },
];

/**
 * Stock and flow, on year-end figures: stock(N) ≈ stock(N-1) + inflows − outflows.
 * `optionalOutflows` are subtracted when their row is present, and the check passes if the
 * balance closes with or without them.
 */
export const stockFlow = {
  stock: 'count',
  inflows: ['new'],
  outflows: ['dissolved'],
  optionalOutflows: ['converted'],
} as const satisfies {
  stock: BlockMeasure;
  inflows: readonly BlockMeasure[];
  outflows: readonly BlockMeasure[];
  optionalOutflows: readonly BlockMeasure[];
};

/** Cumulative within a year: the 30/6 figure can never exceed the year-end one. */
export const cumulativeWithinYear: readonly BlockMeasure[] = [
  'new',
  'dissolved',
  'converted',
  'new-members',
];
/** Stocks that usually grow: a 30/6 figure above the year-end estimate is a doubt, not an error. */
export const usuallyGrowingStocks: readonly BlockMeasure[] = ['count', 'members', 'member-htx'];

/** average = total ÷ count; the denominator may be all units or only active ones. */
export interface PerUnitAverage {
  average: BlockMeasure;
  total: BlockMeasure;
  denominators: readonly BlockMeasure[];
}
export const perUnitAverages: readonly PerUnitAverage[] = [
  { average: 'avg-revenue', total: 'revenue', denominators: ['count', 'active'] },
  { average: 'avg-profit', total: 'profit', denominators: ['count', 'active'] },
];

/** An overall average is the weighted mean of the part averages, weighted by these counts. */
export const weightedAverages: readonly {
  average: BlockMeasure;
  weights: readonly BlockMeasure[];
}[] = [
  { average: 'avg-revenue', weights: ['count', 'active'] },
  { average: 'avg-profit', weights: ['count', 'active'] },
  { average: 'avg-income', weights: ['workers'] },
];

/** Whole, non-negative numbers. */
export const countMeasures: readonly BlockMeasure[] = [
  'count',
  'active',
  'paused',
  'dissolving',
  'new',
  'dissolved',
  'converted',
  'rated-good',
  'high-tech',
  'value-chain',
  'member-htx',
  'members',
  'new-members',
  'workers',
  'member-workers',
  'managers',
  'managers-intermediate',
  'managers-college',
];

/**
 * Incomes stated per year: a figure inside `monthlyBand` (triệu đồng) in a "/năm" row is almost
 * surely a monthly figure (national 56 triệu/năm ≈ 4,7 triệu/tháng).
 */
export const perYearIncome: readonly { measure: BlockMeasure; monthlyBand: [number, number] }[] = [
  { measure: 'avg-income', monthlyBand: [3, 10] },
];

/**
 * Plausible ranges in triệu đồng for per-HTX averages (research §4 row 11): a value that is
 * implausible but becomes plausible ×1000 was typed in tỷ.
 */
export const plausibleMillions: readonly { measure: BlockMeasure; range: [number, number] }[] = [
  { measure: 'avg-revenue', range: [50, 100_000] },
];

/** Tổng = NSTW + NSĐP + khác, across the columns of each programme row and down the total row. */
export const fundingPartition = {
  total: 'funding.total',
  parts: ['funding.central', 'funding.local', 'funding.other'],
} as const satisfies { total: IndicatorCode; parts: readonly IndicatorCode[] };

/** Code helpers. */
export function blockCode(block: BlockName, measure: BlockMeasure): IndicatorCode {
  return `${block}.${measure}`;
}

/** Splits `htx.count` into block and measure; undefined for sector and funding codes. */
export function splitBlockCode(
  code: string | undefined,
): { block: BlockName; measure: BlockMeasure } | undefined {
  if (!code) return undefined;
  const dot = code.indexOf('.');
  const block = code.slice(0, dot) as BlockName;
  const measure = code.slice(dot + 1) as BlockMeasure;
  if (!blocks.includes(block) || !blockMeasures.includes(measure)) return undefined;
  return { block, measure };
}

export function measureOf(code: string | undefined): BlockMeasure | undefined {
  return splitBlockCode(code)?.measure;
}

export function isSectorCode(code: string | undefined): boolean {
  return code !== undefined && code.startsWith('sector.');
}

export function isCountMeasure(code: string | undefined): boolean {
  const measure = measureOf(code);
  return measure !== undefined && countMeasures.includes(measure);
}

export function isFlow(code: string | undefined): boolean {
  const measure = measureOf(code);
  return measure !== undefined && flowMeasures.includes(measure);
}

export function isStatusOrListedFlow(code: string | undefined): boolean {
  const measure = measureOf(code);
  return (
    measure !== undefined &&
    ([...statusPartition.statuses, ...statusPartition.flowsSometimesListed] as string[]).includes(
      measure,
    )
  );
}

/** True when `part` is declared an "of which" of `whole` (same block). */
export function isOfWhichPair(part: string | undefined, whole: string | undefined): boolean {
  const p = splitBlockCode(part);
  const w = splitBlockCode(whole);
  if (!p || !w || p.block !== w.block) return false;
  return ofWhichPairs.some((pair) => pair.part === p.measure && pair.whole === w.measure);
}
