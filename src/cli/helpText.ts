import type { Lang } from './parseArgs';

const vi = `htx-plan: kiểm tra phụ lục kế hoạch phát triển kinh tế tập thể, hợp tác xã

Cách dùng:
  htx-plan check TỆP... [--json] [--lang vi|en] [--no-color]
      Tìm các bảng phụ lục trong từng tệp .xlsx/.xls và kiểm tra số liệu như người thẩm định
      của Bộ: tổng và các phần, "trong đó", tỷ lệ %, bình quân, tồn - tăng - giảm, đơn vị.
      --json        in một tài liệu JSON (một mảng khi có nhiều tệp)
      --lang vi|en  ngôn ngữ của báo cáo (mặc định: vi)
      --no-color    không tô màu
  htx-plan mark TỆP.xlsx -o KẾT-QUẢ.xlsx [--lang vi|en] [--force] [--json]
      Ghi ra một tệp mới: các ô có phát hiện được tô màu theo mức độ (đỏ nhạt: lỗi, vàng:
      cảnh báo, xanh nhạt: ghi chú; màu cũ được lưu để xóa đánh dấu sau này) và thêm trang
      "Kết quả kiểm tra" liệt kê từng phát hiện, có liên kết tới ô, để gửi lại cho huyện.
  htx-plan native TỆP.xlsx -o KẾT-QUẢ.xlsx [--lang vi|en] [--force] [--json]
      Ghi ra một tệp mới trong đó mọi công thức dùng hàm HTX.* có công thức Excel gốc tương
      đương được viết lại bằng công thức đó, để tệp tính được trên máy không cài add-in; liệt
      kê ô đã chuyển (cũ → mới), ô không chuyển được và lý do, và các khác biệt cần lưu ý.
  htx-plan summary TỆP.xlsx -o KẾT-QUẢ.xlsx [--province TÊN] [--year NĂM] [--force] [--json]
      Ghi ra một tệp mới có thêm trang "Tổng hợp KH {năm}" theo thể thức phụ lục (Nghị định
      30/2020/NĐ-CP): các chỉ tiêu chủ yếu của HTX, LHHTX, THT (TH năm trước, KH, ước TH, tỷ lệ
      đạt, KH năm sau), cơ cấu HTX theo ngành, kinh phí theo nguồn vốn, tình hình kiểm tra và
      các câu dự thảo báo cáo; mọi số liệu là công thức trỏ về ô nguồn nên tự cập nhật.
      --province TÊN  tên tỉnh/thành phố khi tệp không ghi (ví dụ "Lạng Sơn")
      --year NĂM      năm kế hoạch khi tệp không ghi (ví dụ 2024)
      -o TỆP        tệp kết quả; không bao giờ được trùng tệp đầu vào
      --force       cho phép ghi đè tệp kết quả đã có (không bao giờ ghi đè tệp đầu vào)
      Chỉ nhận tệp .xlsx; tệp .xls hãy lưu lại dưới dạng .xlsx trước. Không hỏi gì khi chạy.
  htx-plan --help | --version

Mã thoát của check: 0 không có lỗi; 1 có lỗi số liệu; 2 có tệp không đọc được hoặc không có
bảng phụ lục. Của mark, native và summary: 0 đã ghi tệp kết quả; 2 tệp đầu vào không đọc
được, là .xls, không có bảng phụ lục (mark, summary), hoặc tệp kết quả bị từ chối (trùng tệp
đầu vào, đã có mà thiếu --force).`;

const en = `htx-plan: checks the appendix tables of the cooperative-economy plan

Usage:
  htx-plan check FILE... [--json] [--lang vi|en] [--no-color]
      Finds the appendix tables in each .xlsx/.xls file and checks the figures the way a
      Ministry reviewer would: totals and parts, "of which" rows, percentages, averages,
      stock and flow, units.
      --json        print one JSON document (an array for several files)
      --lang vi|en  language of the report (default: vi)
      --no-color    no colours
  htx-plan mark FILE.xlsx -o OUT.xlsx [--lang vi|en] [--force] [--json]
      Writes a new file: the cells with findings filled by severity (light red: error,
      yellow: warning, light blue: note; their previous fills are recorded so the marks can be
      removed later) and a new sheet listing every finding with a link to its cell ("Kết quả
      kiểm tra", or "Check results" with --lang en), ready to send back to a district.
  htx-plan native FILE.xlsx -o OUT.xlsx [--lang vi|en] [--force] [--json]
      Writes a new file in which every formula using an HTX.* function that has a native
      Excel equivalent is rewritten as that equivalent, so the file computes without the
      add-in; lists what was rewritten (old → new), what was not and why, and the
      differences to keep in mind.
  htx-plan summary FILE.xlsx -o OUT.xlsx [--province NAME] [--year N] [--force] [--json]
      Writes a new file with an added sheet "Tổng hợp KH {year}" laid out as an official
      appendix (Decree 30/2020/NĐ-CP): the key indicators of HTX, LHHTX and THT (last year's
      actual, plan, estimate, attainment, next year's plan), cooperatives by sector, funding
      by source, the state of the checks and draft report sentences in Vietnamese; every
      figure is a formula pointing at its source cell, so the sheet stays live.
      --province NAME  the province or city when the file does not say (e.g. "Lạng Sơn")
      --year N         the plan year when the file does not say (e.g. 2024)
      -o FILE       the output file; never the input file
      --force       replace an existing output file (the input is never replaced)
      Only .xlsx files; save an .xls file as .xlsx first. Never asks anything.
  htx-plan --help | --version

Exit codes of check: 0 no errors; 1 errors in the figures; 2 a file could not be read or has
no appendix table. Of mark, native and summary: 0 the output was written; 2 the input could
not be read, is .xls, has no appendix table (mark, summary), or the output was refused (it is
the input, or it exists and --force was not given).`;

export function helpText(lang: Lang): string {
  return lang === 'en' ? en : vi;
}
