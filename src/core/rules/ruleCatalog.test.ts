import { vi } from '../messages/vi';
import { allRules } from './allRules';
import type { RuleId } from './finding';
import { ruleCatalog, ruleIds } from './ruleCatalog';

/** Listing every RuleId here makes the compiler flag a new id missing from this test. */
const everyRuleId: Record<RuleId, true> = {
  'sum-of-parts': true,
  'parts-short': true,
  'status-partition': true,
  'of-which-exceeds-parent': true,
  'percent-mismatch': true,
  'per-unit-average': true,
  'weighted-average': true,
  'stock-flow': true,
  'cross-table-total': true,
  'member-htx-exceeds-htx': true,
  'midyear-exceeds-estimate': true,
  'scale-slip': true,
  'monthly-in-yearly': true,
  'invalid-count': true,
  'number-as-text': true,
  'not-a-number': true,
  'cell-error': true,
  'legacy-encoding': true,
};

describe('the rule catalogue', () => {
  it('lists every rule id once, in the same order as the rules run', () => {
    expect([...ruleIds].sort()).toEqual(Object.keys(everyRuleId).sort());
    expect(allRules.map((rule) => rule.id)).toEqual(ruleIds);
  });

  it('gives each rule the severity the rule object declares', () => {
    for (const rule of allRules) {
      expect(ruleCatalog.find((entry) => entry.id === rule.id)?.severity).toBe(rule.severity);
    }
  });

  it('has a description for every rule in the message catalogue', () => {
    for (const entry of ruleCatalog) expect(vi).toHaveProperty([entry.descriptionKey]);
  });
});
