/**
 * Reads the unit strings of appendix tables ("Triệu đồng/người/năm", "tr.đ", "HTX", "%"),
 * insensitive to case, spaces, dots and diacritics, so "ty dong" and "Tỷ đồng" are one unit.
 */

/** Whom a figure is counted in or averaged over. */
export type Subject = 'cooperative' | 'union' | 'group' | 'member' | 'person' | 'worker';
export type Quantity = 'money' | 'percent' | Subject;
export type Period = 'month' | 'year';

export interface Unit {
  quantity: Quantity;
  /** One unit is 10^powerOfTen đồng: 0 đồng, 3 nghìn, 6 triệu, 9 tỷ; always 0 for counts. */
  powerOfTen: number;
  /** "/người", "/HTX": sorted, so "/người/HTX" and "/HTX/người" are the same unit. */
  per: Subject[];
  period: Period | null;
}

/** Folded spellings (see `fold`) of the count units, also used after "/". */
const SUBJECTS = new Map<string, Subject>([
  ['htx', 'cooperative'],
  ['hoptacxa', 'cooperative'],
  ['lhhtx', 'union'],
  ['lienhiephtx', 'union'],
  ['lienhiephoptacxa', 'union'],
  ['tht', 'group'],
  ['tohoptac', 'group'],
  ['thanhvien', 'member'],
  ['tv', 'member'],
  ['nguoi', 'person'],
  ['laodong', 'worker'],
  ['ld', 'worker'],
]);

const PERIODS = new Map<string, Period>([
  ['thang', 'month'],
  ['nam', 'year'],
]);

/** Scale words and the currency words that may follow them ("tr" + "d" is "tr.đ"). */
const SCALES: ReadonlyArray<[word: string, powerOfTen: number, standsAlone: boolean]> = [
  ['', 0, false],
  ['nghin', 3, false],
  ['ngan', 3, false],
  ['trieu', 6, true],
  ['tr', 6, false],
  ['ty', 9, true],
  ['ti', 9, true],
];
const CURRENCIES = ['dong', 'd', 'vnd'];

/** Header cells say "Đơn vị tính: triệu đồng", "ĐVT: HTX" or "(Tỷ đồng)". */
const LABEL = /^(?:donvitinh|donvi|dvt):/;

export function parseUnit(text: string): Unit | null {
  if (typeof text !== 'string') return null;
  let folded = fold(text).replace(LABEL, '');
  if (folded.startsWith('(') && folded.endsWith(')')) folded = folded.slice(1, -1);
  const [head, ...tail] = folded.split('/');
  const quantity = readQuantity(head);
  if (!quantity) return null;

  const per: Subject[] = [];
  let period: Period | null = null;
  for (const part of tail) {
    const subject = SUBJECTS.get(part);
    const partPeriod = PERIODS.get(part);
    if (subject) per.push(subject);
    else if (partPeriod && period === null) period = partPeriod;
    else return null;
  }
  return { ...quantity, per: per.sort(), period };
}

function readQuantity(word: string): Pick<Unit, 'quantity' | 'powerOfTen'> | null {
  if (word === '%') return { quantity: 'percent', powerOfTen: 0 };
  const subject = SUBJECTS.get(word);
  if (subject) return { quantity: subject, powerOfTen: 0 };
  for (const [scale, powerOfTen, standsAlone] of SCALES) {
    if (!word.startsWith(scale)) continue;
    const currency = word.slice(scale.length);
    if (CURRENCIES.includes(currency) || (currency === '' && standsAlone)) {
      return { quantity: 'money', powerOfTen };
    }
  }
  return null;
}

/**
 * "Tr. Đồng / Người" → "trdong/nguoi": NFC first (decomposed input), then lower case, đ → d,
 * diacritics, spaces and dots dropped.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s.]/g, '');
}
