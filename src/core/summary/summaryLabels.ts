/**
 * The wording of the summary sheet. Vietnamese only: the sheet is a document of a Vietnamese
 * province, whatever the language of the tool around it.
 */
import type { BlockMeasure } from '../catalog/indicatorCodes';
import type { Block, PeriodColumn } from '../layout/appendixTable';

export const blockHeadings: Record<Block, string> = {
  htx: 'HỢP TÁC XÃ',
  lhhtx: 'LIÊN HIỆP HỢP TÁC XÃ',
  tht: 'TỔ HỢP TÁC',
};

/** The short name used in units and sentences. */
export const blockNouns: Record<Block, string> = { htx: 'HTX', lhhtx: 'LHHTX', tht: 'THT' };

const countLabels: Record<Block, string> = {
  htx: 'Số hợp tác xã',
  lhhtx: 'Số liên hiệp hợp tác xã',
  tht: 'Số tổ hợp tác',
};

export function indicatorLabel(block: Block, measure: BlockMeasure): string {
  const noun = blockNouns[block];
  switch (measure) {
    case 'count':
      return countLabels[block];
    case 'members':
      return 'Số thành viên';
    case 'member-htx':
      return 'Số HTX thành viên';
    case 'workers':
      return 'Số lao động thường xuyên';
    case 'avg-revenue':
      return `Doanh thu bình quân một ${noun}`;
    case 'avg-profit':
      return `Lãi bình quân một ${noun}`;
    case 'avg-income':
      return 'Thu nhập bình quân của lao động thường xuyên';
    default:
      return measure;
  }
}

/** The unit when the source row states none. */
export function defaultUnit(block: Block, measure: BlockMeasure): string {
  switch (measure) {
    case 'count':
      return blockNouns[block];
    case 'members':
      return 'Thành viên';
    case 'member-htx':
      return 'HTX';
    case 'workers':
      return 'Người';
    case 'avg-income':
      return 'Triệu đồng/người/năm';
    default:
      return 'Triệu đồng/năm';
  }
}

/** The subject of a report sentence: "Tổng số thành viên HTX". */
export function sentenceSubject(block: Block, measure: BlockMeasure): string {
  const noun = blockNouns[block];
  switch (measure) {
    case 'members':
      return `Tổng số thành viên ${noun}`;
    case 'member-htx':
      return `Số HTX thành viên của các ${noun}`;
    case 'workers':
      return `Số lao động thường xuyên trong ${noun}`;
    case 'avg-income':
      return `Thu nhập bình quân của lao động thường xuyên trong ${noun}`;
    default:
      return indicatorLabel(block, measure);
  }
}

/** "ƯTH năm 2022", "TH đến 30/6/2022": the period a breakdown column gives. */
export function periodText(column: PeriodColumn): string {
  const year = column.year === undefined ? '' : ` năm ${column.year}`;
  switch (column.period) {
    case 'actual':
      return `TH${year}`;
    case 'plan':
      return `KH${year}`;
    case 'midyear':
      return column.year === undefined ? 'TH 6 tháng' : `TH đến 30/6/${column.year}`;
    default:
      return `ƯTH${year}`;
  }
}

export const fundingHeadings = {
  'funding.total': 'Tổng số',
  'funding.central': 'NSTW',
  'funding.local': 'NSĐP',
  'funding.other': 'Vốn khác',
} as const;

export const summaryText = {
  sheetName: (year: number | undefined) =>
    year === undefined ? 'Tổng hợp KH' : `Tổng hợp KH ${year}`,
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  mottoLine: 'Độc lập - Tự do - Hạnh phúc',
  label: 'Biểu tổng hợp',
  title: (year: number | undefined) =>
    `CÁC CHỈ TIÊU CHỦ YẾU VỀ KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM ${year ?? '…'}`,
  attached: (agency: string) =>
    `(Kèm theo Kế hoạch số     /KH-UBND ngày     /     /      của ${agency})`,
  unitLine: 'Đơn vị tính: ghi tại cột ĐVT',
  chartNote: 'Biểu đồ chỉ có khi tạo trong Excel; thanh dữ liệu thể hiện mức đạt.',
  sectorSection: 'CƠ CẤU HỢP TÁC XÃ THEO NGÀNH, LĨNH VỰC',
  fundingSection: 'NHU CẦU KINH PHÍ HỖ TRỢ THEO NGUỒN VỐN',
  checksSection: (date: string) => `TÌNH HÌNH KIỂM TRA SỐ LIỆU (ngày ${date})`,
  sentencesSection: 'DỰ THẢO NỘI DUNG BÁO CÁO (tự cập nhật theo số liệu)',
  place: (name: string | undefined) => `${name ?? '…'}, ngày … tháng … năm …`,
  signers: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  signHint: '(Ký, ghi rõ họ tên, đóng dấu)',
  headers: {
    stt: 'STT',
    indicator: 'Chỉ tiêu',
    unit: 'ĐVT',
    sector: 'Ngành, lĩnh vực',
    programme: 'Chương trình, nội dung hỗ trợ',
    count: 'Số HTX',
    share: 'Tỷ trọng (%)',
    sharesOf: 'Tỷ trọng trong tổng số (%)',
    message: 'Nội dung',
    severity: 'Mức độ',
    sheet: 'Biểu',
    cell: 'Ô',
  },
  total: 'Tổng số',
  severities: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  accepted: 'Đã chấp nhận',
  acceptedReason: (reason: string, date: string) => ` — Lý do chấp nhận: ${reason} (${date})`,
  checkCounts: (errors: number, warnings: number, infos: number, accepted: number) =>
    `Số lỗi: ${errors}; số cảnh báo: ${warnings}; ghi chú: ${infos}; phát hiện đã chấp nhận: ${accepted}.`,
  checkListed: (shown: number, open: number) =>
    shown < open
      ? `Các phát hiện quan trọng nhất (${shown} trong ${open} lỗi và cảnh báo, lỗi trước):`
      : 'Các lỗi và cảnh báo (lỗi trước):',
  noFindings: 'Không có lỗi hay cảnh báo.',
} as const;
