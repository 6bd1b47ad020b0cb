/**
 * A relation is one identity between a few cells, evaluated: does it hold, and what value would
 * each cell need for it to hold with the others unchanged. Relation rules emit relations; the
 * culprit engine (locateCulprit.ts) compares the needs of all failing relations to name the cell
 * most likely wrong, and relationFindings.ts turns each failing relation into one Finding.
 */
import type { TableCell } from '../layout/appendixTable';
import type { RuleId, Severity } from './finding';
import { type CellRef, decimalsOf, numberOf } from './tableCells';

export interface RelationCell {
  ref: CellRef;
  value: number;
  /** Decimals the value carries in its own units (a fraction for a cell formatted as %). */
  decimals: number;
  approximate: boolean;
}

/** What a cell would need to hold: one value (equalities) or a range (inequalities). */
export type Need =
  { kind: 'value'; value: number; tolerance: number } | { kind: 'range'; min: number; max: number };

export interface RelationMeta {
  rule: RuleId;
  /** Severity when the relation fails on exact figures. */
  severity: Severity;
  messageKey: string;
  params: Record<string, string | number>;
  /** The sheet the finding is reported on. */
  sheet: string;
  /**
   * A balance that often fails with no cell mistyped (an unlisted flow): its derived figure is
   * named unless another cell's one change closes more failing relations; typing patterns and
   * the evidence of relations that hold do not move the blame off it.
   */
  doubt?: boolean;
}

export interface Relation extends RelationMeta {
  cells: RelationCell[];
  /**
   * Index of the figure computed from the others (a total, an average, a percentage): the
   * culprit when nothing points elsewhere ("only then the total", DESIGN.md §4).
   */
  derived: number;
  holds: boolean;
  need(index: number): Need | undefined;
}

/** A table cell as a relation cell, or undefined when blank (relations skip blanks). */
export function relationCell(sheet: string, cell: TableCell | undefined): RelationCell | undefined {
  const value = numberOf(cell);
  if (cell === undefined || value === null) return undefined;
  return {
    ref: { sheet, address: cell.address },
    value,
    // In the cell's own units: a percentage shown with 1 decimal holds a fraction with 3.
    decimals: decimalsOf(cell, value) + (cell.percent ? 2 : 0),
    approximate: cell.approximate === true,
  };
}

/** All cells present, or undefined when any is blank. */
export function allPresent(cells: (RelationCell | undefined)[]): RelationCell[] | undefined {
  return cells.every((cell): cell is RelationCell => cell !== undefined) ? cells : undefined;
}

/** Half a unit of the last digit shown; zero for whole numbers, so counts compare exactly. */
export function roundingSlack(cell: RelationCell): number {
  return cell.decimals === 0 && Number.isInteger(cell.value) ? 0 : 0.5 * 10 ** -cell.decimals;
}

/** Floating-point noise only. */
export function epsilon(...values: number[]): number {
  return 1e-9 * Math.max(1, ...values.map(Math.abs));
}

/**
 * Approximate cells never fail an identity (DOMAIN.md): a gap within 10 % is accepted, a larger
 * one is at most an info.
 */
export function approximateOutcome(
  cells: RelationCell[],
  holds: boolean,
  relativeGap: number,
  severity: Severity,
): { holds: boolean; severity: Severity } {
  if (holds || !cells.some((cell) => cell.approximate)) return { holds, severity };
  return relativeGap <= 0.1 ? { holds: true, severity } : { holds: false, severity: 'info' };
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** Math.min(Math.max(decimals, 0), 10);
  return Math.round(value * factor) / factor;
}
