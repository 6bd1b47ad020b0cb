import { sheetOf } from '../../test/helpers/sheetOf';
import { nativeFormulas } from './nativeFormulas';

const now = new Date('2024-05-17T02:30:00Z');

describe('rewriting the HTX formulas of a workbook', () => {
  const snapshot = {
    sheets: [
      sheetOf([[437, 400, 1.0925, 'x', 2]], {
        name: 'PL I',
        formulas: {
          C1: '_xldudf_HTX_ATTAINMENT(A1,B1)',
          D1: '_xldudf_HTX_CONVERT(A1,E1,"tỷ đồng")',
          E1: 'SUM(A1:B1)',
        },
      }),
    ],
  };

  it('plans a formula write for each convertible cell and lists the rest with reasons', () => {
    const result = nativeFormulas(snapshot, now);
    expect(result.plan.edits).toEqual([
      { sheet: 'PL I', cells: [{ address: 'C1', write: { kind: 'formula', formula: 'A1/B1' } }] },
    ]);
    expect(result.converted).toEqual([
      {
        sheet: 'PL I',
        cell: 'C1',
        before: '_xldudf_HTX_ATTAINMENT(A1,B1)',
        after: 'A1/B1',
        functions: ['ATTAINMENT'],
      },
    ]);
    expect(result.unconverted).toEqual([
      {
        sheet: 'PL I',
        cell: 'D1',
        formula: '_xldudf_HTX_CONVERT(A1,E1,"tỷ đồng")',
        function: 'CONVERT',
        reason: 'unit-in-cell',
      },
    ]);
    expect(result.caveats).toEqual(['text-numbers', 'blank-as-zero', 'negative-plan']);
  });

  it('records the formula each rewritten cell held, for undo', () => {
    expect(nativeFormulas(snapshot, now).plan.journal).toEqual([
      {
        kind: 'write',
        action: 'native-2024-05-17T02:30:00.000Z',
        at: '2024-05-17T02:30:00.000Z',
        sheet: 'PL I',
        cell: 'C1',
        previous: { kind: 'formula', formula: '_xldudf_HTX_ATTAINMENT(A1,B1)' },
        written: { kind: 'formula', formula: 'A1/B1' },
      },
    ]);
  });
});
