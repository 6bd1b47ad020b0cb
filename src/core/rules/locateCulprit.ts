/**
 * Which cell of a failing relation most likely holds the mistake (DESIGN.md §4): the cell whose
 * one change would make the most failing relations hold at once (the same value needed by each);
 * among equals the one whose digits show a typing pattern against that value; only then the
 * derived figure (total, average, percentage).
 */
import type { SuggestionReason } from './finding';
import { epsilon, type Need, type Relation, type RelationCell, roundTo } from './relation';
import { patternStrength, typingPattern } from './suggestFix';
import { refKey } from './tableCells';

export interface CulpritChoice {
  /** Index of the cell in the relation. */
  index: number;
  /** The value that makes this relation hold, and as many others as possible. */
  value?: number;
  /** How many failing relations that value makes hold. */
  score: number;
  reason?: SuggestionReason;
  strength: number;
}

interface Constraint {
  relation: Relation;
  need: Need;
}

export function satisfies(need: Need, value: number): boolean {
  if (need.kind === 'value') return Math.abs(value - need.value) <= need.tolerance + epsilon(value);
  return value >= need.min - epsilon(need.min) && value <= need.max + epsilon(need.max);
}

/**
 * Candidate values for a cell: what each relation needs (also rounded as the cell shows
 * numbers), and for inequalities the bound itself: any value beyond it would do, so only the
 * bound can show a typing pattern ("473" typed under a parent of 437).
 */
function candidatesFor(cell: RelationCell, constraints: Constraint[]): number[] {
  const values: number[] = [];
  for (const { need } of constraints) {
    if (need.kind === 'value') {
      const rounded = roundTo(need.value, cell.decimals);
      if (rounded !== need.value && satisfies(need, rounded)) values.push(rounded);
      values.push(need.value);
      continue;
    }
    for (const bound of [need.min, need.max]) if (Number.isFinite(bound)) values.push(bound);
  }
  return values;
}

export class CulpritRanking {
  private readonly constraints = new Map<string, Constraint[]>();

  /** `failing`: every failing relation of the run; info-level ones are not evidence. */
  constructor(failing: Relation[]) {
    for (const relation of failing) {
      if (relation.severity === 'info') continue;
      relation.cells.forEach((cell, index) => {
        const need = relation.need(index);
        if (!need || cell.approximate) return;
        const key = refKey(cell.ref);
        this.constraints.set(key, [...(this.constraints.get(key) ?? []), { relation, need }]);
      });
    }
  }

  /** The best change of one cell that makes `relation` hold. */
  choiceFor(relation: Relation, index: number): CulpritChoice {
    const cell = relation.cells[index];
    const own = relation.need(index);
    if (!own || cell.approximate) return { index, score: -1, strength: 0 };
    const constraints = this.constraints.get(refKey(cell.ref)) ?? [{ relation, need: own }];
    let best: CulpritChoice = { index, score: 0, strength: 0 };
    for (const value of candidatesFor(cell, constraints)) {
      if (!satisfies(own, value)) continue;
      const score = constraints.filter((c) => satisfies(c.need, value)).length;
      const reason = typingPattern(cell.value, value, cell.decimals);
      const strength = patternStrength(reason);
      if (score > best.score || (score === best.score && strength > best.strength)) {
        best = { index, value, score, reason, strength };
      }
    }
    return best;
  }

  /** The relation's cells, most likely culprit first. */
  rank(relation: Relation): CulpritChoice[] {
    const choices = relation.cells.map((_, index) => this.choiceFor(relation, index));
    return [...choices].sort(
      (a, b) =>
        b.score - a.score ||
        b.strength - a.strength ||
        Number(b.index === relation.derived) - Number(a.index === relation.derived) ||
        a.index - b.index,
    );
  }
}
