/**
 * The fixtures' score: planted mistakes found (right rule, right culprit first) and false
 * alarms (errors or warnings whose culprit is no expected one). Printed by bench/fixtureScore.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import type { Finding } from '../../src/core/rules/finding';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import {
  culpritOf,
  fixtureExpectations,
  matches,
  type ExpectedFinding,
} from './fixtureExpectations';

export interface FixtureScore {
  file: string;
  consistent: boolean;
  expected: number;
  found: number;
  missing: ExpectedFinding[];
  falseAlarms: Finding[];
}

export async function scoreFixtures(): Promise<FixtureScore[]> {
  const scores: FixtureScore[] = [];
  for (const fixture of fixtureExpectations()) {
    const { snapshot } = await readWorkbookBytes(new Uint8Array(readFileSync(fixture.file)));
    const { findings } = checkWorkbook(snapshot);
    const missing = fixture.findings.filter((e) => !findings.some((f) => matches(f, e)));
    const culprits = new Set(fixture.findings.map((e) => `${e.sheet}!${e.cell}`));
    const falseAlarms = findings.filter((finding) => {
      const culprit = culpritOf(finding);
      return finding.severity !== 'info' && !culprits.has(`${culprit.sheet}!${culprit.cell}`);
    });
    scores.push({
      file: basename(fixture.file),
      consistent: fixture.consistent,
      expected: fixture.findings.length,
      found: fixture.findings.length - missing.length,
      missing,
      falseAlarms,
    });
  }
  return scores;
}
