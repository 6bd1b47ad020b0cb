import { exactSum } from '../numbers/decimal';
import { fail, ok, type MeasureResult } from './measureResult';
import { named, readCell, readMatrix, readNamedArgument } from './readArgument';

/**
 * total − Σ parts, exactly as decimals (437 against 100,1 + 336,9 is 0, not −5.7e-14).
 *
 * Inside the parts range, blanks and placeholders ("-", "x", "…") count as nothing and number
 * text is read as written; any other text or a boolean is an error naming the cell: a part typed
 * as "1.02.5" must not silently drop out and let a wrong total balance. A range with no number
 * at all is `missing`: there is nothing to compare the total with.
 */
export function imbalance(total: unknown, parts: unknown): MeasureResult<number> {
  const whole = readNamedArgument(total, 'total');
  if (!whole.ok) return whole;
  const matrix = readMatrix(parts);
  if (!matrix.ok) return named(matrix, 'parts');

  const values: number[] = [];
  for (const [row, cells] of matrix.value.entries()) {
    for (const [column, input] of cells.entries()) {
      const cell = readCell(input);
      if (cell.kind === 'invalid') {
        return fail('not-a-number', { argument: 'parts', row, column, text: cell.text });
      }
      if (cell.kind === 'number') values.push(cell.value);
    }
  }
  if (values.length === 0) return fail('missing', { argument: 'parts' });
  return ok(exactSum([whole.value, ...values.map((value) => -value)]));
}
