/**
 * Keys for matching labels against the indicator catalogue regardless of how they were typed.
 *
 * Officials type the same label with or without diacritics ("Tong so HTX"), in upper or lower
 * case, with old or new tone placement ("hoà" / "hòa"), in NFC or NFD, with stray punctuation
 * ("Trong đó:", "- Số HTX") and line breaks inside cells. The key removes all of that so that a
 * plain string comparison (or a prefix/contains test) works.
 */

/** Letters that look like đ/Đ: some fonts and keyboards produce Icelandic eth (ð/Ð) instead. */
const D_LIKE = /[đðɗ]/g;

/** Format characters (zero-width spaces, BOM, soft hyphen) join words rather than split them. */
const FORMAT = /\p{Cf}/gu;

/** Combining marks left after NFD: the Vietnamese tones and vowel marks, and any other. */
const MARKS = /\p{M}/gu;

/**
 * Anything but letters, digits, space, "%" and "/" becomes a space. "/" stays because it carries
 * meaning in units ("người/năm", "triệu đồng/tháng") and "%" because it tells a rate from an amount.
 * A space, not nothing, so that "tập thể-hợp tác xã" keeps two words.
 */
const OTHER = /[^\p{L}\p{N}%/ ]+/gu;

/** Any run of white space or of replaced punctuation. */
const SPACES = /\s+/g;

/**
 * Diacritics-, case-, punctuation- and whitespace-insensitive key of a Vietnamese label.
 *
 * "Tổng số hợp tác xã" → "tong so hop tac xa"; "Số HTX đang hoạt động" → "so htx dang hoat dong".
 * Idempotent: toMatchKey(toMatchKey(x)) === toMatchKey(x).
 */
export function toMatchKey(text: string): string {
  return (
    text
      .normalize('NFC')
      // Lower-case before decomposing: some upper-case letters lower-case to letter + mark.
      .toLowerCase()
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(D_LIKE, 'd')
      .replace(FORMAT, '')
      .replace(OTHER, ' ')
      .replace(SPACES, ' ')
      .trim()
      // Recompose what is left (non-Latin scripts) so the key has one canonical form.
      .normalize('NFC')
  );
}
