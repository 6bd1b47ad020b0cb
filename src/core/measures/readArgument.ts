/**
 * Reads what a custom function or a rule hands a measure: a number, text as officials write it,
 * a blank, or a 1×1 range.
 */
import { parseVietnameseNumber, type NumberConvention } from '../numbers/parseVietnameseNumber';
import { fail, ok, type MeasureFailure, type MeasureResult } from './measureResult';

/**
 * Vietnamese statistical tables mark "none" or "not applicable" with "-", "x" or "…" instead of
 * leaving the cell empty; they are blanks, not typos.
 */
const PLACEHOLDER = /^(?:-|–|—|x|\.\.\.|…)$/i;

export type CellReading =
  { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

/**
 * One cell's content: numbers as themselves, text through `parseVietnameseNumber` (a percent
 * gives its fraction, a range its midpoint, a trailing unit word is ignored), blanks and
 * placeholders as blank; booleans, NaN, ±Infinity, objects and other text are invalid.
 */
export function readCell(input: unknown, convention: NumberConvention = 'vi'): CellReading {
  if (input === null || input === undefined) return { kind: 'blank' };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { kind: 'number', value: input } : invalid(input);
  }
  if (typeof input !== 'string') return invalid(input);
  const text = input.trim();
  if (text === '' || PLACEHOLDER.test(text)) return { kind: 'blank' };
  const parsed = parseVietnameseNumber(text, convention);
  return parsed ? { kind: 'number', value: parsed.value } : invalid(input);
}

function invalid(input: unknown): CellReading {
  return { kind: 'invalid', text: String(input) };
}

/** A scalar argument; a 1×1 range `[[x]]` stands for its only cell. */
export function readNumberArgument(
  input: unknown,
  convention: NumberConvention = 'vi',
): MeasureResult<number> {
  // Most arguments are plain numbers: answer them before any parsing (bench/functions.mjs).
  if (typeof input === 'number' && Number.isFinite(input)) return ok(input);
  if (Array.isArray(input)) {
    const matrix = readMatrix(input);
    if (!matrix.ok) return matrix;
    const cells = matrix.value.flat();
    if (cells.length === 0) return fail('missing');
    if (cells.length > 1) return fail('shape-mismatch', { shape: shapeOf(matrix.value) });
    return readNumberArgument(cells[0], convention);
  }
  const cell = readCell(input, convention);
  if (cell.kind === 'blank') return fail('missing');
  if (cell.kind === 'invalid') return fail('not-a-number', { text: cell.text });
  return ok(cell.value);
}

/** `readNumberArgument` that names the argument in the error, for the message. */
export function readNamedArgument(input: unknown, argument: string): MeasureResult<number> {
  const result = readNumberArgument(input);
  return result.ok ? result : named(result, argument);
}

export function named(failure: MeasureFailure, argument: string): MeasureFailure {
  return fail(failure.error, { argument, ...failure.detail });
}

/**
 * A range as rows of cells: a 2-D array as it is, a 1-D array as one row, a single value as a
 * 1×1 range. Ragged rows are a shape mismatch.
 */
export function readMatrix(input: unknown): MeasureResult<unknown[][]> {
  if (!Array.isArray(input)) return ok([[input]]);
  const rows = input as unknown[];
  if (!rows.some(Array.isArray)) return ok(rows.length === 0 ? [] : [rows]);
  if (!rows.every(Array.isArray)) return fail('shape-mismatch', { shape: 'ragged' });
  const matrix = rows as unknown[][];
  const width = matrix[0].length;
  if (matrix.some((row) => row.length !== width))
    return fail('shape-mismatch', { shape: 'ragged' });
  return ok(matrix);
}

/** "3×1" */
export function shapeOf(matrix: readonly unknown[][]): string {
  return `${matrix.length}×${matrix[0]?.length ?? 0}`;
}
