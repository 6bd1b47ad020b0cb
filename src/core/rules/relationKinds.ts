/**
 * The shapes of identity the rules check, each evaluated once with what every cell would need.
 */
import {
  approximateOutcome,
  epsilon,
  type Need,
  type Relation,
  type RelationCell,
  type RelationMeta,
  roundingSlack,
  roundTo,
} from './relation';

const clean = (value: number): number => roundTo(value, 9);

/**
 * total = Σ coefficientᵢ × partᵢ (coefficients default to 1; −1 for outflows).
 * Params gain `total`, `partsSum` and `difference` (total − parts).
 */
export function sumRelation(
  meta: RelationMeta,
  total: RelationCell,
  parts: RelationCell[],
  coefficients: number[] = parts.map(() => 1),
): Relation {
  const cells = [total, ...parts];
  const partsSum = clean(parts.reduce((sum, part, i) => sum + coefficients[i] * part.value, 0));
  const residual = total.value - partsSum;
  const tolerance =
    cells.reduce((sum, cell) => sum + roundingSlack(cell), 0) + epsilon(total.value, partsSum);
  const gap = Math.abs(residual) / Math.max(Math.abs(total.value), Math.abs(partsSum), 1e-9);
  const outcome = approximateOutcome(cells, Math.abs(residual) <= tolerance, gap, meta.severity);
  return {
    ...meta,
    ...outcome,
    params: {
      ...meta.params,
      total: total.value,
      partsSum,
      difference: clean(residual),
      gap: clean(Math.abs(residual)),
    },
    cells,
    derived: 0,
    need: (index) => {
      if (index === 0) return { kind: 'value', value: partsSum, tolerance };
      const coefficient = coefficients[index - 1];
      const value = clean(cells[index].value + residual / coefficient);
      return { kind: 'value', value, tolerance: tolerance / Math.abs(coefficient) };
    },
  };
}

/** Σ parts ≤ whole. Params gain `part` (the sum), `whole` and `excess`. */
export function atMostRelation(
  meta: RelationMeta,
  parts: RelationCell[],
  whole: RelationCell,
): Relation {
  const cells = [whole, ...parts];
  const partsSum = clean(parts.reduce((sum, part) => sum + part.value, 0));
  const excess = clean(partsSum - whole.value);
  const tolerance = cells.reduce((sum, cell) => sum + roundingSlack(cell), 0) + epsilon(partsSum);
  const gap = excess / Math.max(Math.abs(whole.value), 1e-9);
  const outcome = approximateOutcome(cells, excess <= tolerance, gap, meta.severity);
  return {
    ...meta,
    ...outcome,
    params: { ...meta.params, part: partsSum, whole: whole.value, excess },
    cells,
    derived: 0,
    need: (index): Need =>
      index === 0
        ? { kind: 'range', min: partsSum, max: Infinity }
        : { kind: 'range', min: -Infinity, max: clean(cells[index].value - excess) },
  };
}

export interface RatioSpec {
  /** The cell computed as factor × numerator ÷ denominator + offset. */
  derived: RelationCell;
  numerator: RelationCell;
  denominator: RelationCell;
  factor: number;
  offset?: number;
  /** Absolute tolerance on the derived cell. */
  tolerance: number;
}

/** derived = factor × numerator ÷ denominator + offset. Params gain `expected`, `actual`. */
export function ratioRelation(meta: RelationMeta, spec: RatioSpec): Relation | undefined {
  const { derived, numerator: num, denominator: den, factor, tolerance } = spec;
  const offset = spec.offset ?? 0;
  if (den.value === 0) return undefined;
  const expected = (factor * num.value) / den.value + offset;
  const gap = Math.abs(derived.value - expected) / Math.max(Math.abs(expected), 1e-9);
  const cells = [derived, num, den];
  const exact = Math.abs(derived.value - expected) <= tolerance + epsilon(expected);
  const outcome = approximateOutcome(cells, exact, gap, meta.severity);
  const core = derived.value - offset;
  return {
    ...meta,
    ...outcome,
    params: { ...meta.params, expected: clean(expected), actual: derived.value },
    cells,
    derived: 0,
    need: (index) => {
      if (index === 0) return { kind: 'value', value: clean(expected), tolerance };
      if (index === 1) {
        const value = (core * den.value) / factor;
        return {
          kind: 'value',
          value: clean(value),
          tolerance: Math.abs((tolerance * den.value) / factor),
        };
      }
      if (core === 0) return undefined;
      const value = (factor * num.value) / core;
      return {
        kind: 'value',
        value: clean(value),
        tolerance: Math.abs((value / core) * tolerance),
      };
    },
  };
}

/**
 * overall = Σ wᵢ·aᵢ ÷ Σ wᵢ, within ±relativeTolerance. Cells: overall, the part averages, the
 * weights. Params gain `mean`, `min`, `max`, `actual`.
 */
export function weightedMeanRelation(
  meta: RelationMeta,
  overall: RelationCell,
  parts: { average: RelationCell; weight: RelationCell }[],
  relativeTolerance: number,
): Relation | undefined {
  const totalWeight = parts.reduce((sum, part) => sum + part.weight.value, 0);
  if (totalWeight <= 0) return undefined;
  const weighted = parts.reduce((sum, part) => sum + part.weight.value * part.average.value, 0);
  const mean = weighted / totalWeight;
  const averages = parts.map((part) => part.average.value);
  const [min, max] = [Math.min(...averages), Math.max(...averages)];
  const tolerance = relativeTolerance * Math.abs(mean) + roundingSlack(overall) + epsilon(mean);
  const a0 = overall.value;
  const cells = [
    overall,
    ...parts.map((part) => part.average),
    ...parts.map((part) => part.weight),
  ];
  const n = parts.length;
  const gap = Math.abs(a0 - mean) / Math.max(Math.abs(mean), 1e-9);
  const outcome = approximateOutcome(cells, Math.abs(a0 - mean) <= tolerance, gap, meta.severity);
  return {
    ...meta,
    ...outcome,
    params: { ...meta.params, mean: roundTo(mean, 3), min, max, actual: a0 },
    cells,
    derived: 0,
    need: (index) => {
      if (index === 0) return { kind: 'value', value: clean(mean), tolerance };
      const part = parts[(index - 1) % n];
      const restWeighted = weighted - part.weight.value * part.average.value;
      if (index <= n) {
        if (part.weight.value === 0) return undefined;
        const value = (a0 * totalWeight - restWeighted) / part.weight.value;
        return {
          kind: 'value',
          value: clean(value),
          tolerance: (tolerance * totalWeight) / part.weight.value,
        };
      }
      if (a0 === part.average.value) return undefined;
      const restWeight = totalWeight - part.weight.value;
      const value = (restWeighted - a0 * restWeight) / (a0 - part.average.value);
      return {
        kind: 'value',
        value: clean(value),
        tolerance: (tolerance * totalWeight) / Math.abs(a0 - part.average.value),
      };
    },
  };
}
