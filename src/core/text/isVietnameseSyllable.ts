/**
 * Is a word a well-formed Vietnamese syllable?
 *
 * Used to judge a legacy-encoding reading of a cell: TCVN3 or VNI text, once decoded, is made of
 * Vietnamese syllables, while English, French or ordinary Unicode Vietnamese pushed through the
 * wrong table turns into shapes Vietnamese spelling never produces ("cafộ", "tỏc", "hơtel").
 * The check is structural (initial + rime + one tone, tone compatible with the final), a bit
 * permissive on rare rimes: a false "valid" only weakens the evidence, it never decides alone.
 */

const INITIALS = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]';

/** Rimes without a final consonant (the glides i/y/o/u count as part of the rime). */
const OPEN_RIMES = [
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'iêu', 'oa', 'oai', 'oao', 'oay',
  'oe', 'oeo', 'oi', 'ôi', 'ơi', 'ua', 'uây', 'uê', 'ui', 'uôi', 'uơ', 'uy', 'uya', 'uyu', 'ưa',
  'ưi', 'ươi', 'ươu', 'ưu', 'yêu',
]; // prettier-ignore

/** Vowel nuclei allowed before each final consonant. */
const CLOSED_RIMES: Record<string, string[]> = {
  c: ['a', 'ă', 'â', 'e', 'o', 'ô', 'u', 'ư', 'iê', 'uô', 'ươ', 'oa', 'oă', 'oo', 'uâ'],
  ng: ['a', 'ă', 'â', 'e', 'o', 'ô', 'u', 'ư', 'iê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'oo', 'uâ'],
  ch: ['a', 'ê', 'i', 'oa', 'uê', 'uy'],
  nh: ['a', 'ê', 'i', 'oa', 'uê', 'uy'],
  m: ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe'],
  p: ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uy'],
  n: ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uy', 'uyê'],
  t: ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uy', 'uyê'],
}; // prettier-ignore

const RIMES = [
  ...OPEN_RIMES,
  ...Object.entries(CLOSED_RIMES).flatMap(([final, nuclei]) => nuclei.map((n) => n + final)),
].sort((a, b) => b.length - a.length);

const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${RIMES.join('|')})$`);

/** Finals after which only the sắc or nặng tone can occur ("tác", "hợp", never "tàc"). */
const STOP_FINAL = /(?:c|ch|p|t)$/;

/** The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SAC_OR_NANG = /[\u0301\u0323]/;

/** True for "hợp", "Tổng", "nghiêng", "quốc", "gì"; false for "cafộ", "tỏc", "hơtel", "HTX". */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const toneless = decomposed.replace(TONE, '').normalize('NFC');
  if (!SYLLABLE.test(toneless)) return false;
  return !STOP_FINAL.test(toneless) || tones.length === 0 || SAC_OR_NANG.test(tones[0] ?? '');
}

/**
 * Letters that only Unicode Vietnamese uses (outside Latin-1), and the combining marks of NFD
 * Vietnamese. Text read from TCVN3 or VNI bytes never contains them, so a cell holding one is
 * already Unicode and must not be decoded again.
 */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]|[\u0300-\u0303\u0306\u0309\u031B\u0323]/;

export function hasUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}
