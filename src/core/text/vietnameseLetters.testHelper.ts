/** The 134 letters of Vietnamese beyond ASCII (67 lower-case, 67 capitals), for tests. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

const LOWER = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).filter((l) => l > '~'),
  'đ',
];

export const VIETNAMESE_LETTERS: readonly string[] = [
  ...LOWER,
  ...LOWER.map((l) => l.toUpperCase()),
];
