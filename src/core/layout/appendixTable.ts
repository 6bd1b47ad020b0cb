/**
 * What layout detection finds in a sheet: typed rows × period columns, every cell with its
 * address, so that rules can name cells without knowing the layout.
 */
import type { CellSnapshot } from '../workbook/snapshot';

export type TableKind = 'indicators' | 'breakdown' | 'funding' | 'support' | 'other';

export type PeriodKind =
  'actual' | 'plan' | 'midyear' | 'estimate' | 'comparison' | 'unit' | 'note';

export interface PeriodColumn {
  /** Column letters, e.g. "E". */
  column: string;
  /** 0-based column index. */
  index: number;
  period: PeriodKind;
  /** The year the column speaks of; for comparisons, the year of the numerator when known. */
  year?: number;
  /** The header text, flattened over merged rows, as read. */
  header: string;
  /**
   * For comparison columns: the periods compared, numerator first (e.g. estimate ÷ plan), given
   * as the column letters of the two compared columns of this table ({ numerator: 'F',
   * denominator: 'E' }); set only when both columns were identified.
   */
  compares?: { numerator: string; denominator: string };
  /** For breakdown tables whose columns are indicators (count, active, members…). */
  indicator?: string;
  /** A unit given in the header, e.g. "(triệu đồng/HTX/năm)". */
  unit?: string;
  /**
   * Where `period` (and `year`) came from: the column's own or merged parent header, the table's
   * title ("… ước thực hiện năm 2022"), or a default when nothing said (breakdown and other
   * tables: `estimate`; funding: `plan`). Cross-period checks should skip 'default' columns.
   */
  periodFrom?: 'header' | 'title' | 'default';
  /** The merged parent header(s) above the column's own, e.g. "Năm 2022" or "Kinh phí". */
  group?: string;
  /** The column is a total of the other value columns of its group ("Tổng số", funding total). */
  total?: boolean;
  /** For comparison columns: a ratio ("%", "So sánh"), growth ("Tăng/giảm (%)") or difference. */
  comparison?: 'ratio' | 'growth' | 'difference';
  /** Where `compares` came from: the column-number row, the header words, or cell formulas. */
  comparesFrom?: 'numbering' | 'header' | 'formula';
  /** The column's token in the column-number row: "5" for "(5)", "A". */
  numbering?: string;
}

/** The block a row belongs to: HTX, LHHTX or THT (or none for tables without blocks). */
export type Block = 'htx' | 'lhhtx' | 'tht';

export type RowRole =
  | 'block' // "I. Hợp tác xã"
  | 'item' // "1. Tổng số HTX"
  | 'part' // "- Nông nghiệp" under a partition
  | 'of-which' // "Trong đó: HTX thành lập mới"
  | 'total' // "Tổng số / Tổng cộng / Cộng"
  | 'heading' // a label row without figures ("Chia ra:", "Trong đó:")
  | 'other';

export interface TableCell {
  /** A1 address on the table's sheet. */
  address: string;
  /** The number the cell means, or null when blank or not a number. */
  number: number | null;
  /** True when the number came from text ("1.022", "02"). */
  fromText?: boolean;
  /** True for approximations ("khoảng 600") and ranges ("15 - 20", number = midpoint). */
  approximate?: boolean;
  /** Decimals shown (for tolerances of typed percentages). */
  shownDecimals?: number;
  /** True when the number is shown as a percentage (format with %, or typed "34,3%"). */
  percent?: boolean;
  raw: CellSnapshot | undefined;
}

export interface TableRow {
  /** 0-based sheet row. */
  index: number;
  /** The row number printed in the STT column ("I", "1", "1.1", "a", "-"), if any. */
  label?: string;
  /** The indicator text as read (after legacy-encoding conversion and NFC). */
  text: string;
  role: RowRole;
  /** Indentation depth from numbering and markers; 0 for blocks and totals. */
  depth: number;
  block?: Block;
  /** Matched indicator code from the catalogue, e.g. "htx.count", "htx.active". */
  indicator?: string;
  unit?: string;
  /** Index (in `rows`) of the row this one is a part or "of which" of. */
  parent?: number;
  /**
   * For a share row ("Tỷ lệ HTX xếp loại tốt, khá trên tổng số HTX đang hoạt động", in %): the
   * indicator codes it divides, part by whole. Such a row carries no `indicator` of its own.
   */
  share?: { part: string; whole: string };
  /** Keyed by column letters of the table's period columns. */
  cells: Record<string, TableCell>;
}

export interface AppendixTable {
  sheet: string;
  kind: TableKind;
  /** A1 range, e.g. "A4:K35". */
  range: string;
  title?: string;
  /** A unit for the whole table, from a title or note line ("Đơn vị tính: Triệu đồng"). */
  unit?: string;
  headerRows: number[];
  columns: PeriodColumn[];
  rows: TableRow[];
  /** The plan year the table speaks of (the year of its plan column), when known. */
  planYear?: number;
  /** The title lines above the header, in order (`title` joins them with a line break). */
  titleLines?: string[];
  /** The column-number row ("(1) (2) … (8)=(6)/(5)"), also listed in `headerRows`. */
  numberingRow?: number;
  /**
   * For breakdowns whose columns are periods and rows sectors or districts: the indicator the
   * rows break down, read from the title ("Số lượng HTX phân theo lĩnh vực" → htx.count).
   */
  indicator?: string;
}

export interface SheetNotes {
  sheet: string;
  /** Set when the sheet's text was typed in a legacy Vietnamese encoding. */
  legacyEncoding?: 'tcvn3' | 'vni';
  /** The first cell (A1 address) whose text was converted from that encoding. */
  legacyCell?: string;
}
