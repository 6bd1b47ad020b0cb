/**
 * Wording of the "Kết quả kiểm tra" sheet, in both languages (DESIGN.md §6: messages live in
 * catalogues). The finding messages themselves come from core/messages.
 */
import type { Lang } from '../messages/formatMessage';
import type { Severity } from '../rules/finding';

export interface ResultsSheetLabels {
  sheetName: string;
  title: string;
  /** `{date}` is dd/mm/yyyy in Vietnamese and yyyy-mm-dd in English; `{count}` the findings. */
  dated: string;
  none: string;
  headers: {
    index: string;
    sheet: string;
    cell: string;
    rule: string;
    severity: string;
    message: string;
    expected: string;
    actual: string;
    suggestion: string;
  };
  severities: Record<Severity, string>;
  accepted: string;
}

export const resultsSheetLabels: Record<Lang, ResultsSheetLabels> = {
  vi: {
    sheetName: 'Kết quả kiểm tra',
    title: 'KẾT QUẢ KIỂM TRA SỐ LIỆU PHỤ LỤC',
    dated: 'Kiểm tra ngày {date}: {count} phát hiện. Ô có phát hiện được tô màu theo mức độ.',
    none: 'Không có lỗi hay cảnh báo.',
    headers: {
      index: 'STT',
      sheet: 'Trang',
      cell: 'Ô',
      rule: 'Quy tắc',
      severity: 'Mức độ',
      message: 'Nội dung',
      expected: 'Đúng ra',
      actual: 'Đang ghi',
      suggestion: 'Đề xuất',
    },
    severities: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
    accepted: '(đã chấp nhận: {reason})',
  },
  en: {
    sheetName: 'Check results',
    title: 'CHECK RESULTS OF THE PLAN APPENDIX',
    dated: 'Checked on {date}: {count} findings. Cells with findings are filled by severity.',
    none: 'No errors or warnings.',
    headers: {
      index: 'No.',
      sheet: 'Sheet',
      cell: 'Cell',
      rule: 'Rule',
      severity: 'Severity',
      message: 'Message',
      expected: 'Expected',
      actual: 'Found',
      suggestion: 'Suggestion',
    },
    severities: { error: 'Error', warning: 'Warning', info: 'Note' },
    accepted: '(accepted: {reason})',
  },
};
