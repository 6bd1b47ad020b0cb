import fc from 'fast-check';
import { columnLetters } from '../workbook/address';
import type { CellSnapshot, CellValue, SheetSnapshot } from '../workbook/snapshot';
import { detectTables } from './detectTables';

const labels = [
  'STT',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Thực hiện năm 2021',
  'Năm 2022',
  'Kế hoạch',
  'Ước thực hiện',
  'KH 2023/ƯTH 2022',
  '(8)=(6)/(5)',
  '% ƯTH/KH',
  'Tổng số',
  'Cộng',
  'Trong đó:',
  'Chia ra:',
  '- Số HTX đang hoạt động',
  'I',
  'II',
  'a)',
  '1.1',
  'Hợp tác xã',
  'Tổ hợp tác',
  'NSTW',
  'NSĐP',
  'Tæng sè hîp t¸c x·',
  'Đơn vị tính: HTX',
  '1.022',
  '02',
  'khoảng 600',
  '15 - 20',
  '34,3%',
  '(1)',
  'A',
  '',
  '   ',
];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...labels),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double(),
  fc.boolean(),
  fc.constantFrom({ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }),
  fc.constant(null),
);

const cell: fc.Arbitrary<CellSnapshot | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      value,
      numberFormat: fc.constantFrom(
        '0%',
        '#,##0.0',
        '00',
        '"x"0;-0',
        '@',
        'General',
        '0.0%;[Red]-0.0%',
      ),
      formula: fc.constantFrom('F5/E5', 'SUM(A1:A3)', 'IFERROR(G7/F7,0)', '=', ''),
    },
    { requiredKeys: ['value'] },
  ),
);

const merge = fc
  .tuple(fc.nat(12), fc.nat(30), fc.nat(12), fc.nat(30))
  .map(([c1, r1, c2, r2]) => `${columnLetters(c1)}${r1 + 1}:${columnLetters(c2)}${r2 + 1}`);

const sheet: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: fc.string(),
  cells: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }),
  merges: fc.array(fc.oneof(merge, fc.string(), fc.constant('A1:XFD1048576')), { maxLength: 8 }),
});

/** A plausible table, then damaged: cells replaced at random. */
const damagedTable: fc.Arbitrary<SheetSnapshot> = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(8), fc.nat(5), value), { maxLength: 15 }),
    fc.array(merge, { maxLength: 5 }),
  )
  .map(([damage, merges]) => {
    const rows: CellValue[][] = [
      ['Biểu 01', null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', null, 'KH 2023'],
      [null, null, null, 'Kế hoạch', 'Ước TH', null],
      ['I', 'Hợp tác xã', null, null, null, null],
      [1, 'Tổng số HTX', 'HTX', 203, 204, 220],
      [null, 'Trong đó: đang hoạt động', 'HTX', 184, 190, 200],
      [2, 'Tổng số thành viên', 'Thành viên', '48.875', '48.924', 50000],
      [null, 'Cộng', null, 1, 2, 3],
      ['II', 'Tổ hợp tác', null, null, null, null],
    ];
    for (const [r, c, v] of damage) rows[r][c] = v;
    return {
      name: 'PL',
      cells: rows.map((row) => row.map((v) => (v === null ? undefined : { value: v }))),
      merges: ['A2:A3', 'B2:B3', 'D2:E2', ...merges],
    };
  });

describe('detectTables on odd input', () => {
  it('never throws on random grids with random merges', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const result = detectTables(s);
        expect(Array.isArray(result.tables)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a damaged table, and every table it returns is consistent', () => {
    fc.assert(
      fc.property(damagedTable, (s) => {
        for (const table of detectTables(s).tables) {
          table.rows.forEach((row, i) => {
            if (row.parent !== undefined) {
              expect(row.parent).toBeGreaterThanOrEqual(0);
              expect(row.parent).not.toBe(i);
              expect(row.parent).toBeLessThan(table.rows.length);
            }
            for (const key of Object.keys(row.cells)) {
              expect(table.columns.some((c) => c.column === key)).toBe(true);
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives a sheet merged everywhere, ragged rows and holes', () => {
    const cells: (CellSnapshot | undefined)[][] = [];
    cells[3] = [undefined, { value: 'Chỉ tiêu' }, { value: 'KH 2023' }];
    cells[5] = [{ value: 1 }, { value: 'Tổng số HTX' }, { value: true }];
    expect(() =>
      detectTables({ name: 'x', cells, merges: ['A1:Z100', 'B2:A1', 'nonsense', 'A1'] }),
    ).not.toThrow();
  });
});
