import type { MeasureResult } from './measureResult';
import { ratio } from './ratio';

/** A share as a fraction: part ÷ whole (a sector's HTX among all HTX). */
export function share(part: unknown, whole: unknown): MeasureResult<number> {
  return ratio(part, whole, ['part', 'whole']);
}
