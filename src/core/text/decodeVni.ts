/**
 * VNI Windows (the "VNI-Times", "VNI-Helve"… fonts) to Unicode.
 *
 * VNI writes a Vietnamese letter as an ASCII base letter followed by one mark byte ("aù" = á,
 * "eä" = ệ, "aë" = ặ); ơ, ư, đ and the toned i have bytes of their own ("ô" = ơ, "ö" = ư,
 * "ñ" = đ, "ò" = ị), and ơ/ư then take a tone byte ("ôï" = ợ). Capitals use the upper-case
 * byte of each mark ("AÙ" = Á, "Ñ" = Đ, "Ö" = Ư). Text read from a workbook arrives as the
 * Latin-1 reading of those bytes (all of them lie in 0xC0–0xFF, equal in Windows-1252).
 */

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** A mark byte: the vowel modifier it adds (if any) and the tone (if any). */
interface Mark {
  modifier: '' | typeof CIRCUMFLEX | typeof BREVE;
  tone: string;
}

/** Mark bytes, lower-case and upper-case forms. Data from the VNI Windows table. */
const MARKS: ReadonlyArray<readonly [string, Mark]> = [
  ['øØ', { modifier: '', tone: GRAVE }],
  ['ùÙ', { modifier: '', tone: ACUTE }],
  ['õÕ', { modifier: '', tone: TILDE }],
  ['ûÛ', { modifier: '', tone: HOOK }],
  ['ïÏ', { modifier: '', tone: DOT }],
  ['âÂ', { modifier: CIRCUMFLEX, tone: '' }],
  ['àÀ', { modifier: CIRCUMFLEX, tone: GRAVE }],
  ['áÁ', { modifier: CIRCUMFLEX, tone: ACUTE }],
  ['ãÃ', { modifier: CIRCUMFLEX, tone: TILDE }],
  ['åÅ', { modifier: CIRCUMFLEX, tone: HOOK }],
  ['äÄ', { modifier: CIRCUMFLEX, tone: DOT }],
  ['êÊ', { modifier: BREVE, tone: '' }],
  ['èÈ', { modifier: BREVE, tone: GRAVE }],
  ['éÉ', { modifier: BREVE, tone: ACUTE }],
  ['üÜ', { modifier: BREVE, tone: TILDE }],
  ['úÚ', { modifier: BREVE, tone: HOOK }],
  ['ëË', { modifier: BREVE, tone: DOT }],
];

export const VNI_MARKS: ReadonlyMap<string, Mark> = new Map(
  MARKS.flatMap(([chars, mark]) => [...chars].map((c) => [c, mark] as const)),
);

/** Dot below of y has its own byte ("yî" = ỵ), since "ï" after y is not used. */
const Y_DOT = 'îÎ';

/** Letters with a byte of their own. */
export const VNI_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'], ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['æ', 'ỉ'], ['Æ', 'Ỉ'], ['ó', 'ĩ'], ['Ó', 'Ĩ'], ['ò', 'ị'], ['Ò', 'Ị'],
]); // prettier-ignore

/** Which modifiers each base letter takes; the toned i/í/ì bytes are letters of their own. */
const BASES: Record<string, string> = {
  a: '\u0302\u0306',
  e: '\u0302',
  o: '\u0302',
  i: '',
  u: '',
  y: '',
  ơ: '',
  ư: '',
};

/** Decodes VNI read as Latin-1: "Hôïp taùc xaõ" → "Hợp tác xã". */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const base = VNI_LETTERS.get(text[i]) ?? text[i];
    const next = text[i + 1];
    const combined = next === undefined ? undefined : combine(base, next);
    if (combined !== undefined) {
      out += combined;
      i++;
    } else {
      out += base;
    }
  }
  return out;
}

function combine(base: string, markChar: string): string | undefined {
  const modifiers = BASES[base.toLowerCase()];
  if (modifiers === undefined) return undefined;
  if (Y_DOT.includes(markChar)) {
    return base.toLowerCase() === 'y' ? (base + DOT).normalize('NFC') : undefined;
  }
  const mark = VNI_MARKS.get(markChar);
  if (mark === undefined) return undefined;
  if (mark.modifier !== '' && !modifiers.includes(mark.modifier)) return undefined;
  return (base + mark.modifier + mark.tone).normalize('NFC');
}
