/**
 * Test fixtures: a small main appendix table ("PL I") and a sector breakdown, as snapshots,
 * with their detected tables. Rows are 1-based in the comments, as Excel shows them.
 */
// Test code (excluded from core's tsconfig), so it may share the repository's test builders.
import { type CellInput, sheetOf, type SheetOptions } from '../../../test/helpers/sheetOf';
import type { AppendixTable } from '../layout/appendixTable';
import { detectTables } from '../layout/detectTables';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';

/**
 * A1 title; 2–3 header (D "TH 2021", E:F "Năm 2022" over KH | ƯTH, G "KH 2023", H "Ghi chú");
 * 4 "I. Hợp tác xã"; 5 count; 6 "Trong đó:"; 7 active; 8 paused (note "ghi"); 9 members;
 * 10 average profit with a blank estimate (F10).
 */
export function mainRows(): CellInput[][] {
  return [
    ['CHỈ TIÊU KINH TẾ TẬP THỂ NĂM 2022 VÀ KẾ HOẠCH NĂM 2023'],
    [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Thực hiện năm 2021',
      'Năm 2022',
      null,
      'Kế hoạch năm 2023',
      'Ghi chú',
    ],
    [null, null, null, null, 'Kế hoạch', 'Ước thực hiện', null, null],
    ['I', 'Hợp tác xã', null, null, null, null, null, null],
    [1, 'Tổng số hợp tác xã', 'HTX', 199, 203, 204, 220, null],
    [null, 'Trong đó:', null, null, null, null, null, null],
    [null, '- Số HTX đang hoạt động', 'HTX', 180, 185, 184, 200, null],
    [null, '- Số HTX tạm ngừng hoạt động', 'HTX', 19, 18, 20, 20, 'ghi'],
    [2, 'Tổng số thành viên', 'Thành viên', 48000, 48875, 48924, 50000, null],
    [3, 'Lãi bình quân một HTX', 'Triệu đồng/năm', 2100, 2200, null, 2300, null],
  ];
}

export const mainMerges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:G3', 'H2:H3'];

export function mainSheet(
  change: (rows: CellInput[][]) => void = () => {},
  opts: SheetOptions = {},
): SheetSnapshot {
  const rows = mainRows();
  change(rows);
  return sheetOf(rows, { name: 'PL I', ...opts, merges: [...mainMerges, ...(opts.merges ?? [])] });
}

/** A sector breakdown whose total row (3) is SUM formulas over the sectors (4–6). */
export function sectorSheet(opts: SheetOptions = {}): SheetSnapshot {
  return sheetOf(
    [
      ['SỐ LƯỢNG HỢP TÁC XÃ PHÂN THEO LĨNH VỰC'],
      ['STT', 'Lĩnh vực', 'Thực hiện năm 2021', 'Ước thực hiện năm 2022', 'Kế hoạch năm 2023'],
      [null, 'Tổng số', 199, 204, 220],
      [1, 'Nông nghiệp', 100, 104, 110],
      [2, 'Công nghiệp - TTCN', 50, 50, 55],
      [3, 'Thương mại - dịch vụ', 49, 50, 55],
    ],
    {
      name: 'PL II',
      ...opts,
      formulas: { C3: 'SUM(C4:C6)', D3: 'SUM(D4:D6)', E3: 'SUM(E4:E6)', ...opts.formulas },
    },
  );
}

export function onlyTable(sheet: SheetSnapshot): AppendixTable {
  const { tables } = detectTables(sheet);
  if (tables.length !== 1) throw new Error(`expected one table, found ${tables.length}`);
  return tables[0];
}

export const workbookOf = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets });
