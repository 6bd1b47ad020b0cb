/**
 * Why an HTX formula was not rewritten natively, and where the native formula differs from
 * the HTX function: one wording for the command line and the task pane (vi, en).
 */

export type NativeMessageLang = 'vi' | 'en';

const vi: Record<string, string> = {
  'reason.capital-split':
    'PHANBOVON làm tròn theo phần dư lớn nhất và trả về nhiều ô; Excel gốc (và LibreOffice 7.4) không có công thức tương đương gọn.',
  'reason.unit-in-cell':
    'đơn vị lấy từ ô: hệ số đổi phụ thuộc nội dung ô, chỉ biết khi tính; hãy ghi đơn vị trực tiếp trong công thức.',
  'reason.unknown-unit': 'không nhận ra đơn vị (hàm HTX cũng báo #VALUE!).',
  'reason.incompatible-units': 'hai đơn vị không đổi được cho nhau (hàm HTX cũng báo #VALUE!).',
  'reason.argument-count': 'số đối số không đúng.',
  'reason.missing-argument': 'thiếu một đối số bắt buộc (hàm HTX báo #N/A).',
  'reason.text-not-a-number': 'một đối số là chữ không đọc được thành số (hàm HTX báo #VALUE!).',
  'reason.unparsable': 'không đọc được công thức.',
  'caveat.text-numbers':
    'Số lưu dạng chữ trong ô (như "1.022"): hàm HTX đọc kiểu Việt Nam (1022); phép tính gốc đọc theo ngôn ngữ của máy (1,022 khi máy để tiếng Anh) hoặc báo #VALUE!.',
  'caveat.blank-as-zero':
    'Ô trống: hàm HTX báo #N/A (Thiếu số liệu); công thức gốc coi là 0 (ra 0 hoặc #DIV/0!).',
  'caveat.negative-plan': 'TYLEDAT với kế hoạch âm: hàm HTX báo #NUM!; công thức gốc ra tỷ lệ âm.',
  'caveat.sum-skips-text':
    'CHENHLECH: SUM bỏ qua ô chữ trong các phần; hàm HTX đọc số dạng chữ và báo #VALUE! với chữ khác.',
  'caveat.pairs-skip-text-numbers':
    'BINHQUANGIAQUYEN: cặp có số dạng chữ bị bỏ qua (hàm HTX đọc được); không còn cặp nào thì ra #DIV/0! thay vì #N/A; ô lỗi trong vùng làm cả công thức lỗi; LibreOffice tính TRUE là 1.',
  'caveat.number-text-forms':
    'DOCSO với ô: đọc đúng "1.022", "1.022,5", "02", "34,3%"; nhưng "1.5" ra 15, chữ kèm số ("khoảng 600", "2,2 tỷ") và khoảng ("15 - 20") báo #VALUE!, ô trống ra #VALUE! (LibreOffice) hoặc 0 (Excel).',
};

const en: Record<string, string> = {
  'reason.capital-split':
    'CAPITAL_SPLIT rounds by largest remainder and fills several cells; native Excel (and LibreOffice 7.4) has no compact equivalent.',
  'reason.unit-in-cell':
    'the units come from cells: the factor depends on what the cells say, known only at calculation time; write the units in the formula.',
  'reason.unknown-unit': 'a unit is not recognised (the HTX function gives #VALUE! too).',
  'reason.incompatible-units':
    'the two units do not convert into each other (the HTX function gives #VALUE! too).',
  'reason.argument-count': 'the number of arguments is wrong.',
  'reason.missing-argument': 'a required argument is missing (the HTX function gives #N/A).',
  'reason.text-not-a-number':
    'an argument is text that cannot be read as a number (the HTX function gives #VALUE!).',
  'reason.unparsable': 'the formula could not be read.',
  'caveat.text-numbers':
    'Numbers stored as text in cells (such as "1.022"): HTX reads them the Vietnamese way (1022); native arithmetic reads them by the machine\'s locale (1.022 under English) or gives #VALUE!.',
  'caveat.blank-as-zero':
    'Blank cells: HTX gives #N/A (missing value); native formulas count them as 0 (giving 0 or #DIV/0!).',
  'caveat.negative-plan':
    'ATTAINMENT with a negative plan: HTX gives #NUM!; the native formula gives a negative ratio.',
  'caveat.sum-skips-text':
    'IMBALANCE: SUM skips text in the parts; HTX reads number text and gives #VALUE! for other text.',
  'caveat.pairs-skip-text-numbers':
    'WEIGHTED_AVERAGE: pairs holding number text are skipped (HTX reads them); no pair at all gives #DIV/0! instead of #N/A; an error cell in the ranges makes the formula an error; LibreOffice counts TRUE as 1.',
  'caveat.number-text-forms':
    'NUMBER of a cell: reads "1.022", "1.022,5", "02", "34,3%" alike; but "1.5" gives 15, words with the number ("khoảng 600", "2,2 tỷ") and ranges ("15 - 20") give #VALUE!, a blank gives #VALUE! (LibreOffice) or 0 (Excel).',
};

const catalogues: Record<NativeMessageLang, Record<string, string>> = { vi, en };

/** `reason.<code>` or `caveat.<code>`; an unknown code shows itself, so a gap is visible. */
export function nativeMessage(key: string, lang: NativeMessageLang): string {
  return catalogues[lang][key] ?? key;
}

export const nativeMessageKeys = { vi: Object.keys(vi), en: Object.keys(en) };
