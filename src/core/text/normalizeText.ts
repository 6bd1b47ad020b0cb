/**
 * Unicode clean-up of cell text that keeps what the user wrote (case, diacritics, punctuation).
 *
 * Cells come from Excel, LibreOffice and copy-paste from Word or web pages, so the same words
 * arrive as NFC or decomposed (NFD) Unicode, with non-breaking spaces, tabs, line breaks
 * (Alt+Enter inside a cell) and invisible zero-width characters. Comparing or displaying them
 * needs one form.
 */

/**
 * Zero-width characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM. The soft hyphen
 * (U+00AD) is NOT removed here: in TCVN3 text read as Latin-1 it is the letter "ư", and
 * normalizeText runs after legacy decoding, where it would already be gone.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Every kind of white space, including NBSP (U+00A0), U+2007, U+202F, line and paragraph separators. */
const WHITESPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0085]+/g;

/** NFC, invisible characters removed, runs of white space collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}
