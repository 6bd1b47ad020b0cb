/**
 * The HTX.* worksheet functions. Each one only reads its arguments through src/core and turns a
 * failed result into a CustomFunctions.Error; the arithmetic lives in src/core/measures.
 *
 * The JSDoc below is the input of custom-functions-metadata (functions.json): ids are permanent
 * (DESIGN.md §4), descriptions match the English of src/core/catalog/functionCatalog.ts (a test
 * compares them), and the build rebases the localhost help URLs on the public base URL.
 * Parameters are `unknown` (metadata type "any"): typed as number, Excel would turn text such
 * as "1.022,5" into #VALUE! before the function runs (DESIGN.md §5).
 */
import type { FunctionId } from '../core/catalog/functionCatalog';
import {
  attainment as attainmentOf,
  capitalSplit as capitalSplitOf,
  growth as growthOf,
  imbalance as imbalanceOf,
  perUnit as perUnitOf,
  readNamedArgument,
  share as shareOf,
  weightedAverage as weightedAverageOf,
} from '../core/measures';
import { convertUnits } from './convertUnits';
import { valueOrThrow } from './toCustomFunctionError';

/**
 * Percent of plan: the actual figure divided by the plan.
 * @customfunction ATTAINMENT
 * @helpurl https://localhost:3000/docs/functions.en.html#attainment
 * @param actual The actual or estimated figure: a number, a cell, or a number written the Vietnamese way such as "1.022,5".
 * @param plan The planned figure of the same indicator, in the same unit; not negative.
 * @returns actual ÷ plan as a fraction (1.0925 is 109.25%).
 */
export function attainment(actual: unknown, plan: unknown): number {
  return valueOrThrow(attainmentOf(actual, plan), 'ATTAINMENT');
}

/**
 * Average per unit: a total divided by a count (average revenue per cooperative, average income per worker…).
 * @customfunction PER_UNIT
 * @helpurl https://localhost:3000/docs/functions.en.html#per_unit
 * @param total The total of the indicator (total revenue, total income…): a number, a cell, or a number written the Vietnamese way such as "1.022,5".
 * @param count The number of units to divide by: cooperatives, members or workers.
 * @returns total ÷ count.
 */
export function perUnit(total: unknown, count: unknown): number {
  return valueOrThrow(perUnitOf(total, count), 'PER_UNIT');
}

/**
 * Weighted average: the sum of value × weight divided by the sum of the weights, over the pairs of cells that both hold numbers.
 * @customfunction WEIGHTED_AVERAGE
 * @helpurl https://localhost:3000/docs/functions.en.html#weighted_average
 * @param values The range of averages (for example the average revenue of each sector). A blank cell or text that is not a number skips its pair.
 * @param weights The range of weights, the same shape as the values (for example the number of cooperatives in each sector).
 * @returns Σ value × weight ÷ Σ weight.
 */
export function weightedAverage(values: unknown[][], weights: unknown[][]): number {
  return valueOrThrow(weightedAverageOf(values, weights), 'WEIGHTED_AVERAGE');
}

/**
 * Share: a part divided by the whole (the share of agricultural cooperatives among all cooperatives…).
 * @customfunction SHARE
 * @helpurl https://localhost:3000/docs/functions.en.html#share
 * @param part The figure of the part: a number, a cell, or a number written the Vietnamese way such as "1.022,5".
 * @param whole The figure of the whole the part belongs to.
 * @returns part ÷ whole as a fraction.
 */
export function share(part: unknown, whole: unknown): number {
  return valueOrThrow(shareOf(part, whole), 'SHARE');
}

/**
 * Growth rate: this period divided by the previous period, minus 1 (negative when it falls).
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/docs/functions.en.html#growth
 * @param current The figure of this period (this year): a number, a cell, or a number written the Vietnamese way such as "1.022,5".
 * @param previous The figure of the previous period (last year) of the same indicator.
 * @returns current ÷ previous − 1 as a fraction.
 */
export function growth(current: unknown, previous: unknown): number {
  return valueOrThrow(growthOf(current, previous), 'GROWTH');
}

/**
 * Capital split: divides a total by shares, rounding each amount so that the amounts add up exactly to the rounded total.
 * @customfunction CAPITAL_SPLIT
 * @helpurl https://localhost:3000/docs/functions.en.html#capital_split
 * @param total The total to split: a number, a cell, or a number written the Vietnamese way such as "1.022,5".
 * @param shares A row or a column of shares: fractions adding up to 1 or percents adding up to 100.
 * @param [decimals] The number of decimals of each amount; blank means 0 (whole units).
 * @returns The amounts, laid out like the shares.
 */
export function capitalSplit(total: unknown, shares: unknown[][], decimals?: unknown): number[][] {
  return valueOrThrow(capitalSplitOf(total, shares, decimals ?? 0), 'CAPITAL_SPLIT');
}

/**
 * Imbalance: a total minus the sum of its parts; 0 when the parts add up.
 * @customfunction IMBALANCE
 * @helpurl https://localhost:3000/docs/functions.en.html#imbalance
 * @param total The total: a number, a cell, or a number written the Vietnamese way such as "1.022,5".
 * @param parts The range of parts (by sector, by district, by funding source…); blank cells are skipped.
 * @returns total − Σ parts.
 */
export function imbalance(total: unknown, parts: unknown[][]): number {
  return valueOrThrow(imbalanceOf(total, parts), 'IMBALANCE');
}

/**
 * Converts units: between đồng, nghìn đồng, triệu đồng and tỷ đồng (with abbreviations such as tr.đ, trđ, tỷ đ) and between per-month and per-year figures.
 * @customfunction CONVERT
 * @helpurl https://localhost:3000/docs/functions.en.html#convert
 * @param value The figure to convert: a number, a cell, or a number written the Vietnamese way such as "1.022,5".
 * @param from_unit The unit of the value, for example "triệu đồng/người/tháng".
 * @param to_unit The unit wanted, for example "triệu đồng/người/năm".
 * @returns The value in the new unit.
 */
export function convert(value: unknown, from_unit: unknown, to_unit: unknown): number {
  return valueOrThrow(convertUnits(value, from_unit, to_unit), 'CONVERT');
}

/**
 * Reads a number written the Vietnamese way: "." between thousands, "," before decimals, leading zeros, words such as "khoảng" (about) and a % sign.
 * @customfunction NUMBER
 * @helpurl https://localhost:3000/docs/functions.en.html#number
 * @param text A cell or string holding a number written as text, for example "1.022,5", "02", "khoảng 600", "34,3%".
 * @returns The number the text means.
 */
export function number(text: unknown): number {
  return valueOrThrow(readNamedArgument(text, 'text'), 'NUMBER');
}

/** Every function under its permanent id, for `CustomFunctions.associate` (index.ts). */
export const customFunctionsById: Record<FunctionId, (...args: never[]) => unknown> = {
  ATTAINMENT: attainment,
  PER_UNIT: perUnit,
  WEIGHTED_AVERAGE: weightedAverage,
  SHARE: share,
  GROWTH: growth,
  CAPITAL_SPLIT: capitalSplit,
  IMBALANCE: imbalance,
  CONVERT: convert,
  NUMBER: number,
};
