/**
 * End to end over the fixture workbooks, written from DOMAIN.md by someone who had not read
 * the detector: consistent workbooks raise no error or warning, planted mistakes are found
 * with the right culprit first, and real published figures raise what they call for.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { culpritOf, fixtureExpectations, matches } from './fixtureExpectations';

const fixtures = fixtureExpectations();

async function check(file: string) {
  const { snapshot } = await readWorkbookBytes(new Uint8Array(readFileSync(file)));
  return checkWorkbook(snapshot);
}

describe.each(fixtures.map((fixture) => [basename(fixture.file), fixture] as const))(
  'the fixture %s',
  (_name, fixture) => {
    let result: Awaited<ReturnType<typeof check>>;
    beforeAll(async () => {
      result = await check(fixture.file);
    });

    // Exactly the listed tables: a title row read as a header would add a small fake table.
    it('has its appendix tables detected with their kinds, and no other', () => {
      const order = (a: { sheet: string; kind: string }, b: { sheet: string; kind: string }) =>
        `${a.sheet}\u0000${a.kind}`.localeCompare(`${b.sheet}\u0000${b.kind}`);
      const detected = result.tables.map(({ sheet, kind }) => ({ sheet, kind }));
      expect(detected.sort(order)).toEqual([...fixture.tables].sort(order));
    });

    it('has figures in two rows at least of every table it detects', () => {
      const thin = result.tables.filter(
        (table) =>
          table.rows.filter((row) => Object.values(row.cells).some((c) => c.number !== null))
            .length < 2,
      );
      expect(thin.map(({ sheet, range }) => ({ sheet, range }))).toEqual([]);
    });

    it('raises every expected finding with the culprit named first', () => {
      const missing = fixture.findings.filter(
        (expected) => !result.findings.some((finding) => matches(finding, expected)),
      );
      expect(missing).toEqual([]);
    });

    it('suggests the value that fixes a mistake when one change explains it', () => {
      for (const expected of fixture.findings.filter((e) => e.suggestion !== undefined)) {
        const finding = result.findings.find((candidate) => matches(candidate, expected));
        expect({ why: expected.why, value: finding?.suggestion?.value }).toEqual({
          why: expected.why,
          value: expected.suggestion,
        });
      }
    });

    // One planted mistake may break several relations; they all name the same culprit, so a
    // false alarm is an error or warning whose culprit is none of the expected ones.
    it('raises no error or warning that its figures do not call for', () => {
      const expectedCulprits = new Set(fixture.findings.map((e) => `${e.sheet}!${e.cell}`));
      const unexpected = result.findings.filter((finding) => {
        const culprit = culpritOf(finding);
        return (
          finding.severity !== 'info' && !expectedCulprits.has(`${culprit.sheet}!${culprit.cell}`)
        );
      });
      expect(unexpected.map(({ rule, sheet, cells }) => ({ rule, sheet, cells }))).toEqual([]);
    });

    it('says which sheets use a legacy encoding', () => {
      for (const [sheet, encoding] of Object.entries(fixture.legacyEncoding ?? {})) {
        expect(result.notes).toContainEqual(
          expect.objectContaining({ sheet, legacyEncoding: encoding }),
        );
      }
    });
  },
);
