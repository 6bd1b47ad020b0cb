/** Test builder: a finding on "PL I" naming E5 first, with a suggested value for E5. */
import type { Finding } from '../rules/finding';

export function findingOf(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'sum-of-parts',
    severity: 'error',
    sheet: 'PL I',
    cells: ['E5', 'E7', 'E8'],
    messageKey: 'sum-of-parts.rows',
    params: {},
    expected: 203,
    actual: 230,
    suggestion: { cell: 'E5', value: 203, reason: 'swapped-digits' },
    ...over,
  };
}
