/**
 * The fixture workbooks and the findings their authors expect (test/fixtures/appendix), read
 * for the end-to-end tests and for the score printed by `bench/fixtureScore`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/core/rules/finding';

export const fixtureDir = join(__dirname, '..', 'fixtures', 'appendix');

export interface ExpectedFinding {
  rule: Finding['rule'];
  severity: Finding['severity'];
  sheet: string;
  cell: string;
  why: string;
  suggestion?: number;
}

export interface FixtureExpectation {
  file: string;
  description: string;
  consistent: boolean;
  planYear?: number;
  tables: { sheet: string; kind: string }[];
  findings: ExpectedFinding[];
  legacyEncoding?: Record<string, 'tcvn3' | 'vni'>;
}

export function fixtureExpectations(): FixtureExpectation[] {
  return readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const expectation = JSON.parse(readFileSync(join(fixtureDir, name), 'utf8'));
      const stem = name.replace(/\.expected\.json$/, '');
      const file = readdirSync(fixtureDir).find(
        (candidate) => candidate.startsWith(`${stem}.`) && /\.xlsx?$/.test(candidate),
      );
      if (!file) throw new Error(`No workbook beside ${name}`);
      return { ...expectation, file: join(fixtureDir, file) };
    });
}

/**
 * A finding matches an expectation when the rule and the severity agree and its first cell (the
 * culprit) is the expected cell on the expected sheet; a culprit on another sheet is
 * sheet-qualified. Info-level findings name no culprit (one finding lists every number stored as
 * text), so an info expectation matches when its cell is among the finding's cells.
 */
export function matches(finding: Finding, expected: ExpectedFinding): boolean {
  if (finding.rule !== expected.rule || finding.severity !== expected.severity) return false;
  const cells =
    expected.severity === 'info'
      ? finding.cells.map((_, i) => cellOf(finding, i))
      : [culpritOf(finding)];
  return cells.some(({ sheet, cell }) => sheet === expected.sheet && cell === expected.cell);
}

export function culpritOf(finding: Finding): { sheet: string; cell: string } {
  return cellOf(finding, 0);
}

function cellOf(finding: Finding, index: number): { sheet: string; cell: string } {
  const first = finding.cells[index] ?? '';
  const qualified = /^'((?:[^']|'')+)'!(.+)$/.exec(first) ?? /^([^'!]+)!(.+)$/.exec(first);
  const sheet = qualified ? qualified[1].replace(/''/g, "'") : finding.sheet;
  const cell = (qualified ? qualified[2] : first).replace(/\$/g, '');
  return { sheet, cell };
}
