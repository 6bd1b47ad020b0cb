/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" keyboard and the ".VnTime", ".VnArial"… fonts) to Unicode.
 *
 * TCVN3 is a single-byte encoding: ASCII plus Vietnamese letters at 0xA1–0xFE. An .xls/.xlsx
 * typed in those fonts stores each byte as the Unicode code point of its Windows-1252 / Latin-1
 * reading ("Tæng sè hîp t¸c x·"), so the table maps from those characters. 0x80–0x9F are not
 * used by VN3, so Windows-1252 and Latin-1 agree on every mapped character.
 *
 * VN3 has codes for only 7 capitals (Ă Â Ê Ô Ơ Ư Đ). Capitals with a tone were typed with the
 * capital fonts (".VnTimeH", ".VnArialH"), which draw the lower-case codes as capitals: the text
 * itself carries lower-case codes and only the font says "capital". See DecodeTcvn3Options.
 */

/** Unicode letter → TCVN3 character, as pairs of equal-length strings (data, not logic). */
const TABLE: ReadonlyArray<readonly [string, string]> = [
  // Capitals with their own code, and their lower-case letters.
  ['ĂÂÊÔƠƯĐ', '\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7'], // ¡¢£¤¥¦§
  ['ăâêôơưđ', '\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE'], // ¨©ª«¬(soft hyphen)®
  // Lower-case letters with a tone, in the order huyền, hỏi, ngã, sắc, nặng.
  ['àảãáạ', '\u00B5\u00B6\u00B7\u00B8\u00B9'], // µ¶·¸¹
  ['ằẳẵắặ', '\u00BB\u00BC\u00BD\u00BE\u00C6'], // »¼½¾Æ
  ['ầẩẫấậ', '\u00C7\u00C8\u00C9\u00CA\u00CB'], // ÇÈÉÊË
  ['èẻẽéẹ', '\u00CC\u00CE\u00CF\u00D0\u00D1'], // ÌÎÏÐÑ
  ['ềểễếệ', '\u00D2\u00D3\u00D4\u00D5\u00D6'], // ÒÓÔÕÖ
  ['ìỉĩíị', '\u00D7\u00D8\u00DC\u00DD\u00DE'], // ×ØÜÝÞ
  ['òỏõóọ', '\u00DF\u00E1\u00E2\u00E3\u00E4'], // ßáâãä
  ['ồổỗốộ', '\u00E5\u00E6\u00E7\u00E8\u00E9'], // åæçèé
  ['ờởỡớợ', '\u00EA\u00EB\u00EC\u00ED\u00EE'], // êëìíî
  ['ùủũúụ', '\u00EF\u00F1\u00F2\u00F3\u00F4'], // ïñòóô
  ['ừửữứự', '\u00F5\u00F6\u00F7\u00F8\u00F9'], // õö÷øù
  ['ỳỷỹýỵ', '\u00FA\u00FB\u00FC\u00FD\u00FE'], // úûüýþ
];

/** TCVN3 character → Unicode letter (all 67 lower-case letters and the 7 capitals above). */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  TABLE.flatMap(([letters, codes]) => [...codes].map((code, i) => [code, letters[i]] as const)),
);

export interface DecodeTcvn3Options {
  /**
   * The text was typed in a TCVN3 capital font (".VnTimeH", ".VnArialH", name ending in "H"):
   * the result is upper-cased. Without this option a cell whose ASCII letters are all capitals
   * ("KÕ HO¹CH") is taken as typed in a capital font too, since only those fonts could show it.
   */
  capitals?: boolean;
}

const TCVN3_CHARS = new RegExp(`[${[...TCVN3_TO_UNICODE.keys()].join('')}]`, 'g');

/** Decodes TCVN3 read as Latin-1: "Tæng sè hîp t¸c x·" → "Tổng số hợp tác xã". */
export function decodeTcvn3(text: string, options: DecodeTcvn3Options = {}): string {
  const decoded = text.replace(TCVN3_CHARS, (c) => TCVN3_TO_UNICODE.get(c) ?? c);
  // A capital font shows every letter as a capital, ASCII and "ý" (which maps to itself) too.
  if (options.capitals) return decoded.toUpperCase();
  if (!typedInCapitals(text)) return decoded;
  // Word by word, so that "HTX ®·" stays "HTX đã": only words typed with a capital go up.
  const words = text.split(/(\s+)/);
  return decoded
    .split(/(\s+)/)
    .map((word, i) =>
      CAPITAL.test(words[i]) && !/[a-z]/.test(words[i]) ? word.toUpperCase() : word,
    )
    .join('');
}

/** An ASCII capital or one of the 7 TCVN3 capitals (¡ ¢ £ ¤ ¥ ¦ §). */
const CAPITAL = /[A-Z\u00A1-\u00A7]/;

/** At least two ASCII letters, all of them capitals: "KÕ HO¹CH", "TæNG Sè", not "Sè" or "Tæng". */
function typedInCapitals(text: string): boolean {
  const ascii = text.match(/[A-Za-z]/g) ?? [];
  return ascii.length >= 2 && ascii.every((c) => c >= 'A' && c <= 'Z');
}
