/**
 * What every measure returns: a value, or an error code with the facts a message needs.
 * Errors are data (DESIGN.md §6); the wording lives in the message catalogues.
 */

export type MeasureError =
  | 'missing'
  | 'div-by-zero'
  | 'not-a-number'
  | 'incompatible-units'
  | 'shares-not-whole'
  | 'negative-plan'
  | 'shape-mismatch'
  | 'unknown-unit';

/**
 * Facts for the message: `argument` names the argument at fault ('plan', 'parts', …); inside a
 * range, `row` and `column` are 0-based offsets from its top-left cell and `text` is what the
 * cell holds; shapes are written "rows×columns".
 */
export type MeasureDetail = Record<string, string | number>;

export type MeasureResult<T> =
  { ok: true; value: T } | { ok: false; error: MeasureError; detail?: MeasureDetail };

export type MeasureFailure = Extract<MeasureResult<never>, { ok: false }>;

export function ok<T>(value: T): MeasureResult<T> {
  return { ok: true, value };
}

export function fail(error: MeasureError, detail?: MeasureDetail): MeasureFailure {
  return detail ? { ok: false, error, detail } : { ok: false, error };
}
