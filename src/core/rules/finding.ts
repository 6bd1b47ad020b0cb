/**
 * Findings are data (DESIGN.md §4): what a rule found, where, and what would fix it.
 * Wording lives in the message catalogues, keyed by `messageKey`; `params` fill it in.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Stable rule ids; the rule catalogue and the README list them. Add, never rename. */
export type RuleId =
  | 'sum-of-parts'
  | 'parts-short'
  | 'status-partition'
  | 'of-which-exceeds-parent'
  | 'percent-mismatch'
  | 'per-unit-average'
  | 'weighted-average'
  | 'stock-flow'
  | 'cross-table-total'
  | 'member-htx-exceeds-htx'
  | 'midyear-exceeds-estimate'
  | 'scale-slip'
  | 'monthly-in-yearly'
  | 'invalid-count'
  | 'number-as-text'
  | 'not-a-number'
  | 'cell-error'
  | 'legacy-encoding';

export type SuggestionReason =
  | 'wrong-digit'
  | 'swapped-digits'
  | 'missing-digit'
  | 'extra-digit'
  | 'sign'
  | 'scale-1000'
  | 'monthly-12'
  | 'rounding'
  | 'recompute';

export interface Suggestion {
  /** The cell to change, sheet-qualified when on another sheet than the finding. */
  cell: string;
  value: number;
  reason: SuggestionReason;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** Most likely culprit first (DESIGN.md §4); other sheets' cells are sheet-qualified. */
  cells: string[];
  /** Key into the message catalogues (vi, en). */
  messageKey: string;
  /** Values for the message's placeholders. */
  params: Record<string, string | number>;
  expected?: number;
  actual?: number;
  suggestion?: Suggestion;
  accepted?: { reason: string; date: string };
}
