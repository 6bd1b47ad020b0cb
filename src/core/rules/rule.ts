/**
 * A rule is a small data object (DESIGN.md §6: rules as data, one generic runner). Relation
 * rules only say which relations to evaluate; the runner ranks culprits over all failing
 * relations at once and writes one finding per failing relation. Cell rules write findings
 * directly.
 */
import type { AppendixTable, SheetNotes } from '../layout/appendixTable';
import type { Finding, RuleId, Severity } from './finding';
import type { Relation } from './relation';

export interface RuleInput {
  /** Every table of the run (cross-table rules look beyond the table at hand). */
  tables: AppendixTable[];
  notes: SheetNotes[];
}

export interface Rule {
  id: RuleId;
  /** The severity of the rule's main finding; some findings of a rule may be milder. */
  severity: Severity;
  /** Whether the rule looks at this table at all. */
  appliesTo(table: AppendixTable): boolean;
  /** Relation rules: the relations to evaluate in one table (holding or not). */
  relations?(table: AppendixTable, input: RuleInput): Relation[];
  /** Cell rules: findings in one table. */
  check?(table: AppendixTable, input: RuleInput): Finding[];
  /** Rules about the workbook rather than a table (e.g. sheet notes). */
  checkWorkbook?(input: RuleInput): Finding[];
}

/** A rule that threw: no finding, and this for the developer (the run goes on). */
export interface RuleDiagnostic {
  rule: RuleId;
  sheet?: string;
  phase: 'relations' | 'check' | 'finding';
  message: string;
}

export interface RuleRun {
  findings: Finding[];
  diagnostics: RuleDiagnostic[];
}
