/**
 * fast-check arbitraries: random appendix tables (anything goes) and tables consistent by
 * construction (every identity holds), for the runner's property tests.
 */
import fc from 'fast-check';
import type { AppendixTable, PeriodKind, RowRole, TableKind } from '../layout/appendixTable';
import {
  type CellInput,
  type CellSpec,
  row,
  type RowSpec,
  shown,
  tableOf,
} from './tableOf.testing';

const codes = [
  'htx.count',
  'htx.active',
  'htx.paused',
  'htx.dissolving',
  'htx.new',
  'htx.dissolved',
  'htx.converted',
  'htx.members',
  'htx.new-members',
  'htx.revenue',
  'htx.avg-revenue',
  'htx.avg-income',
  'htx.managers',
  'htx.managers-college',
  'lhhtx.member-htx',
  'sector.agriculture',
  'sector.other',
  'funding.total',
  'funding.central',
  'funding.local',
  'funding.other',
];
const periods: PeriodKind[] = [
  'actual',
  'plan',
  'midyear',
  'estimate',
  'comparison',
  'unit',
  'note',
];
const roles: RowRole[] = ['block', 'item', 'part', 'of-which', 'total', 'heading', 'other'];
const kinds: TableKind[] = ['indicators', 'breakdown', 'funding', 'support', 'other'];
const units = ['HTX', 'Người', '%', 'Triệu đồng/năm', 'Tỷ đồng', 'Triệu đồng/người/năm', ''];

const cellArb: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 100000 }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  fc.record<CellSpec>({
    n: fc.integer({ min: 0, max: 500 }),
    approximate: fc.boolean(),
    percent: fc.boolean(),
    decimals: fc.integer({ min: 0, max: 3 }),
  }),
  fc.constantFrom<CellSpec>(
    { n: null, text: 'x' },
    { n: null, text: 'chưa có' },
    { n: null, error: '#REF!' },
    { n: 2, text: '02' },
  ),
);

export const randomTable: fc.Arbitrary<AppendixTable> = fc
  .record({
    sheet: fc.constantFrom('PL I', 'PL II', 'PL III'),
    kind: fc.constantFrom(...kinds),
    columns: fc.array(
      fc.record({
        period: fc.constantFrom(...periods),
        year: fc.option(fc.integer({ min: 2020, max: 2024 }), { nil: undefined }),
        indicator: fc.option(fc.constantFrom(...codes), { nil: undefined, freq: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    rows: fc.array(
      fc.record({
        role: fc.constantFrom(...roles),
        indicator: fc.option(fc.constantFrom(...codes), { nil: undefined }),
        unit: fc.constantFrom(...units),
        parentOffset: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        values: fc.array(cellArb, { minLength: 6, maxLength: 6 }),
      }),
      { minLength: 0, maxLength: 12 },
    ),
  })
  .map(({ sheet, kind, columns, rows }) =>
    tableOf({
      sheet,
      kind,
      columns: columns.map((c) =>
        [c.period, c.year, c.indicator].filter((w) => w !== undefined).join(' '),
      ),
      rows: rows.map((r, i): RowSpec => {
        const parent =
          r.parentOffset !== undefined && i - r.parentOffset >= 0 ? i - r.parentOffset : undefined;
        return row(`Dòng ${i}`, r.values, {
          role: r.role,
          ...(r.indicator ? { indicator: r.indicator } : {}),
          ...(r.unit ? { unit: r.unit } : {}),
          ...(parent !== undefined ? { parent } : {}),
        });
      }),
    }),
  );

/** Phụ lục I and II whose every identity holds. Columns: TH N-1, KH N, 30/6 N, ƯTH N, KH N+1, %. */
export const consistentTables: fc.Arbitrary<AppendixTable[]> = fc
  .record({
    previous: fc.integer({ min: 60, max: 900 }),
    fresh: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 5 }),
    gone: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 5, maxLength: 5 }),
    planDrift: fc.integer({ min: -20, max: 20 }),
    activeShare: fc.double({ min: 0.5, max: 1, noNaN: true }),
    members: fc.integer({ min: 1000, max: 60000 }),
    averageRevenue: fc.integer({ min: 800, max: 9000 }),
    sectorShares: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 5 }),
  })
  .map(
    ({ previous, fresh, gone, planDrift, activeShare, members, averageRevenue, sectorShares }) => {
      const estimate = previous + fresh[3] - gone[3];
      const plan = Math.max(1, estimate + planDrift);
      const midyear = Math.max(0, previous + fresh[2] - gone[2]);
      const mid = Math.min(midyear, estimate);
      const next = estimate + fresh[4] - gone[4];
      const counts = [previous, plan, mid, estimate, next];
      const newFlows = [fresh[0], fresh[1], Math.min(fresh[2], fresh[3]), fresh[3], fresh[4]];
      const goneFlows = [gone[0], gone[1], Math.min(gone[2], gone[3]), gone[3], gone[4]];
      const active = counts.map((count) => Math.round(count * activeShare));
      const memberCounts = counts.map((count) => members + count);
      const revenue = counts.map((count) => (count * averageRevenue) / 1000);
      const percent = shown(Math.round((estimate / plan) * 1000) / 10, 1);
      const main = tableOf({
        sheet: 'PL I',
        columns: [
          'E:actual 2021',
          'plan 2022',
          'midyear 2022',
          'estimate 2022',
          'plan 2023',
          'comparison 2022',
        ],
        rows: [
          row('Tổng số HTX', [...counts, percent], { indicator: 'htx.count', unit: 'HTX' }),
          row('Đang hoạt động', active, {
            role: 'of-which',
            parent: 0,
            indicator: 'htx.active',
            unit: 'HTX',
          }),
          row(
            'Tạm ngừng',
            counts.map((c, i) => c - active[i]),
            { role: 'of-which', parent: 0, indicator: 'htx.paused', unit: 'HTX' },
          ),
          row('Thành lập mới', newFlows, { indicator: 'htx.new', unit: 'HTX' }),
          row('Giải thể', goneFlows, { indicator: 'htx.dissolved', unit: 'HTX' }),
          row('Thành viên', memberCounts, { indicator: 'htx.members', unit: 'Thành viên' }),
          row('Thành viên mới', newFlows, {
            role: 'of-which',
            parent: 5,
            indicator: 'htx.new-members',
            unit: 'Thành viên',
          }),
          row('Tổng doanh thu', revenue, { indicator: 'htx.revenue', unit: 'Tỷ đồng' }),
          row(
            'Doanh thu bình quân',
            counts.map(() => averageRevenue),
            { indicator: 'htx.avg-revenue', unit: 'Triệu đồng/năm' },
          ),
        ],
      });
      const weight = sectorShares.reduce((sum, share) => sum + share, 0);
      const parts = sectorShares.map((share) => Math.floor((estimate * share) / weight));
      parts[0] += estimate - parts.reduce((sum, part) => sum + part, 0);
      const sectors = tableOf({
        sheet: 'PL II',
        kind: 'breakdown',
        columns: ['C:estimate 2022'],
        rows: [
          row('Tổng số HTX', [estimate], { role: 'total' }),
          ...parts.map((part, i) =>
            row(`Lĩnh vực ${i}`, [part], {
              role: 'part',
              parent: 0,
              indicator: i === 0 ? 'sector.agriculture' : 'sector.other',
            }),
          ),
        ],
      });
      return [main, sectors];
    },
  );
