/**
 * DOMAIN.md: "the denominator may be all HTX or only active ones: say which one matches". When
 * an average holds only with the active HTX as denominator, the rule says so as an info (never
 * evidence against any cell: the culprit engine ignores infos).
 */
import type { Relation } from './relation';

export function chooseAverageRelation(
  candidates: Relation[],
  gap: (relation: Relation) => number,
): Relation | undefined {
  const holding = candidates.find((relation) => relation.holds);
  if (!holding) return [...candidates].sort((a, b) => gap(a) - gap(b))[0];
  const allAlsoHolds = candidates.some((r) => r.holds && r.params.denominator === 'all');
  if (holding.params.denominator !== 'active' || allAlsoHolds) return holding;
  return {
    ...holding,
    holds: false,
    severity: 'info',
    messageKey: `${holding.rule}.active-matches`,
  };
}
