import type { Lang } from './parseArgs';

const vi = `htx-plan: kiểm tra phụ lục kế hoạch phát triển kinh tế tập thể, hợp tác xã

Cách dùng:
  htx-plan check TỆP... [--json] [--lang vi|en] [--no-color]
      Tìm các bảng phụ lục trong từng tệp .xlsx/.xls và kiểm tra số liệu như người thẩm định
      của Bộ: tổng và các phần, "trong đó", tỷ lệ %, bình quân, tồn - tăng - giảm, đơn vị.
      --json        in một tài liệu JSON (một mảng khi có nhiều tệp)
      --lang vi|en  ngôn ngữ của báo cáo (mặc định: vi)
      --no-color    không tô màu
  htx-plan --help | --version

Mã thoát: 0 không có lỗi; 1 có lỗi số liệu; 2 có tệp không đọc được hoặc không có bảng phụ lục.`;

const en = `htx-plan: checks the appendix tables of the cooperative-economy plan

Usage:
  htx-plan check FILE... [--json] [--lang vi|en] [--no-color]
      Finds the appendix tables in each .xlsx/.xls file and checks the figures the way a
      Ministry reviewer would: totals and parts, "of which" rows, percentages, averages,
      stock and flow, units.
      --json        print one JSON document (an array for several files)
      --lang vi|en  language of the report (default: vi)
      --no-color    no colours
  htx-plan --help | --version

Exit codes: 0 no errors; 1 errors in the figures; 2 a file could not be read or has no appendix table.`;

export function helpText(lang: Lang): string {
  return lang === 'en' ? en : vi;
}
