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
} as const;

export type MessageCode = keyof typeof vi;
