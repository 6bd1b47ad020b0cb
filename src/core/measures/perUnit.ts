import type { MeasureResult } from './measureResult';
import { ratio } from './ratio';

/** An average per unit: total ÷ count (revenue per HTX, income per worker). */
export function perUnit(total: unknown, count: unknown): MeasureResult<number> {
  return ratio(total, count, ['total', 'count']);
}
