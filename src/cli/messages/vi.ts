/** Vietnamese messages of the command line (the default language). */
export const vi: Record<string, string> = {
  'read.not-found': '{file}: không tìm thấy tệp.',
  'read.unreadable': '{file}: không đọc được tệp.',
  'read.empty': '{file}: tệp rỗng.',
  'read.not-a-workbook': '{file}: không phải sổ tính Excel (.xlsx hoặc .xls).',
  'read.ods': '{file}: tệp OpenDocument (.ods); hãy lưu lại dưới dạng .xlsx rồi kiểm tra.',
  'read.csv': '{file}: tệp văn bản (CSV); hãy mở bằng Excel và lưu dưới dạng .xlsx.',
  'read.encrypted': '{file}: tệp có mật khẩu; hãy gỡ mật khẩu rồi kiểm tra.',
  'read.corrupt': '{file}: tệp bị hỏng, không đọc được.',
  'read.no-table': '{file}: không tìm thấy bảng phụ lục nào trong tệp.',
  'usage.unknownCommand': 'Lệnh không có: {command}. Xem htx-plan --help.',
  'usage.unknownOption': 'Tùy chọn không có: {option}. Xem htx-plan --help.',
  'usage.noFiles': 'Lệnh {command} cần ít nhất một tệp.',
  'usage.missingValue': 'Tùy chọn {option} cần một giá trị.',
  'usage.badLang': 'Ngôn ngữ không hỗ trợ: {value} (chọn vi hoặc en).',
  'usage.badYear': 'Năm không hợp lệ: {value} (ví dụ 2024).',
  'report.file': 'Tệp {file}',
  'report.tables': '{count} bảng phụ lục',
  'report.sheet': 'Trang {sheet}',
  'report.noFindings': 'Không có lỗi hay cảnh báo.',
  'report.expected': 'đúng ra: {value}',
  'report.actual': 'đang ghi: {value}',
  'report.suggestion': 'Đề xuất: {reason}',
  'report.accepted': 'đã chấp nhận: {reason} ({date})',
  'report.summary': '{errors} lỗi, {warnings} cảnh báo, {infos} ghi chú',
  'report.total': 'Tổng cộng {files} tệp: {errors} lỗi, {warnings} cảnh báo, {infos} ghi chú',
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',
  'severity.info': 'Ghi chú',
  'read.journal':
    '{file}: bản ghi thay đổi của htx-plan trong tệp bị hỏng; không ghi tiếp để khỏi mất nó.',
  'usage.oneFile': 'Lệnh {command} nhận đúng một tệp.',
  'usage.noOutput': 'Lệnh {command} cần tên tệp kết quả: -o TỆP.xlsx.',
  'write.same-as-input':
    '{output}: trùng với tệp đầu vào; htx-plan không bao giờ ghi đè tệp gốc. Hãy chọn tên khác.',
  'write.exists': '{output}: tệp đã có. Hãy chọn tên khác, hoặc thêm --force để ghi đè.',
  'write.xls':
    '{file}: tệp .xls (Excel 97-2003) chỉ kiểm tra được, không ghi được; hãy lưu lại dưới dạng .xlsx trước.',
  'write.failed': '{output}: không ghi được tệp ({reason}).',
  'mark.done':
    'Đã ghi {output}: tô màu {cells} ô có phát hiện; trang “{sheet}” liệt kê {findings} phát hiện ({errors} lỗi, {warnings} cảnh báo, {infos} ghi chú).',
  'native.done':
    'Đã ghi {output}: {converted} công thức chuyển sang hàm Excel gốc, {unconverted} công thức giữ nguyên hàm HTX.',
  'native.none': 'Tệp không có công thức nào dùng hàm HTX.',
  'native.convertedHeading': 'Đã chuyển (ô: công thức cũ → công thức mới):',
  'native.unconvertedHeading': 'Không chuyển được (giữ nguyên, cần add-in để tính):',
  'native.caveatsHeading': 'Lưu ý: công thức Excel gốc khác hàm HTX trong các trường hợp sau:',
  'summary.done':
    'Đã ghi {output}: thêm trang “{sheet}” tổng hợp từ {tables} bảng phụ lục (mọi số liệu là công thức trỏ về ô nguồn); tình hình kiểm tra: {errors} lỗi, {warnings} cảnh báo, {infos} ghi chú.',
  'summary.note.province-unknown':
    'Lưu ý: không tìm thấy tên tỉnh trong tệp; dòng cơ quan và địa danh để trống (dùng --province TÊN).',
  'summary.note.year-unknown':
    'Lưu ý: không xác định được năm kế hoạch; tên trang và tiêu đề không có năm (dùng --year NĂM).',
  'summary.note.no-indicators':
    'Lưu ý: không tìm thấy chỉ tiêu chủ yếu nào (số HTX, thành viên, lao động, bình quân); trang không có bảng chỉ tiêu.',
  'summary.note.no-sector-table':
    'Lưu ý: không có bảng HTX theo ngành, lĩnh vực; bỏ phần cơ cấu theo ngành.',
  'summary.note.no-funding-table':
    'Lưu ý: không có bảng nhu cầu kinh phí theo nguồn vốn; bỏ phần kinh phí.',
  'summary.note.text-numbers':
    'Lưu ý: một số ô nguồn ghi số dạng chữ; trang tổng hợp dùng số htx-plan đọc được cho đến khi ô nguồn được nhập lại thành số.',
  'summary.chartSkipped':
    'Biểu đồ ({charts}) chỉ vẽ được khi tạo trong Excel; trong tệp này thanh dữ liệu ở cột ƯTH/KH thể hiện mức đạt.',
  'error.unexpected': 'Lỗi không lường trước: {message}',
};
