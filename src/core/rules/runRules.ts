/**
 * The one generic runner: `runRules(tables, notes, options?) → { findings, diagnostics }`.
 *
 * It never throws. A rule that throws on a table gives no finding there and a `RuleDiagnostic`
 * (for developers and bug reports: rule, sheet, phase, error text), and the run goes on.
 *
 * Order of work: every relation rule evaluates its relations in every table it applies to; the
 * failing ones are ranked together (a cell that explains a total and a cross-table mismatch at
 * once is the culprit of both); each failing relation becomes one finding; then cell rules and
 * workbook rules add theirs. Identical findings are reported once.
 */
import type { AppendixTable, SheetNotes } from '../layout/appendixTable';
import { allRules } from './allRules';
import type { Finding, RuleId } from './finding';
import { CulpritRanking } from './locateCulprit';
import type { Relation } from './relation';
import { findingFromRelation, relationKey } from './relationFindings';
import { peersLookup } from './rowEvidence';
import type { Rule, RuleDiagnostic, RuleInput, RuleRun } from './rule';

export interface RunRulesOptions {
  /** Run only these rules (default: all). Culprits are ranked over these rules' relations. */
  rules?: RuleId[];
}

type Guard = <T>(
  rule: Rule,
  phase: RuleDiagnostic['phase'],
  sheet: string | undefined,
  run: () => T[],
) => T[];

function guardInto(diagnostics: RuleDiagnostic[]): Guard {
  return (rule, phase, sheet, run) => {
    try {
      return run();
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      diagnostics.push({
        rule: rule.id,
        ...(sheet !== undefined ? { sheet } : {}),
        phase,
        message,
      });
      return [];
    }
  };
}

/**
 * Relations of all rules, once each, split into failing and holding (the holding ones are
 * evidence for the culprit engine). Needs are evaluated here, under the guard, so that ranking
 * them later cannot throw.
 */
function evaluatedRelations(
  rules: Rule[],
  input: RuleInput,
  guard: Guard,
): { failing: Relation[]; holding: Relation[] } {
  const failing = new Map<string, Relation>();
  const holding = new Map<string, Relation>();
  for (const rule of rules) {
    if (!rule.relations) continue;
    for (const table of input.tables) {
      const found = guard(rule, 'relations', table.sheet, () => {
        if (!rule.appliesTo(table)) return [];
        const relations = (rule.relations?.(table, input) ?? []).filter((r) => r.rule === rule.id);
        relations.forEach((relation) => relation.cells.forEach((_, i) => relation.need(i)));
        return relations;
      });
      for (const relation of found) {
        const into = relation.holds ? holding : failing;
        const key = relationKey(relation);
        if (!into.has(key)) into.set(key, relation);
      }
    }
  }
  return { failing: [...failing.values()], holding: [...holding.values()] };
}

function directFindings(rules: Rule[], input: RuleInput, guard: Guard): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const check = rule.check;
    if (check) {
      for (const table of input.tables) {
        findings.push(
          ...guard(rule, 'check', table.sheet, () =>
            rule.appliesTo(table) ? check(table, input) : [],
          ),
        );
      }
    }
    const checkWorkbook = rule.checkWorkbook;
    if (checkWorkbook)
      findings.push(...guard(rule, 'check', undefined, () => checkWorkbook(input)));
  }
  return findings;
}

export function runRules(
  tables: AppendixTable[],
  notes: SheetNotes[],
  options: RunRulesOptions = {},
  rules: readonly Rule[] = allRules,
): RuleRun {
  const selected = rules.filter((rule) => !options.rules || options.rules.includes(rule.id));
  const input: RuleInput = { tables, notes };
  const diagnostics: RuleDiagnostic[] = [];
  const guard = guardInto(diagnostics);

  const { failing, holding } = evaluatedRelations(selected, input, guard);
  const ranking = new CulpritRanking(failing, { holding, peersOf: peersLookup(tables) });
  const findings: Finding[] = [];
  for (const relation of failing) {
    const rule = selected.find((candidate) => candidate.id === relation.rule);
    if (!rule) continue;
    findings.push(
      ...guard(rule, 'finding', relation.sheet, () => [findingFromRelation(relation, ranking)]),
    );
  }
  findings.push(...directFindings(selected, input, guard));
  return { findings: unique(findings), diagnostics };
}

function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const cells = [...finding.cells].sort().join(',');
    const key = `${finding.rule}|${finding.sheet}|${finding.messageKey}|${cells}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
