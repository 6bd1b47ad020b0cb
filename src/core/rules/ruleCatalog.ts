/**
 * The rule catalogue: every rule id with its severity and the message key of its one-line
 * description (messages/vi.ts, messages/en.ts under `rule.<id>`). The README lists the same.
 * `severity` is the rule's main severity; `milder` lists what some of its findings carry
 * instead (a partition short of an unlisted status, an approximate figure).
 */
import type { RuleId, Severity } from './finding';

export interface RuleCatalogEntry {
  id: RuleId;
  severity: Severity;
  milder?: Severity[];
  descriptionKey: `rule.${RuleId}`;
}

const entry = (id: RuleId, severity: Severity, milder?: Severity[]): RuleCatalogEntry => ({
  id,
  severity,
  ...(milder ? { milder } : {}),
  descriptionKey: `rule.${id}`,
});

export const ruleCatalog: readonly RuleCatalogEntry[] = [
  entry('sum-of-parts', 'error', ['info']),
  entry('parts-short', 'warning', ['info']),
  entry('status-partition', 'error', ['warning', 'info']),
  entry('of-which-exceeds-parent', 'error', ['info']),
  entry('percent-mismatch', 'error', ['info']),
  entry('per-unit-average', 'error', ['info']),
  entry('weighted-average', 'error', ['info']),
  entry('stock-flow', 'warning', ['info']),
  entry('cross-table-total', 'error', ['info']),
  entry('member-htx-exceeds-htx', 'error', ['info']),
  entry('midyear-exceeds-estimate', 'error', ['warning', 'info']),
  entry('scale-slip', 'warning'),
  entry('monthly-in-yearly', 'warning'),
  entry('invalid-count', 'error'),
  entry('number-as-text', 'info'),
  entry('not-a-number', 'info'),
  entry('cell-error', 'warning'),
  entry('legacy-encoding', 'info'),
];

export const ruleIds: readonly RuleId[] = ruleCatalog.map((rule) => rule.id);
