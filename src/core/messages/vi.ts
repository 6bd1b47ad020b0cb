/**
 * Vietnamese messages (the primary catalogue), keyed by `Finding.messageKey`. Placeholders
 * `{name}` are filled from the finding's params; numbers are written Vietnamese style.
 * Wording: how a careful reviewer at the Ministry would put it in a margin note.
 */
export const vi = {
  // Findings
  'sum-of-parts.rows':
    '{label} ({totalCell} = {total}) khác tổng các dòng chi tiết ({partsSum}) ở cột {period}: chênh lệch {gap}.',
  'sum-of-parts.sectors':
    '{label} ({totalCell} = {total}) khác tổng các lĩnh vực ({partsSum}) ở cột {period}: chênh lệch {gap}.',
  'sum-of-parts.funding':
    '{label}: tổng kinh phí ({totalCell} = {total}) khác NSTW + NSĐP + nguồn khác ({partsSum}) ở {period}: chênh lệch {gap}.',
  'sum-of-parts.columns':
    '{label}: cột tổng ({totalCell} = {total}) khác tổng các cột thành phần ({partsSum}) ở {period}: chênh lệch {gap}.',
  'parts-short':
    '{label} ({totalCell} = {total}) lớn hơn tổng các nhóm được liệt kê ({partsSum}) ở cột {period}: còn {gap} chưa thuộc nhóm nào. Thiếu một nhóm hay nhập sai số?',
  'status-partition':
    '{label} ({totalCell} = {total}) khác số đang hoạt động cộng tạm ngừng hoạt động ({partsSum}) ở cột {period}: chênh lệch {gap}.',
  'status-partition.short':
    '{label} ({totalCell} = {total}) lớn hơn số đang hoạt động cộng tạm ngừng hoạt động ({partsSum}) ở cột {period}: {gap} chưa rõ trạng thái (đang giải thể?).',
  'of-which-exceeds-parent':
    '“{label}” ({part}) lớn hơn chỉ tiêu “{parentLabel}” ({wholeCell} = {whole}) ở cột {period}: vượt {excess}, trong khi “trong đó” không thể lớn hơn tổng.',
  'percent-mismatch':
    '{label}: tỷ lệ ghi ở {percentCell} là {actual}% nhưng {numeratorCell} ÷ {denominatorCell} cho {expected}%.',
  'percent-mismatch.growth':
    '{label}: mức tăng ghi ở {percentCell} là {actual}% nhưng {numeratorCell} so với {denominatorCell} tăng {expected}%.',
  'percent-mismatch.share':
    '{label}: tỷ trọng ghi ở {percentCell} là {actual}% nhưng {numeratorCell} ÷ {denominatorCell} cho {expected}%.',
  'percent-mismatch.difference':
    '{label}: mức tăng, giảm ghi ở {percentCell} là {actual} nhưng {numeratorCell} − {denominatorCell} = {expected}.',
  'per-unit-average.all':
    '{label} ({averageCell} = {actual}) khác tổng ở {totalCell} chia cho tổng số ở {countCell} ({expected}), cột {period}.',
  'per-unit-average.active':
    '{label} ({averageCell} = {actual}) khác tổng ở {totalCell} chia cho số đang hoạt động ở {countCell} ({expected}), cột {period}.',
  'weighted-average':
    '{label}: bình quân chung ({averageCell} = {actual}) khác bình quân của các nhóm tính theo “{weight}” ({mean}), cột {period}.',
  'weighted-average.range':
    '{label}: bình quân chung ({averageCell} = {actual}) nằm ngoài khoảng bình quân của các nhóm ({min} – {max}), cột {period}; tính theo “{weight}” phải là {mean}.',
  'per-unit-average.active-matches':
    '{label} ({averageCell} = {actual}) khớp với tổng ở {totalCell} chia cho số đang hoạt động ở {countCell}, không phải cho tổng số: bình quân tính trên các đơn vị đang hoạt động.',
  'weighted-average.active-matches':
    '{label}: bình quân chung ({averageCell} = {actual}) khớp với bình quân các nhóm tính theo số đang hoạt động (“{weight}”), không phải theo tổng số.',
  'stock-flow':
    '{label} cột {period} ({stockCell} = {total}) khác số cột {previousPeriod} ({previousCell}) cộng thành lập mới, trừ giải thể ({partsSum}): lệch {residual}.',
  'stock-flow.plan':
    '{label} cột {period} ({stockCell} = {total}) khác số ước thực hiện ({previousCell}) cộng kế hoạch thành lập mới, trừ giải thể ({partsSum}): lệch {residual}.',
  'cross-table-total':
    'Dòng “{label}” ({totalCell} = {total}) khác “{otherLabel}” ở {otherCell} ({partsSum}) cùng kỳ {period}: chênh lệch {gap}.',
  'member-htx-exceeds-htx':
    '“{label}” ({partCell} = {part}) lớn hơn “{parentLabel}” ({wholeCell} = {whole}) ở cột {period}: HTX thành viên của liên hiệp cũng là HTX.',
  'midyear-exceeds-estimate':
    '“{label}” lũy kế đến 30/6 ({midyearCell} = {part}) lớn hơn ước cả năm ({estimateCell} = {whole}): vượt {excess}.',
  'midyear-exceeds-estimate.stock':
    '“{label}” tại 30/6 ({midyearCell} = {part}) lớn hơn ước cuối năm ({estimateCell} = {whole}), vượt {excess}: cần xem lại nếu 6 tháng cuối năm không có giải thể.',
  'scale-slip':
    '“{label}” ở {valueCell} ({value}) lệch khoảng 1.000 lần so với các kỳ khác cùng dòng, cột {period}: có thể nhầm đơn vị (tỷ/triệu), đúng ra là {suggested}?',
  'scale-slip.range':
    '“{label}” ở {valueCell} ({value}) không hợp lý với đơn vị triệu đồng, cột {period}: có lẽ đã nhập theo tỷ đồng, đúng ra là {suggested}?',
  'monthly-in-yearly':
    '“{label}” ở {valueCell} chỉ {value} triệu đồng/năm, cột {period}: có lẽ là thu nhập một tháng (cả năm khoảng {suggested}).',
  'invalid-count.fraction':
    '“{label}” ở {valueCell} là {value}, cột {period}: số lượng phải là số nguyên.',
  'invalid-count.negative':
    '“{label}” ở {valueCell} là {value}, cột {period}: số lượng không thể âm.',
  'number-as-text':
    '{count} ô số đang lưu dạng văn bản (ô đầu tiên {firstCell}): công thức SUM sẽ bỏ qua các ô này.',
  'not-a-number':
    '{count} ô cần số liệu nhưng chứa chữ (ô đầu tiên {firstCell}: “{example}”): không kiểm tra được.',
  'cell-error': 'Ô {valueCell} báo lỗi {error}: các số liệu liên quan không kiểm tra được.',
  'legacy-encoding':
    'Trang tính gõ bằng bảng mã cũ {encoding}: đã chuyển sang Unicode để đọc; nên chuyển hẳn tệp sang Unicode.',

  // Suggestions, keyed `suggestion.<reason>`
  'suggestion.wrong-digit': 'Có thể gõ nhầm một chữ số: sửa {suggestionCell} thành {value}.',
  'suggestion.swapped-digits': 'Có thể gõ đảo hai chữ số: sửa {suggestionCell} thành {value}.',
  'suggestion.missing-digit': 'Có thể gõ thiếu một chữ số: sửa {suggestionCell} thành {value}.',
  'suggestion.extra-digit': 'Có thể gõ thừa một chữ số: sửa {suggestionCell} thành {value}.',
  'suggestion.sign': 'Có thể nhầm dấu: sửa {suggestionCell} thành {value}.',
  'suggestion.scale-1000':
    'Có thể nhầm đơn vị (gấp 1.000 lần): sửa {suggestionCell} thành {value}.',
  'suggestion.monthly-12': 'Có thể là số theo tháng: sửa {suggestionCell} thành {value} (×12).',
  'suggestion.rounding': 'Có thể do làm tròn: sửa {suggestionCell} thành {value}.',
  'suggestion.recompute': 'Tính lại: sửa {suggestionCell} thành {value}.',

  // Rule catalogue, keyed `rule.<id>`
  'rule.sum-of-parts':
    'Tổng bằng tổng các thành phần (từng cột, và theo hàng khi các cột là thành phần).',
  'rule.parts-short': 'Các nhóm được liệt kê (lĩnh vực, địa bàn) chưa đủ tổng số.',
  'rule.status-partition': 'Tổng số = đang hoạt động + tạm ngừng hoạt động (+ đang giải thể).',
  'rule.of-which-exceeds-parent': 'Chỉ tiêu “trong đó” không lớn hơn chỉ tiêu tổng.',
  'rule.percent-mismatch': 'Tỷ lệ % khớp với hai số liệu mà nó so sánh.',
  'rule.per-unit-average': 'Bình quân một HTX = tổng ÷ số HTX.',
  'rule.weighted-average': 'Bình quân chung khớp với bình quân gia quyền của các nhóm.',
  'rule.stock-flow': 'Số cuối kỳ ≈ số đầu kỳ + thành lập mới − giải thể.',
  'rule.cross-table-total': 'Dòng tổng của bảng phân loại khớp với bảng chỉ tiêu chủ yếu.',
  'rule.member-htx-exceeds-htx': 'Số HTX thành viên của liên hiệp không lớn hơn tổng số HTX.',
  'rule.midyear-exceeds-estimate': 'Số lũy kế đến 30/6 không lớn hơn ước cả năm.',
  'rule.scale-slip': 'Số liệu lệch khoảng 1.000 lần so với các kỳ khác (nhầm tỷ/triệu).',
  'rule.monthly-in-yearly': 'Thu nhập theo năm không bị ghi bằng số theo tháng.',
  'rule.invalid-count': 'Số lượng là số nguyên không âm.',
  'rule.number-as-text': 'Ô số lưu dạng văn bản.',
  'rule.not-a-number': 'Ô cần số liệu nhưng chứa chữ.',
  'rule.cell-error': 'Ô báo lỗi Excel (#REF!, #DIV/0!…).',
  'rule.legacy-encoding': 'Trang tính gõ bằng bảng mã cũ (TCVN3, VNI).',
} as const;

export type MessageKey = keyof typeof vi;
