import { complaints, findingsOf } from './findingsOf.testing';
import { row, tableOf } from './tableOf.testing';

const mainTable = (count: number, year = 2022) =>
  tableOf({
    sheet: 'PL I',
    firstRow: 13,
    columns: [`E:actual ${year - 1}`, `F:plan ${year}`, `G:estimate ${year}`],
    rows: [row('Tổng số HTX', [400, 420, count], { indicator: 'htx.count' })],
  });

const sectorTable = (total: number, parts: number[]) =>
  tableOf({
    sheet: 'PL II',
    kind: 'breakdown',
    firstRow: 10,
    columns: ['C:estimate 2022'],
    rows: [
      row('Tổng số HTX', [total], { role: 'total' }),
      ...parts.map((value, i) =>
        row(`Lĩnh vực ${i + 1}`, [value], {
          role: 'part',
          parent: 0,
          indicator: i === 0 ? 'sector.agriculture' : 'sector.other',
        }),
      ),
    ],
  });

describe('cross-table-total', () => {
  it('stays silent when the sector total equals the main table’s count of the same period', () => {
    expect(complaints([mainTable(437), sectorTable(437, [300, 137])])).toEqual([]);
  });

  it('reports a mismatch with the other sheet’s cell sheet-qualified', () => {
    const [finding] = findingsOf('cross-table-total', [
      mainTable(437),
      sectorTable(440, [300, 140]),
    ]);
    expect(finding).toMatchObject({
      severity: 'error',
      sheet: 'PL II',
      params: { totalCell: 'C10', otherCell: "'PL I'!G13", gap: 3 },
    });
    expect(finding.cells).toEqual(expect.arrayContaining(['C10', "'PL I'!G13"]));
  });

  it('does not compare columns of different years', () => {
    expect(
      findingsOf('cross-table-total', [mainTable(437, 2023), sectorTable(440, [300, 140])]),
    ).toEqual([]);
  });

  it('does not compare a breakdown column whose period is only a default', () => {
    // Nothing said which period "Số HTX" of this breakdown is: estimate is a guess.
    const guessed = { ...sectorTable(440, [300, 140]) };
    guessed.columns = guessed.columns.map((c) => ({
      ...c,
      year: undefined,
      periodFrom: 'default',
    }));
    expect(findingsOf('cross-table-total', [mainTable(437), guessed])).toEqual([]);
  });

  it('does not compare with a main-table column whose period is only a default', () => {
    const main = mainTable(437);
    main.columns = main.columns.map((c) =>
      c.period === 'estimate' ? { ...c, year: undefined, periodFrom: 'default' } : c,
    );
    expect(findingsOf('cross-table-total', [main, sectorTable(440, [300, 140])])).toEqual([]);
  });
});
