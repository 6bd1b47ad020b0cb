/**
 * The words that give a column or a row its role in an appendix table, as data, in match-key
 * form after abbreviation folding (see abbreviationLabels.ts): "Đơn vị tính" is "don vi tinh",
 * "hợp tác xã" is "htx".
 */

/** Column headers of the row-number column. */
export const sttLabels: readonly string[] = ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'ma so'];

/** Column headers of the label column (what each row is). */
export const labelColumnLabels: readonly string[] = [
  'chi tieu',
  'noi dung',
  'ten',
  'danh muc',
  'hang muc',
  'linh vuc',
  'nganh',
  'nganh nghe',
  'chuong trinh',
  'nhiem vu',
  'loai hinh',
  'khu vuc',
  'huyen',
  'dia ban',
  'dia phuong',
  'don vi hanh chinh',
  'quan huyen',
  'tinh thanh pho',
];

/** Label-column headers that make a table a breakdown (rows are sectors or districts). */
export const breakdownLabelColumnLabels: readonly string[] = [
  'linh vuc',
  'nganh',
  'nganh nghe',
  'loai hinh',
  'huyen',
  'dia ban',
  'dia phuong',
  'don vi hanh chinh',
  'quan huyen',
  'tinh thanh pho',
  'don vi',
];

/**
 * Label-column headers of a list of named units ("Tên hợp tác xã"): each row is one cooperative,
 * so the list is no appendix table, whatever its title or figure columns say.
 */
export const unitListLabelColumnLabels: readonly string[] = [
  'ten htx',
  'ten lhhtx',
  'ten tht',
  'ten qtdnd',
  'ten doanh nghiep',
];

/** Column headers of the unit column. */
export const unitColumnLabels: readonly string[] = ['don vi tinh', 'dvt', 'don vi do'];

/** Column headers of the note column. */
export const noteColumnLabels: readonly string[] = ['ghi chu', 'chu thich'];

/** Before a colon, these introduce a unit for a whole table: "Đơn vị tính: Triệu đồng". */
export const unitNoteLabels: readonly string[] = ['don vi tinh', 'dvt', 'don vi'];

/** Words that mark a text in parentheses (or a cell) as a unit. */
export const unitWords: readonly string[] = [
  'dong',
  'trieu',
  'ty',
  'nghin',
  'ngan',
  'nguoi',
  'thanh vien',
  'htx',
  'lhhtx',
  'tht',
  '%',
  'thang',
  'nam',
  'luot',
  'mo hinh',
  'lao dong',
  'lop',
  'du an',
  'san pham',
  'ha',
  'tan',
  'hoc vien',
  'don vi',
  'usd',
];

/**
 * Row labels (and column headers) of totals: the whole label, or its start followed only by a
 * sum like "(I+II+III)" or by the words of `totalTrailers`.
 */
export const totalLabels: readonly string[] = [
  'tong so',
  'tong cong',
  'tong',
  'cong',
  'toan tinh',
  'toan huyen',
  'toan thanh pho',
  'toan tp',
  'toan quoc',
  'ca nuoc',
  'tong nhu cau',
  'tong kinh phi',
  'tong von',
  'cong chung',
  'tong so chung',
];

export const totalTrailers: readonly string[] = ['chung', 'cac', 'toan tinh', 'toan bo', 'so'];

/** Heading rows: the rows below are "of which" rows of the row above. */
export const ofWhichLabels: readonly string[] = ['trong do', 'trong so do', 'trong do co'];

/** Heading rows: the rows below are parts (a partition) of the row above. */
export const partsLabels: readonly string[] = [
  'chia ra',
  'bao gom',
  'gom',
  'phan theo',
  'theo linh vuc',
  'theo nganh',
  'chia theo',
  'trong do chia ra',
];

/** Words that may surround an entity name in a block row: "Khu vực hợp tác xã", "Về HTX". */
export const blockFillers: readonly string[] = [
  'khu vuc',
  've',
  'doi voi',
  'cac',
  'tinh hinh',
  'phat trien',
  'chi tieu',
  'kinh te tap the',
  'so lieu',
  'nhom',
];

/** Titles and headers that make a table a support table. */
export const supportLabels: readonly string[] = ['ho tro', 'chinh sach', 'dao tao', 'boi duong'];

/** Rows and lines that end a table: signatures, sources, footnotes. */
export const footerLabels: readonly string[] = [
  'ghi chu',
  'nguon',
  'nguoi lap bieu',
  'nguoi lap',
  'luu y',
  'noi nhan',
];
