/**
 * Stable indicator codes shared by layout detection (which matches labels to them) and the
 * rules (which relate them). Add, never rename: findings and the summary refer to them.
 * Per-block codes are written `${block}.${measure}` with block htx | lhhtx | tht.
 */
export const blockMeasures = [
  'count', // Tổng số HTX / LHHTX / THT
  'active', // đang hoạt động
  'paused', // tạm ngừng hoạt động
  'dissolving', // đang giải thể (a status)
  'new', // thành lập mới (a flow)
  'dissolved', // giải thể trong năm (a flow)
  'converted', // chuyển đổi / tổ chức lại (a flow)
  'rated-good', // xếp loại tốt, khá
  'high-tech', // ứng dụng công nghệ cao
  'value-chain', // liên kết chuỗi giá trị
  'member-htx', // LHHTX: số HTX thành viên
  'members', // thành viên
  'new-members', // thành viên mới
  'workers', // lao động thường xuyên
  'member-workers', // lao động là thành viên
  'managers', // cán bộ quản lý
  'managers-intermediate', // trình độ trung cấp
  'managers-college', // cao đẳng, đại học trở lên
  'avg-revenue', // doanh thu bình quân / HTX
  'avg-revenue-members', // doanh thu với thành viên
  'avg-profit', // lãi (lợi nhuận) bình quân / HTX
  'avg-income', // thu nhập bình quân / lao động
  'charter-capital', // vốn điều lệ
  'revenue', // tổng doanh thu
  'profit', // tổng lợi nhuận
] as const;

export type BlockMeasure = (typeof blockMeasures)[number];

export const sectorCodes = [
  'sector.agriculture', // nông, lâm, ngư nghiệp, diêm nghiệp, thủy lợi
  'sector.industry', // công nghiệp, tiểu thủ công nghiệp
  'sector.construction', // xây dựng
  'sector.trade-services', // thương mại, dịch vụ
  'sector.transport', // vận tải
  'sector.credit', // quỹ tín dụng nhân dân
  'sector.environment', // môi trường, nước sạch
  'sector.other', // khác
] as const;

export const fundingCodes = [
  'funding.total', // Tổng số / Tổng nhu cầu
  'funding.central', // ngân sách trung ương (NSTW)
  'funding.local', // ngân sách địa phương (NSĐP)
  'funding.other', // vốn khác / huy động khác / của HTX
] as const;

export type IndicatorCode =
  | `${'htx' | 'lhhtx' | 'tht'}.${BlockMeasure}`
  | (typeof sectorCodes)[number]
  | (typeof fundingCodes)[number];
