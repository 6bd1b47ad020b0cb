import fc from 'fast-check';
import { formatFinding } from '../messages/formatMessage';
import type { Rule } from './rule';
import { allRules } from './allRules';
import { runRules } from './runRules';
import { consistentTables, randomTable } from './arbitraries.testing';
import { row, tableOf } from './tableOf.testing';

const broken = tableOf({
  sheet: 'PL II',
  kind: 'breakdown',
  columns: ['C:estimate 2022'],
  rows: [
    row('Tổng', [10], { role: 'total' }),
    row('A', [6], { role: 'part', parent: 0 }),
    row('B', [6], { role: 'part', parent: 0 }),
  ],
});

describe('runRules', () => {
  it('turns a rule that throws into a diagnostic and goes on with the others', () => {
    const throwing: Rule = {
      id: 'scale-slip',
      severity: 'warning',
      appliesTo: () => true,
      check: () => {
        throw new TypeError('boom');
      },
    };
    const run = runRules([broken], [], {}, [
      ...allRules.filter((rule) => rule.id !== 'scale-slip'),
      throwing,
    ]);
    expect(run.diagnostics).toEqual([
      { rule: 'scale-slip', sheet: 'PL II', phase: 'check', message: 'TypeError: boom' },
    ]);
    expect(run.findings.map((f) => f.rule)).toEqual(['sum-of-parts']);
  });

  it('turns a relation rule that throws, or a relation whose needs throw, into diagnostics', () => {
    const badRelations: Rule = {
      id: 'stock-flow',
      severity: 'warning',
      appliesTo: () => true,
      relations: () => {
        throw new Error('no relations');
      },
    };
    const badNeeds: Rule = {
      id: 'weighted-average',
      severity: 'error',
      appliesTo: () => true,
      relations: (table) => [
        {
          rule: 'weighted-average',
          severity: 'error',
          messageKey: 'weighted-average',
          params: {},
          sheet: table.sheet,
          cells: [
            {
              ref: { sheet: table.sheet, address: 'C5' },
              value: 1,
              decimals: 0,
              approximate: false,
            },
          ],
          derived: 0,
          holds: false,
          need: () => {
            throw new RangeError('no need');
          },
        },
      ],
    };
    const run = runRules([broken], [], {}, [...allRules, badRelations, badNeeds]);
    expect(run.diagnostics.map((d) => [d.rule, d.phase, d.message])).toEqual([
      ['stock-flow', 'relations', 'Error: no relations'],
      ['weighted-average', 'relations', 'RangeError: no need'],
    ]);
    expect(run.findings.map((f) => f.rule)).toEqual(['sum-of-parts']);
  });

  it('runs only the rules asked for', () => {
    expect(runRules([broken], [], { rules: ['invalid-count'] }).findings).toEqual([]);
    expect(runRules([broken], [], { rules: ['sum-of-parts'] }).findings).toHaveLength(1);
  });

  it('returns nothing for no tables', () => {
    expect(runRules([], [])).toEqual({ findings: [], diagnostics: [] });
  });

  it('never throws and never needs a diagnostic on random tables; every message fills in', () => {
    fc.assert(
      fc.property(fc.array(randomTable, { minLength: 1, maxLength: 3 }), (tables) => {
        const run = runRules(tables, [{ sheet: 'PL I', legacyEncoding: 'vni' }]);
        expect(run.diagnostics).toEqual([]);
        for (const finding of run.findings) {
          expect(finding.cells.length).toBeGreaterThanOrEqual(
            finding.rule === 'legacy-encoding' ? 0 : 1,
          );
          for (const lang of ['vi', 'en'] as const)
            expect(formatFinding(finding, lang)).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds no error or warning in tables consistent by construction', () => {
    fc.assert(
      fc.property(consistentTables, (tables) => {
        const run = runRules(tables, []);
        expect(run.diagnostics).toEqual([]);
        expect(run.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('names a changed sector total first in every finding about it', () => {
    fc.assert(
      fc.property(
        consistentTables,
        fc.integer({ min: -30, max: 30 }).filter((d) => d !== 0),
        (tables, delta) => {
          const total = tables[1].rows[0].cells.C;
          total.number = (total.number ?? 0) + delta;
          const about = runRules(tables, []).findings.filter(
            (f) => f.sheet === 'PL II' && f.severity !== 'info',
          );
          expect(about.length).toBeGreaterThanOrEqual(2);
          for (const finding of about) expect(finding.cells[0]).toBe(total.address);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reports each failing relation once', () => {
    const run = runRules([broken, broken], []);
    expect(run.findings).toHaveLength(1);
  });
});
