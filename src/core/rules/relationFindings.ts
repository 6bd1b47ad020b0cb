/**
 * One finding per failing relation, its most likely culprit first, with a suggestion when one
 * change of that cell explains the gap.
 */
import type { Finding, Suggestion } from './finding';
import type { CulpritRanking } from './locateCulprit';
import type { Relation } from './relation';
import { displayAddress, refKey } from './tableCells';

export function relationKey(relation: Relation): string {
  const cells = relation.cells.map((cell) => refKey(cell.ref)).sort();
  return `${relation.rule}|${relation.messageKey}|${cells.join('|')}`;
}

export function findingFromRelation(relation: Relation, ranking: CulpritRanking): Finding {
  const ranked = ranking.rank(relation);
  const culprit = ranked[0];
  const cell = relation.cells[culprit.index];
  const finding: Finding = {
    rule: relation.rule,
    severity: relation.severity,
    sheet: relation.sheet,
    cells: ranked.map((choice) => displayAddress(relation.cells[choice.index].ref, relation.sheet)),
    messageKey: relation.messageKey,
    params: { ...relation.params },
  };
  if (culprit.value === undefined || relation.severity === 'info') return finding;
  finding.expected = culprit.value;
  finding.actual = cell.value;
  const own = relation.need(culprit.index);
  const explains =
    culprit.strength > 0 ||
    (own?.kind === 'value' && (culprit.index === relation.derived || culprit.score > 1));
  if (explains) {
    const suggestion: Suggestion = {
      cell: finding.cells[0],
      value: culprit.value,
      reason: culprit.reason ?? 'recompute',
    };
    finding.suggestion = suggestion;
  }
  return finding;
}
