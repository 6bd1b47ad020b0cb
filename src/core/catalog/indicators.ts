/**
 * The indicator catalogue as data: for every code, its Vietnamese label, the phrasings officials
 * use for it, its default unit and whether it counts whole things. Layout detection matches row
 * labels and column headers against the synonyms (diacritics- and case-insensitively, tolerant of
 * extra words); the rules and the summary use the labels and units.
 *
 * Synonyms are written in match-key form (lower case, no diacritics, "đ" as "d") after the
 * abbreviation folding of `abbreviationLabels.ts`: "hợp tác xã" is written "htx", "liên hiệp
 * HTX" "lhhtx", "tổ hợp tác" "tht", "lợi nhuận" "lai". The token `E` stands for the entity of the
 * block (htx, lhhtx or tht), so one entry serves the three blocks.
 */
import type { BlockMeasure, IndicatorCode } from './indicatorCodes';
import { fundingCodes, sectorCodes } from './indicatorCodes';

/** The entity of a block; the same union as `Block` in layout/appendixTable.ts. */
type Block = 'htx' | 'lhhtx' | 'tht';

export interface MeasureEntry {
  measure: BlockMeasure;
  /** Vietnamese label; `{e}` is replaced by the entity's name ("hợp tác xã"). */
  label: string;
  synonyms: readonly string[];
  /** Default unit; `{u}` is replaced by the entity's unit ("HTX", "LHHTX", "THT"). */
  unit: string;
  /** Counts whole things (cooperatives, people). */
  count: boolean;
  /** Only these blocks have the measure (e.g. member cooperatives of a union). */
  blocks?: readonly Block[];
  /** The measure whose row this one usually hangs under (a layout hint, not a relation). */
  under?: BlockMeasure;
  /** How a row of this measure relates to its parent row when no "Trong đó"/"Chia ra" says. */
  asChild?: 'part' | 'of-which';
  /** A synonym match is void when the label also holds one of these phrases. */
  excludes?: readonly string[];
}

export const measureCatalog: readonly MeasureEntry[] = [
  {
    measure: 'count',
    label: 'Tổng số {e}',
    synonyms: ['tong so E', 'so E', 'E hien co', 'so E dang ky', 'tong E', 'so luong E'],
    unit: '{u}',
    count: true,
  },
  {
    measure: 'active',
    label: 'Số {e} đang hoạt động',
    synonyms: ['dang hoat dong', 'con hoat dong', 'hoat dong binh thuong'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'part',
  },
  {
    measure: 'paused',
    label: 'Số {e} tạm ngừng hoạt động',
    synonyms: ['tam ngung', 'ngung hoat dong', 'tam dung', 'khong hoat dong', 'dung hoat dong'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'part',
  },
  {
    measure: 'dissolving',
    label: 'Số {e} đang giải thể',
    synonyms: ['dang giai the', 'dang lam thu tuc giai the', 'dang thuc hien giai the'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'part',
  },
  {
    measure: 'new',
    label: 'Số {e} thành lập mới',
    synonyms: ['thanh lap moi', 'moi thanh lap', 'dang ky moi', 'thanh lap', 'phat trien moi'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'of-which',
  },
  {
    measure: 'dissolved',
    label: 'Số {e} giải thể',
    synonyms: ['giai the', 'pha san', 'giai the pha san', 'cham dut hoat dong'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'of-which',
  },
  {
    measure: 'converted',
    label: 'Số {e} chuyển đổi, tổ chức lại',
    synonyms: ['chuyen doi', 'to chuc lai', 'chuyen doi thanh doanh nghiep', 'sap nhap'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'of-which',
  },
  {
    measure: 'rated-good',
    label: 'Số {e} hoạt động hiệu quả (xếp loại tốt, khá)',
    synonyms: [
      'tot kha',
      'kha tot',
      'hoat dong hieu qua',
      'xep loai tot',
      'xep loai kha',
      'loai tot',
    ],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'of-which',
  },
  {
    measure: 'high-tech',
    label: 'Số {e} ứng dụng công nghệ cao',
    synonyms: ['cong nghe cao', 'ung dung cnc', 'cnc'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'of-which',
  },
  {
    measure: 'value-chain',
    label: 'Số {e} liên kết theo chuỗi giá trị',
    synonyms: ['chuoi gia tri', 'lien ket chuoi', 'lien ket voi doanh nghiep', 'lien ket san xuat'],
    unit: '{u}',
    count: true,
    under: 'count',
    asChild: 'of-which',
  },
  {
    measure: 'member-htx',
    label: 'Số hợp tác xã thành viên',
    synonyms: [
      'tong so htx thanh vien',
      'so htx thanh vien',
      'htx thanh vien',
      'htx la thanh vien',
    ],
    unit: 'HTX',
    count: true,
    blocks: ['lhhtx'],
  },
  {
    measure: 'members',
    label: 'Tổng số thành viên {e}',
    synonyms: ['thanh vien', 'so thanh vien', 'tong so thanh vien', 'xa vien'],
    unit: 'Thành viên',
    count: true,
  },
  {
    measure: 'new-members',
    label: 'Số thành viên mới',
    synonyms: [
      'thanh vien moi',
      'thanh vien gia nhap',
      'thanh vien gia nhap moi',
      'thanh vien moi gia nhap',
      'ket nap moi',
    ],
    unit: 'Thành viên',
    count: true,
    under: 'members',
    asChild: 'of-which',
  },
  {
    measure: 'workers',
    label: 'Tổng số lao động thường xuyên trong {e}',
    synonyms: [
      'lao dong',
      'lao dong thuong xuyen',
      'tong so lao dong',
      'so lao dong',
      'nguoi lao dong',
    ],
    unit: 'Người',
    count: true,
  },
  {
    measure: 'member-workers',
    label: 'Số lao động là thành viên',
    synonyms: ['lao dong la thanh vien', 'lao dong dong thoi la thanh vien', 'lao dong thanh vien'],
    unit: 'Người',
    count: true,
    under: 'workers',
    asChild: 'of-which',
  },
  {
    measure: 'managers',
    label: 'Tổng số cán bộ quản lý {e}',
    synonyms: ['can bo quan ly', 'tong so can bo quan ly', 'can bo'],
    unit: 'Người',
    count: true,
  },
  {
    measure: 'managers-intermediate',
    label: 'Cán bộ quản lý trình độ sơ, trung cấp',
    synonyms: ['trung cap', 'so cap', 'so trung cap', 'trinh do so trung cap'],
    unit: 'Người',
    count: true,
    under: 'managers',
    asChild: 'of-which',
  },
  {
    measure: 'managers-college',
    label: 'Cán bộ quản lý trình độ cao đẳng, đại học trở lên',
    synonyms: ['cao dang', 'dai hoc', 'cao dang dai hoc', 'dai hoc tro len'],
    unit: 'Người',
    count: true,
    under: 'managers',
    asChild: 'of-which',
  },
  {
    measure: 'avg-revenue',
    label: 'Doanh thu bình quân một {e}',
    synonyms: [
      'doanh thu binh quan',
      'doanh thu',
      'binh quan doanh thu',
      'binh quan E dat doanh thu',
    ],
    unit: 'Triệu đồng/năm',
    count: false,
  },
  {
    measure: 'avg-revenue-members',
    label: 'Doanh thu của {e} với thành viên',
    synonyms: ['doanh thu thanh vien', 'doanh thu voi thanh vien', 'doanh thu doi voi thanh vien'],
    unit: 'Triệu đồng/năm',
    count: false,
    under: 'avg-revenue',
    asChild: 'of-which',
  },
  {
    measure: 'avg-profit',
    label: 'Lãi bình quân một {e}',
    synonyms: ['lai binh quan', 'lai', 'binh quan lai'],
    unit: 'Triệu đồng/năm',
    count: false,
  },
  {
    measure: 'avg-income',
    label: 'Thu nhập bình quân của lao động thường xuyên trong {e}',
    synonyms: [
      'thu nhap binh quan',
      'thu nhap',
      'thu nhap binh quan lao dong',
      'thu nhap binh quan nguoi lao dong',
      'thu nhap dau nguoi',
    ],
    unit: 'Triệu đồng/người/năm',
    count: false,
    // "Thu nhập bình quân của thành viên" is another figure (members, not workers).
    excludes: ['thanh vien'],
  },
  {
    measure: 'charter-capital',
    label: 'Vốn điều lệ',
    synonyms: ['von dieu le', 'tong von dieu le', 'von dieu le dang ky'],
    unit: 'Tỷ đồng',
    count: false,
  },
  {
    measure: 'revenue',
    label: 'Tổng doanh thu',
    synonyms: ['tong doanh thu'],
    unit: 'Triệu đồng',
    count: false,
  },
  {
    measure: 'profit',
    label: 'Tổng lãi',
    synonyms: ['tong lai', 'tong so lai'],
    unit: 'Triệu đồng',
    count: false,
  },
];

/** The three blocks: their names, units and the phrasings of their block rows. */
export const entityCatalog: readonly { block: Block; name: string; unit: string }[] = [
  { block: 'htx', name: 'hợp tác xã', unit: 'HTX' },
  { block: 'lhhtx', name: 'liên hiệp hợp tác xã', unit: 'LHHTX' },
  { block: 'tht', name: 'tổ hợp tác', unit: 'THT' },
];

export interface PlainEntry {
  code: IndicatorCode;
  label: string;
  synonyms: readonly string[];
  /** A synonym match is void when the label also holds one of these phrases. */
  excludes?: readonly string[];
}

type SectorCode = (typeof sectorCodes)[number];
type FundingCode = (typeof fundingCodes)[number];

/**
 * Sectors (lĩnh vực, ngành). Matched strictly: after the filler words of `sectorFillers`
 * ("HTX", "lĩnh vực", "ngành") the label may hold at most two words beyond a synonym, so that
 * "Xây dựng mô hình HTX kiểu mới" is not the construction sector.
 */
export const sectorCatalog: readonly (PlainEntry & { code: SectorCode })[] = [
  {
    code: 'sector.agriculture',
    label: 'Nông, lâm, ngư, diêm nghiệp',
    synonyms: [
      'nong nghiep',
      'nn',
      'nong lam ngu nghiep',
      'nong lam ngu diem nghiep',
      'nong lam nghiep thuy san',
      'nong lam thuy san',
      'nong nghiep thuy san',
      'nong lam nghiep',
      'thuy san',
      'lam nghiep',
      'diem nghiep',
      'thuy loi',
    ],
    excludes: ['phi'],
  },
  {
    code: 'sector.industry',
    label: 'Công nghiệp - tiểu thủ công nghiệp',
    synonyms: ['cong nghiep', 'ttcn', 'cong nghiep ttcn', 'cn ttcn', 'thu cong nghiep'],
    excludes: ['nong'],
  },
  { code: 'sector.construction', label: 'Xây dựng', synonyms: ['xay dung'] },
  {
    code: 'sector.trade-services',
    label: 'Thương mại - dịch vụ',
    synonyms: ['thuong mai dich vu', 'tm dv', 'tmdv', 'thuong mai', 'dich vu', 'dich vu tong hop'],
  },
  {
    code: 'sector.transport',
    label: 'Vận tải',
    synonyms: ['van tai', 'giao thong van tai', 'gtvt', 'giao thong'],
  },
  { code: 'sector.credit', label: 'Quỹ tín dụng nhân dân', synonyms: ['qtdnd', 'tin dung'] },
  {
    code: 'sector.environment',
    label: 'Môi trường',
    synonyms: ['moi truong', 've sinh moi truong', 'nuoc sach', 'moi truong nuoc sach'],
  },
  {
    code: 'sector.other',
    label: 'Lĩnh vực khác',
    synonyms: ['khac', 'dich vu khac', 'nganh nghe khac'],
  },
];

/** Words that say nothing about which sector a row is: "HTX", "lĩnh vực", "ngành", "số". */
export const sectorFillers: readonly string[] = [
  'htx',
  'linh vuc',
  'nganh',
  'nganh nghe',
  'so',
  'cac',
  'nhom',
  'thuoc',
  'hoat dong',
  'trong',
  'va',
  'cua',
  'loai hinh',
];

/** Funding sources, matched on column headers (Tổng số | NSTW | NSĐP | Khác). */
export const fundingCatalog: readonly (PlainEntry & { code: FundingCode })[] = [
  {
    code: 'funding.total',
    label: 'Tổng số',
    synonyms: ['tong so', 'tong cong', 'tong', 'tong nhu cau', 'tong kinh phi', 'tong von', 'cong'],
  },
  {
    code: 'funding.central',
    label: 'Ngân sách trung ương',
    synonyms: ['nstw', 'trung uong', 'von trung uong', 'von nstw'],
  },
  {
    code: 'funding.local',
    label: 'Ngân sách địa phương',
    synonyms: ['nsdp', 'dia phuong', 'ngan sach tinh', 'ngan sach huyen', 'von dia phuong'],
  },
  {
    code: 'funding.other',
    label: 'Vốn khác',
    synonyms: [
      'khac',
      'von khac',
      'nguon khac',
      'huy dong khac',
      'von huy dong',
      'von doi ung',
      'von cua htx',
      'nguon hop phap khac',
      'xa hoi hoa',
    ],
  },
];

export interface IndicatorEntry {
  code: IndicatorCode;
  label: string;
  synonyms: readonly string[];
  unit?: string;
  count: boolean;
}

function fill(template: string, block: Block): string {
  const entity = entityCatalog.find((e) => e.block === block)!;
  return template.replace('{e}', entity.name).replace('{u}', entity.unit);
}

/** Every code with its label, synonyms, unit and count flag, blocks expanded. */
export const indicatorCatalog: readonly IndicatorEntry[] = [
  ...entityCatalog.flatMap(({ block }) =>
    measureCatalog
      .filter((entry) => !entry.blocks || entry.blocks.includes(block))
      .map((entry) => ({
        code: `${block}.${entry.measure}` as IndicatorCode,
        label: fill(entry.label, block),
        synonyms: entry.synonyms.map((s) => s.replace(/\bE\b/g, block)),
        unit: fill(entry.unit, block),
        count: entry.count,
      })),
  ),
  ...sectorCatalog.map((e) => ({ ...e, unit: 'HTX', count: true })),
  ...fundingCatalog.map((e) => ({ ...e, unit: 'Triệu đồng', count: false })),
];
