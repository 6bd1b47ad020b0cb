/**
 * Vietnamese wording of the task pane, keyed by code (DESIGN.md §6). The primary catalogue: its
 * keys are the message codes, and en.ts must translate every one. `{name}` is filled in by `t`.
 */
export const vi = {
  'app.name': 'Kế hoạch HTX',
  'app.views': 'Chức năng',
  'view.functions': 'Hàm HTX',

  'language.label': 'Ngôn ngữ',
  'language.vi': 'Tiếng Việt',
  'language.en': 'Tiếng Anh',

  'host.not-in-excel.title': 'Chưa chạy trong Excel',
  'host.not-in-excel':
    'Trang này cần mở trong Excel (Trang đầu › Bổ trợ › Kế hoạch HTX) để chèn hàm vào bảng tính. Ở đây vẫn xem được hướng dẫn các hàm.',

  'functions.intro':
    'Các hàm HTX tính tỷ lệ đạt, bình quân, tỷ trọng, tăng trưởng… ngay trong ô Excel. Bấm “Chèn” để ghi hàm vào ô đang chọn.',
  'functions.search': 'Tìm hàm',
  'functions.search.placeholder': 'Tên hoặc mô tả, ví dụ: tỷ lệ',
  'functions.none': 'Không có hàm nào khớp với “{query}”.',
  'functions.other-name': 'Trong Excel tiếng Anh: {name}',
  'functions.parameters': 'Đối số',
  'functions.optional': 'không bắt buộc',
  'functions.range': 'vùng ô',
  'functions.result': 'Kết quả',
  'functions.example': 'Ví dụ',
  'functions.insert': 'Chèn',
  'functions.insert.unavailable': 'Chỉ chèn được khi trang chạy trong Excel.',

  'insert.form': 'Chèn {name}',
  'insert.hint':
    'Nhập địa chỉ ô (E12), vùng (C5:C7), ô ở trang khác (\'PL I\'!G13), một số (4,5) hoặc chữ trong ngoặc kép ("triệu đồng"); hoặc chọn ô trong Excel rồi bấm “Lấy vùng chọn”.',
  'insert.use-selection': 'Lấy vùng chọn',
  'insert.use-selection-for': 'Lấy vùng chọn cho “{name}”',
  'insert.placeholder.cell': 'ví dụ E12',
  'insert.placeholder.range': 'ví dụ C5:C7',
  'insert.preview': 'Công thức sẽ ghi',
  'insert.target': 'Chọn ô sẽ chứa kết quả trong Excel rồi bấm “Chèn vào ô đang chọn”.',
  'insert.submit': 'Chèn vào ô đang chọn',
  'insert.close': 'Đóng',
  'insert.written.title': 'Đã chèn',
  'insert.written': 'Đã ghi {formula} vào ô {address}.',
  'insert.cancelled': 'Chưa ghi gì: ô {address} giữ nguyên.',
  'insert.circular.title': 'Chọn ô khác',
  'insert.circular':
    'Ô {address} là một đối số của hàm, công thức sẽ tham chiếu chính nó. Hãy chọn một ô trống khác rồi bấm Chèn.',
  'insert.fix-arguments': 'Hãy sửa các đối số được đánh dấu.',

  'argument.missing': 'Cần nhập “{name}”.',
  'argument.not-understood':
    '“{value}” không phải địa chỉ ô, số hay chữ trong ngoặc kép. Ví dụ: E12, C5:C7, \'PL I\'!G13, 4,5 hoặc "triệu đồng".',
  'argument.needs-range': '“{name}” cần một ô hoặc một vùng ô, ví dụ C5:C7.',
  'argument.needs-cell': '“{name}” cần một ô, không phải một vùng: “{value}” có nhiều ô.',
  'argument.ambiguous-number':
    '“{value}” chưa rõ: viết {whole} nếu là số nguyên, hoặc {decimal} nếu là số thập phân.',

  'overwrite.title': 'Ô {address} đã có dữ liệu — ghi đè?',
  'overwrite.content': 'Ô đang chứa:',
  'overwrite.replacement': 'Sẽ thay bằng:',
  'overwrite.confirm': 'Ghi đè',
  'overwrite.cancel': 'Không ghi',

  'error.title': 'Không thực hiện được',
  'error.cell-not-empty': 'Ô {address} đã có dữ liệu.',
  'error.sheet-not-found': 'Không có trang tính tên “{sheet}” trong sổ làm việc này.',
  'error.invalid-address': 'Excel không nhận địa chỉ “{address}”. Hãy chọn một ô rồi thử lại.',
  'error.cell-edit-mode':
    'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.',
  'error.access-denied':
    'Excel không cho ghi vào đây; trang tính có thể đang được bảo vệ. ({detail})',
  'error.host-failed': 'Excel báo lỗi: {detail}',
  'error.unexpected': 'Lỗi không lường trước: {detail}',

  'view.check': 'Kiểm tra',
  'view.calc': 'Tính toán',
  'view.rules': 'Quy tắc nhập liệu',
  'view.undo': 'Hoàn tác',

  'workbook.none.title': 'Chưa có sổ làm việc',
  'workbook.none': 'Mở một tệp .xlsx, hoặc mở trang này trong Excel, để dùng chức năng này.',
  'workbook.read-only':
    'Sổ làm việc này chỉ đọc được (tệp .xls hoặc sổ được bảo vệ): kiểm tra được nhưng không ghi được gì vào đó.',
  'workbook.reading': 'Đang đọc sổ làm việc…',
  'workbook.reading.count': 'Đã đọc {done}/{total} ô',
  'cell.blank': '(ô trống)',
  'confirm.clears-undo.title': 'Excel sẽ xóa lịch sử hoàn tác',
  'confirm.clears-undo':
    'Thao tác này thêm hoặc xóa trang tính. Excel không hoàn tác được việc đó và sẽ xóa danh sách Ctrl+Z của bạn. Sau đó vẫn dùng được thẻ “Hoàn tác” của htx-plan.',
  'confirm.continue': 'Vẫn tiếp tục',
  'confirm.cancel': 'Hủy',
  'done.title': 'Đã xong',

  'check.intro':
    'Kiểm tra số liệu các biểu phụ lục như cán bộ thẩm định: tổng và các phần, tỷ lệ, số chuyển tiếp giữa các năm, số giữa các biểu.',
  'check.run': 'Kiểm tra',
  'check.actions': 'Thao tác với kết quả kiểm tra',
  'check.mark': 'Đánh dấu',
  'check.unmark': 'Xóa đánh dấu',
  'check.export-sheet': 'Xuất ra trang tính',
  'check.export-csv': 'Xuất CSV',
  'check.live': 'Tự kiểm tra lại khi sửa số liệu',
  'check.live.hint': 'Kiểm tra lại 1,5 giây sau khi bạn sửa hoặc dán số liệu.',
  'check.done': 'Đã kiểm tra {tables} bảng: {errors} lỗi, {warnings} cảnh báo, {infos} ghi chú.',
  'check.no-tables': 'Không tìm thấy biểu phụ lục nào trong sổ làm việc này.',
  'check.no-findings': 'Không có lỗi hay cảnh báo nào.',
  'check.findings': 'Kết quả kiểm tra',
  'check.sheet': 'Trang {sheet}: {count} phát hiện',
  'check.severity': '{severity}: {count}',
  'check.accepted-count': '{count} đã chấp nhận (không tính)',
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',
  'severity.info': 'Ghi chú',
  'finding.go-to': 'Chọn ô {cell}',
  'finding.cells': 'Ô: {cells}',
  'finding.expected': 'Đúng ra: {value}',
  'finding.actual': 'Đang ghi: {value}',
  'finding.suggestion': 'Đề xuất: {text}',
  'finding.accepted': 'Đã chấp nhận ngày {date}: {reason}',
  'finding.apply': 'Áp dụng',
  'finding.apply.label': 'Áp dụng đề xuất cho ô {cell}',
  'finding.accept': 'Bỏ qua',
  'finding.accept.label': 'Bỏ qua phát hiện ở ô {cell}',

  'apply.title': 'Ghi giá trị đề xuất vào ô {cell}?',
  'apply.old': 'Ô đang chứa:',
  'apply.new': 'Sẽ ghi:',
  'apply.confirm': 'Ghi giá trị mới',
  'apply.cancel': 'Không ghi',
  'apply.done': 'Đã ghi {value} vào ô {cell}; đã kiểm tra lại.',
  'apply.changed':
    'Ô {cell} đã thay đổi từ lúc kiểm tra nên chưa ghi gì. Hãy xem lại giá trị hiện tại rồi xác nhận.',

  'accept.title': 'Bỏ qua phát hiện ở ô {cell}',
  'accept.reason': 'Lý do',
  'accept.reason.hint':
    'Bắt buộc. Lý do được lưu trong sổ làm việc và hiện trong các lần kiểm tra sau.',
  'accept.reason.missing': 'Cần nhập lý do trước khi bỏ qua.',
  'accept.confirm': 'Bỏ qua phát hiện',
  'accept.cancel': 'Hủy',
  'accept.done': 'Đã bỏ qua phát hiện ở ô {cell}; lý do đã được lưu.',

  'mark.done': 'Đã đánh dấu {count} ô.',
  'mark.none': 'Không có ô nào cần đánh dấu.',
  'unmark.done': 'Đã xóa đánh dấu {count} ô, trả lại màu nền cũ.',
  'unmark.none': 'Không có ô nào đang được đánh dấu.',
  'export.sheet.done': 'Đã xuất {count} phát hiện ra trang “{sheet}”.',
  'export.csv.done': 'Đã tạo tệp {file}.',
  'export.csv.unavailable': 'Nơi này không tải tệp xuống được.',

  'calc.intro':
    'Thêm cột tính toán vào các cột trống bên phải bảng. Không chèn hay dịch chuyển ô, không ghi đè ô có dữ liệu.',
  'calc.table': 'Bảng',
  'calc.table.option': '{sheet}, {range}',
  'calc.kinds': 'Cột tính toán',
  'calc.kind.attainment': '% ước thực hiện so với kế hoạch (% ƯTH/KH)',
  'calc.kind.growth': 'Tăng trưởng so với năm trước',
  'calc.kind.share': 'Tỷ trọng trong tổng',
  'calc.style': 'Loại công thức',
  'calc.style.native': 'Công thức Excel (khuyên dùng: tính đúng cả trên máy không cài bổ trợ)',
  'calc.style.htx': 'Hàm HTX',
  'calc.column': 'Cột đích (không bắt buộc)',
  'calc.column.hint':
    'Để trống để dùng các cột trống đầu tiên bên phải bảng, hoặc ghi tên một cột trống, ví dụ K.',
  'calc.column.invalid': '“{value}” không phải tên cột; ví dụ: K.',
  'calc.choose-kind': 'Chọn ít nhất một cột tính toán.',
  'calc.preview': 'Xem trước',
  'calc.preview.title': 'Sẽ ghi {count} ô vào cột {columns}:',
  'calc.preview.cell': 'Ô',
  'calc.preview.content': 'Nội dung',
  'calc.insert': 'Chèn',
  'calc.inserted': 'Đã chèn {count} công thức vào cột {columns}.',
  'calc.changed':
    'Sổ làm việc đã thay đổi từ lúc xem trước nên chưa ghi gì. Đây là bản xem trước mới; hãy xem lại rồi bấm Chèn.',
  'calc.refused': '{detail}',
  'calc.table-not-found': 'Không còn thấy bảng {table}. Hãy đọc lại sổ làm việc.',
  'calc.no-tables': 'Không tìm thấy biểu phụ lục nào để thêm cột tính toán.',
  'calc.reload': 'Đọc lại sổ làm việc',

  'native.title': 'Chuyển sang công thức Excel',
  'native.intro':
    'Trước khi gửi tệp đi, đổi các công thức HTX.* sang công thức Excel tương đương để máy không cài bổ trợ vẫn tính đúng.',
  'native.run': 'Chuyển sang công thức Excel',
  'native.done': 'Đã chuyển {count} công thức sang công thức Excel.',
  'native.none': 'Không có công thức HTX.* nào chuyển được.',
  'native.unconverted': 'Không chuyển được {count} công thức (giữ nguyên, cần bổ trợ để tính):',
  'native.unconverted.item': '{cell}: ={formula}: {reason}',
  'native.caveats': 'Lưu ý: công thức Excel khác hàm HTX trong các trường hợp sau:',
  'native.reason.capital-split':
    'PHANBOVON làm tròn theo phần dư lớn nhất và trả về nhiều ô; Excel gốc (và LibreOffice 7.4) không có công thức tương đương gọn.',
  'native.reason.unit-in-cell':
    'đơn vị lấy từ ô: hệ số đổi phụ thuộc nội dung ô, chỉ biết khi tính; hãy ghi đơn vị trực tiếp trong công thức.',
  'native.reason.unknown-unit': 'không nhận ra đơn vị (hàm HTX cũng báo #VALUE!).',
  'native.reason.incompatible-units':
    'hai đơn vị không đổi được cho nhau (hàm HTX cũng báo #VALUE!).',
  'native.reason.argument-count': 'số đối số không đúng.',
  'native.reason.missing-argument': 'thiếu một đối số bắt buộc (hàm HTX báo #N/A).',
  'native.reason.text-not-a-number':
    'một đối số là chữ không đọc được thành số (hàm HTX báo #VALUE!).',
  'native.reason.unparsable': 'không đọc được công thức.',
  'native.caveat.text-numbers':
    'Số lưu dạng chữ trong ô (như "1.022"): hàm HTX đọc kiểu Việt Nam (1022); phép tính gốc đọc theo ngôn ngữ của máy (1,022 khi máy để tiếng Anh) hoặc báo #VALUE!.',
  'native.caveat.blank-as-zero':
    'Ô trống: hàm HTX báo #N/A (Thiếu số liệu); công thức gốc coi là 0 (ra 0 hoặc #DIV/0!).',
  'native.caveat.negative-plan':
    'TYLEDAT với kế hoạch âm: hàm HTX báo #NUM!; công thức gốc ra tỷ lệ âm.',
  'native.caveat.sum-skips-text':
    'CHENHLECH: SUM bỏ qua ô chữ trong các phần; hàm HTX đọc số dạng chữ và báo #VALUE! với chữ khác.',
  'native.caveat.pairs-skip-text-numbers':
    'BINHQUANGIAQUYEN: cặp có số dạng chữ bị bỏ qua (hàm HTX đọc được); không còn cặp nào thì ra #DIV/0! thay vì #N/A; ô lỗi trong vùng làm cả công thức lỗi; LibreOffice tính TRUE là 1.',
  'native.caveat.number-text-forms':
    'DOCSO với ô: đọc đúng "1.022", "1.022,5", "02", "34,3%"; nhưng "1.5" ra 15, chữ kèm số ("khoảng 600", "2,2 tỷ") và khoảng ("15 - 20") báo #VALUE!, ô trống ra #VALUE! (LibreOffice) hoặc 0 (Excel).',

  'rules.intro':
    'Thêm kiểm tra dữ liệu của Excel vào các ô nhập số liệu của các bảng: số nguyên không âm cho số lượng, số không âm cho giá trị, kèm lời nhắc tiếng Việt. Quy tắc riêng của bạn được giữ nguyên.',
  'rules.add': 'Thêm quy tắc nhập liệu',
  'rules.remove': 'Gỡ quy tắc của htx-plan',
  'rules.in-place': 'Đang có quy tắc của htx-plan trên {cells} ô ({ranges} vùng, {sheets} trang).',
  'rules.none-in-place': 'Chưa có quy tắc nào của htx-plan.',
  'rules.added': 'Đã thêm quy tắc nhập liệu cho {cells} ô ({ranges} vùng, {sheets} trang).',
  'rules.nothing': 'Không có ô nhập số liệu nào để thêm quy tắc.',
  'rules.removed': 'Đã gỡ quy tắc của htx-plan khỏi {cells} ô ({ranges} vùng).',
  'rules.nothing-to-remove': 'Không có quy tắc nào của htx-plan để gỡ.',
  'rules.unsupported': 'Ở đây không ghi được kiểm tra dữ liệu (Excel cần hỗ trợ ExcelApi 1.8).',

  'undo.intro':
    'Các thao tác htx-plan đã làm trên sổ làm việc này, mới nhất trước. Ô bạn đã sửa sau thao tác được giữ nguyên, không bị ghi đè.',
  'undo.native': 'Trong Excel, Ctrl+Z cũng hoàn tác được thao tác vừa làm.',
  'undo.refresh': 'Tải lại',
  'undo.list': 'Nhật ký thao tác',
  'undo.empty': 'htx-plan chưa thay đổi gì trong sổ làm việc này.',
  'undo.action.mark': 'Đánh dấu {marks} ô',
  'undo.action.export': 'Xuất kết quả kiểm tra ra trang {sheets}',
  'undo.action.apply': 'Áp dụng đề xuất ({writes} ô)',
  'undo.action.accept': 'Bỏ qua {accepted} phát hiện',
  'undo.action.calc': 'Chèn {writes} ô tính toán',
  'undo.action.native': 'Chuyển {writes} công thức sang công thức Excel',
  'undo.action.rules': 'Thêm {ranges} vùng quy tắc nhập liệu',
  'undo.action.other': 'Thao tác khác: {marks} ô đánh dấu, {writes} ô ghi, {ranges} vùng quy tắc',
  'undo.at': 'Lúc {time}, trang {sheets}',
  'undo.undone': 'Đã hoàn tác lúc {time}',
  'undo.run': 'Hoàn tác',
  'undo.run.label': 'Hoàn tác: {action}',
  'undo.done': 'Đã hoàn tác “{action}”: trả lại {cells} ô.',
  'undo.done.ranges': 'Đã hoàn tác “{action}”: gỡ {ranges} vùng quy tắc.',
  'undo.done.plain': 'Đã hoàn tác “{action}”.',
  'undo.conflicts': 'Giữ nguyên {count} ô bạn đã sửa sau thao tác:',
  'undo.conflict': '{cell}: htx-plan đã ghi {written}, nay ô chứa {now}',
  'undo.confirm.title': 'Hoàn tác “{action}”?',
  'undo.confirm': 'Hoàn tác',

  // The web app (src/web, src/ui/files, src/ui/grid).
  'web.open': 'Mở tệp',
  'web.open.label': 'Mở tệp .xlsx hoặc .xls (chọn được nhiều tệp)',
  'web.sample': 'Mở ví dụ',
  'web.sample.name': 'Ví dụ Lạng Sơn 2024.xlsx',
  'web.download': 'Tải xuống',
  'web.download.hint': 'Tải sổ làm việc đang xem về máy với tên “{name}”; tệp gốc giữ nguyên.',
  'web.download.xls':
    'Tệp .xls chỉ kiểm tra được, không tải xuống bản đã sửa được. Hãy mở bằng Excel, lưu thành .xlsx rồi mở lại ở đây.',
  'web.drop': 'Thả tệp vào đây để mở',
  'web.welcome.title': 'Kiểm tra phụ lục kế hoạch kinh tế tập thể, HTX ngay trong trình duyệt',
  'web.welcome':
    'Mở một hoặc nhiều tệp .xlsx của phụ lục kế hoạch (ví dụ các tệp các huyện gửi lên), hoặc kéo thả tệp vào trang. Tệp được xử lý ngay trên máy này, không gửi đi đâu.',
  'web.welcome.sample': 'Chưa có tệp? Bấm “Mở ví dụ” để xem thử với số liệu của Lạng Sơn.',
  'web.progress.read': 'Đang đọc {file}…',
  'web.progress.check': 'Đang kiểm tra {file}: trang {done}/{total}',
  'web.failed.title': 'Không mở được {file}',
  'web.failed.empty': 'Tệp rỗng.',
  'web.failed.not-a-workbook': 'Đây không phải sổ tính Excel (.xlsx hoặc .xls).',
  'web.failed.ods': 'Đây là tệp LibreOffice (.ods); hãy lưu thành .xlsx rồi mở lại.',
  'web.failed.csv': 'Đây là tệp văn bản (CSV); hãy mở bằng Excel và lưu thành .xlsx.',
  'web.failed.encrypted': 'Tệp có mật khẩu; hãy gỡ mật khẩu trong Excel rồi mở lại.',
  'web.failed.corrupt': 'Tệp bị hỏng, không đọc được.',
  'web.failed.unreadable': 'Trình duyệt không đọc được tệp này.',
  'web.failed.unexpected': 'Lỗi không lường trước: {detail}',
  'web.no-tables.title': 'Không thấy bảng phụ lục trong {file}',
  'web.no-tables':
    'Không trang nào có bảng chỉ tiêu với các cột kỳ (Thực hiện, Kế hoạch, Ước thực hiện…). Vẫn xem được các trang ở bên dưới.',
  'web.xls.title': '{file} là tệp .xls',
  'web.xls':
    'Tệp .xls chỉ kiểm tra được. Để đánh dấu, sửa hay tải xuống, hãy mở bằng Excel và lưu thành .xlsx.',
  'web.dismiss': 'Đóng thông báo',
  'files.switcher': 'Tệp đang xem',
  'files.report': 'Tổng hợp các tệp',
  'files.report.file': 'Tệp',
  'files.report.status': 'Tình trạng',
  'files.report.total': 'Cộng {count} tệp',
  'files.status.reading': 'Đang đọc',
  'files.status.ready': 'Đã kiểm tra',
  'files.status.no-tables': 'Không có bảng phụ lục',
  'files.status.failed': 'Không mở được',
  'files.export-csv': 'Xuất CSV',
  'files.export-csv.label': 'Xuất mọi phát hiện của các tệp ra tệp CSV',
  'files.csv.name': 'ket-qua-kiem-tra',
  'files.csv.file': 'Tệp',
  'files.csv.sheet': 'Trang tính',
  'files.csv.cell': 'Ô',
  'files.csv.rule': 'Quy tắc',
  'files.csv.severity': 'Mức độ',
  'files.csv.message': 'Nội dung',
  'files.csv.expected': 'Giá trị đúng',
  'files.csv.actual': 'Giá trị hiện có',
  'files.csv.suggestion': 'Đề xuất',
  'files.csv.accepted': 'Đã chấp nhận',
  'grid.label': 'Trang tính {sheet} (chỉ xem)',
  'grid.sheets': 'Các trang tính',
  'grid.hidden': '{sheet} (ẩn)',
  'grid.findings': '{sheet}: {count} phát hiện',
  'view.summary': 'Tổng hợp',
  'summary.intro':
    'Tạo trang “Tổng hợp KH” kèm năm kế hoạch, trình bày như một biểu phụ lục chính thức: các chỉ tiêu chủ yếu (thực hiện, kế hoạch, ước thực hiện, tỷ lệ đạt, tăng trưởng), cơ cấu theo ngành, kinh phí theo nguồn vốn, tình hình kiểm tra và dự thảo câu chữ cho báo cáo. Mọi số liệu là công thức trỏ về ô nguồn nên luôn cập nhật; không trang nào khác bị sửa.',
  'summary.province': 'Tỉnh, thành phố (để trống nếu tệp đã ghi)',
  'summary.year': 'Năm kế hoạch (để trống nếu tệp đã ghi)',
  'summary.year-invalid': 'Năm không hợp lệ: nhập bốn chữ số, ví dụ 2024.',
  'summary.create': 'Tạo bảng tổng hợp',
  'summary.created': 'Đã tạo trang “{sheet}”.',
  'summary.no-table':
    'Không tìm thấy bảng phụ lục nào trong sổ tính, nên không tạo trang tổng hợp.',
  'summary.note.province-unknown':
    'Không tìm thấy tên tỉnh trong tệp: dòng cơ quan và địa danh để trống; hãy nhập tên tỉnh rồi tạo lại.',
  'summary.note.year-unknown':
    'Không xác định được năm kế hoạch: tên trang và tiêu đề không có năm; hãy nhập năm rồi tạo lại.',
  'summary.note.no-indicators':
    'Không tìm thấy chỉ tiêu chủ yếu nào; trang không có bảng chỉ tiêu.',
  'summary.note.no-sector-table':
    'Không có bảng HTX theo ngành, lĩnh vực; bỏ phần cơ cấu theo ngành.',
  'summary.note.no-funding-table': 'Không có bảng kinh phí theo nguồn vốn; bỏ phần kinh phí.',
  'summary.note.text-numbers':
    'Một số ô nguồn ghi số dạng chữ; trang tổng hợp dùng số đọc được cho đến khi các ô đó được nhập lại thành số.',
} as const;

export type MessageCode = keyof typeof vi;
