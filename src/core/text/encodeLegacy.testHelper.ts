/**
 * Unicode → TCVN3 / VNI, for tests only: they produce legacy text from known Vietnamese so that
 * the decoders can be checked on every letter. Built from the decoders' own tables, inverted.
 */
import { TCVN3_TO_UNICODE } from './decodeTcvn3';
import { VNI_LETTERS, VNI_MARKS } from './decodeVni';

const UNICODE_TO_TCVN3 = new Map([...TCVN3_TO_UNICODE].map(([code, letter]) => [letter, code]));

/**
 * Capitals without a TCVN3 code take the code of their lower-case letter, as typed with a
 * ".VnTimeH" capital font.
 */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => UNICODE_TO_TCVN3.get(c) ?? UNICODE_TO_TCVN3.get(c.toLowerCase()) ?? c)
    .join('');
}

/** í and ì keep their own Latin-1 byte in VNI (the decoder leaves them as they are). */
const VNI_LETTER_OF = new Map([
  ...[...VNI_LETTERS].map(([code, letter]) => [letter, code] as const),
  ...[...'íìÍÌ'].map((c) => [c, c] as const),
]);
const VNI_MARK_OF = new Map(
  [...VNI_MARKS].map(([code, mark]) => [
    `${code === code.toUpperCase() ? 'U' : 'l'}${mark.modifier}${mark.tone}`,
    code,
  ]),
);

/** "Hợp" → "Hôïp": base letter (or ơ/ư/đ/ỉ… byte) then one mark byte. */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map(encodeVniLetter).join('');
}

function encodeVniLetter(letter: string): string {
  const own = VNI_LETTER_OF.get(letter);
  if (own !== undefined) return own;
  const [base, ...marks] = [...letter.normalize('NFD')];
  if (marks.length === 0) return letter;
  const upper = base === base.toUpperCase();
  const horn = marks[0] === '\u031B';
  const rest = horn ? marks.slice(1) : marks;
  const start = horn ? (VNI_LETTER_OF.get((base + '\u031B').normalize('NFC')) ?? base) : base;
  if (base.toLowerCase() === 'y' && rest.join('') === '\u0323') return start + (upper ? 'Î' : 'î');
  const modifier = rest.find((m) => m === '\u0302' || m === '\u0306') ?? '';
  const tone = rest.find((m) => m !== modifier) ?? '';
  const code = VNI_MARK_OF.get(`${upper ? 'U' : 'l'}${modifier}${tone}`);
  return code === undefined ? letter : start + code;
}
