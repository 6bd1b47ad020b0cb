import {
  divideDecimals,
  multiplyDecimals,
  sumDecimals,
  toDecimal,
  type Decimal,
} from '../numbers/decimal';
import { fastWeightedAverage } from '../numbers/fastDecimal';
import { fail, ok, type MeasureResult } from './measureResult';
import { named, readCell, readMatrix, shapeOf } from './readArgument';

/**
 * Σ value × weight ÷ Σ weight over the cells where both ranges hold a number (sector averages
 * weighted by sector counts). A blank or text in either cell leaves the pair out, as
 * SUMPRODUCT-style sheets do; number text is read as written. Sums and products are exact
 * decimals, so the one rounding is the final division.
 */
export function weightedAverage(values: unknown, weights: unknown): MeasureResult<number> {
  const valueRange = readMatrix(values);
  if (!valueRange.ok) return named(valueRange, 'values');
  const weightRange = readMatrix(weights);
  if (!weightRange.ok) return named(weightRange, 'weights');
  const shapes = { values: shapeOf(valueRange.value), weights: shapeOf(weightRange.value) };
  if (shapes.values !== shapes.weights) return fail('shape-mismatch', shapes);

  const pairs: { values: number[]; weights: number[] } = { values: [], weights: [] };
  for (const [row, cells] of valueRange.value.entries()) {
    for (const [column, input] of cells.entries()) {
      const value = readCell(input);
      const weight = readCell(weightRange.value[row][column]);
      if (value.kind !== 'number' || weight.kind !== 'number') continue;
      pairs.values.push(value.value);
      pairs.weights.push(weight.value);
    }
  }
  if (pairs.values.length === 0) return fail('missing', { argument: 'values' });
  const fast = fastWeightedAverage(pairs.values, pairs.weights);
  if (fast !== undefined) return ok(fast);
  const weightSum: Decimal[] = pairs.weights.map(toDecimal);
  const products = pairs.values.map((value, i) => multiplyDecimals(toDecimal(value), weightSum[i]));
  const denominator = sumDecimals(weightSum);
  if (denominator.coefficient === 0n) return fail('div-by-zero', { argument: 'weights' });
  return ok(divideDecimals(sumDecimals(products), denominator));
}
