/**
 * Cheap tests for scanning whole sheets. `toMatchKey` costs several Unicode regular expressions
 * per call: too slow for every cell of a 30 000-row list. These run one plain regular expression
 * on the lower-cased raw text, tolerant of diacritics (with or without marks, NFC or NFD), and
 * only decide which rows deserve the real classification.
 */

/** Every lower-case Vietnamese form of a base letter, so a pattern matches with or without marks. */
const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđð',
};

/**
 * A diacritics-tolerant pattern for lower-cased raw text from words in match-key form: "thuc
 * hien" also matches "thực hiện", in NFC or NFD (combining marks after a letter are allowed).
 */
function tolerant(words: readonly string[]): string {
  const letter = (ch: string) =>
    VARIANTS[ch] ? `[${VARIANTS[ch]}]${MARKS}*` : ch === ' ' ? '[\\s\\u00a0]+' : ch;
  return words.map((w) => [...w].map(letter).join('')).join('|');
}

/** Combining marks (NFD text) and what is not part of a word, without Unicode-mode regexps. */
const MARKS = '[\\u0300-\\u036f]';
const NOT_WORD = '[^a-z0-9\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff]';

/**
 * Words that a header row of an appendix table nearly always holds in at least one cell. Used to
 * skip rows cheaply (one regular expression on the lower-cased text, no normalisation); the real
 * classification runs only on the rows that pass.
 */
const HEADER_HINT_WORDS = tolerant([
  'stt',
  'tt',
  'chi tieu',
  'noi dung',
  'thuc hien',
  'ke hoach',
  'uoc',
  'uth',
  'kh',
  'th',
  'luy ke',
  'thang',
  'so sanh',
  'ty le',
  'ti le',
  'tang',
  'don vi',
  'dvt',
  'ghi chu',
  'nstw',
  'nsdp',
  'ngan sach',
  'linh vuc',
  'nganh',
  'huyen',
  'dia ban',
  'dang hoat dong',
  'tam ngung',
  'thanh vien',
  'lao dong',
  'doanh thu',
  'tong so',
  'tong cong',
  'kinh phi',
  'du kien',
  'nhu cau',
  'hien co',
  'trung uong',
  'dia phuong',
  'von',
  'khac',
]);

const HEADER_HINT = new RegExp(
  `(?:^|${NOT_WORD})(?:${HEADER_HINT_WORDS}|(?:19|20)\\d\\d)(?:$|${NOT_WORD})|%`,
);

export function hasHeaderHint(text: string): boolean {
  return HEADER_HINT.test(text.toLowerCase());
}

/** A label that starts like a total: "Tổng số", "Tổng cộng", "Toàn tỉnh", "Cộng:", "I. Tổng". */
const TOTAL_START = new RegExp(
  `^[\\s\\u00a0]*(?:[ivx]+[.)]?|[a-z][.)]|\\d+[.)]?)?[\\s\\u00a0]*(?:(?:${tolerant([
    'tong so',
    'tong cong',
    'toan tinh',
    'toan huyen',
    'toan thanh pho',
    'toan quoc',
    'ca nuoc',
  ])})(?:$|${NOT_WORD})|(?:${tolerant(['tong', 'cong'])})[\\s\\u00a0:]*(?:$|\\())`,
);

export function startsLikeTotal(text: string): boolean {
  return TOTAL_START.test(text.toLowerCase());
}
