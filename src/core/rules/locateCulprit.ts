/**
 * Which cell of a failing relation most likely holds the mistake (DESIGN.md §4): the cell whose
 * one change would make the most failing relations hold at once (the same value needed by each)
 * and break the fewest that hold (errorlocate's minimal change: a total confirmed by its stock
 * balance is not the one to change); among equals the one whose digits show a typing pattern
 * against that value, then the one out of line with its row's other periods (rowEvidence.ts);
 * only then the derived figure (total, average, percentage).
 */
import type { SuggestionReason } from './finding';
import { epsilon, type Need, type Relation, type RelationCell, roundTo } from './relation';
import { outlierLevel, type PeersOf } from './rowEvidence';
import { patternStrength, typingPattern } from './suggestFix';
import { refKey } from './tableCells';

export interface CulpritChoice {
  /** Index of the cell in the relation. */
  index: number;
  /** The value that makes this relation hold, and as many others as possible. */
  value?: number;
  /** How many failing relations that value makes hold. */
  score: number;
  /** How many relations that hold now that value would break. */
  broken: number;
  reason?: SuggestionReason;
  strength: number;
  /** How far the cell is out of line with its row's other periods (rowEvidence.ts). */
  outlier: number;
}

export interface CulpritEvidence {
  /** Relations of the run that hold: a change that breaks them is less likely. */
  holding?: readonly Relation[];
  /** The figures of a cell's other periods in its row. */
  peersOf?: PeersOf;
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

function constraintsOf(relations: readonly Relation[]): Map<string, Constraint[]> {
  const byCell = new Map<string, Constraint[]>();
  for (const relation of relations) {
    if (relation.severity === 'info') continue;
    relation.cells.forEach((cell, index) => {
      const need = relation.need(index);
      if (!need || cell.approximate) return;
      const key = refKey(cell.ref);
      const list = byCell.get(key);
      if (list) list.push({ relation, need });
      else byCell.set(key, [{ relation, need }]);
    });
  }
  return byCell;
}

export class CulpritRanking {
  private readonly constraints: Map<string, Constraint[]>;
  private holdingByCell?: Map<string, Constraint[]>;
  private readonly holdingRelations: readonly Relation[];
  private readonly peersOf: PeersOf;

  /** `failing`: every failing relation of the run; info-level ones are not evidence. */
  constructor(failing: readonly Relation[], evidence: CulpritEvidence = {}) {
    this.constraints = constraintsOf(failing);
    this.holdingRelations = evidence.holding ?? [];
    this.peersOf = evidence.peersOf ?? (() => undefined);
  }

  /**
   * What the holding relations need of each cell, built on the first ranking: most runs have
   * many relations that hold and few or none that fail, so a run without failures pays nothing.
   */
  private get holding(): Map<string, Constraint[]> {
    return (this.holdingByCell ??= constraintsOf(this.holdingRelations));
  }

  /** The best change of one cell that makes `relation` hold. */
  choiceFor(relation: Relation, index: number): CulpritChoice {
    const cell = relation.cells[index];
    const own = relation.need(index);
    const outlier = outlierLevel(cell.value, this.peersOf(cell.ref));
    if (!own || cell.approximate) return { index, score: -1, broken: 0, strength: 0, outlier };
    const key = refKey(cell.ref);
    const constraints = this.constraints.get(key) ?? [{ relation, need: own }];
    const holding = this.holding.get(key) ?? [];
    let best: CulpritChoice = { index, score: 0, broken: 0, strength: 0, outlier };
    for (const value of candidatesFor(cell, constraints)) {
      if (!satisfies(own, value)) continue;
      const score = constraints.filter((c) => satisfies(c.need, value)).length;
      const broken = holding.filter((c) => !satisfies(c.need, value)).length;
      const reason = typingPattern(cell.value, value, cell.decimals);
      const strength = patternStrength(reason);
      const better =
        score > best.score ||
        (score === best.score &&
          (broken < best.broken || (broken === best.broken && strength > best.strength)));
      if (better) best = { index, value, score, broken, reason, strength, outlier };
    }
    return best;
  }

  /** The relation's cells, most likely culprit first. */
  rank(relation: Relation): CulpritChoice[] {
    const choices = relation.cells.map((_, index) => this.choiceFor(relation, index));
    const derivedFirst = (a: CulpritChoice, b: CulpritChoice) =>
      Number(b.index === relation.derived) - Number(a.index === relation.derived);
    return [...choices].sort(
      (a, b) =>
        b.score - a.score ||
        (relation.doubt ? derivedFirst(a, b) : 0) ||
        a.broken - b.broken ||
        b.strength - a.strength ||
        b.outlier - a.outlier ||
        derivedFirst(a, b) ||
        a.index - b.index,
    );
  }
}
