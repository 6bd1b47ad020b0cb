/**
 * Decides whether a sheet's text was typed in TCVN3 or VNI, from all its cell texts at once.
 *
 * A sheet is one document typed with one font set, so one verdict per sheet is more reliable
 * than a guess per cell (a lone "Sè" could be either). The verdict needs words that only a
 * legacy reading explains: they hold characters no Vietnamese uses (¸ · ­ ï ö…) and decode to
 * Vietnamese syllables, at least MIN_SUPPORT of them, outnumbering by SUPPORT_RATIO the words the
 * decoding turns into non-Vietnamese. Unicode Vietnamese, English, French or German text and
 * numbers never reach that; a stray "æ" gives one word at most.
 */
import { decodeLegacy, type LegacyEncoding } from './decodeLegacy';
import { hasUnicodeVietnamese } from './isVietnameseSyllable';
import { legacyEvidence } from './legacyEvidence';

const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];
const MIN_SUPPORT = 2;
const SUPPORT_RATIO = 3;

export function detectLegacyEncoding(texts: readonly string[]): LegacyEncoding | null {
  let best: LegacyEncoding | null = null;
  let bestScore = 0;
  for (const encoding of ENCODINGS) {
    let support = 0;
    let against = 0;
    for (const text of texts) {
      // Cells already in Unicode Vietnamese are no evidence either way.
      if (hasUnicodeVietnamese(text)) continue;
      const evidence = legacyEvidence(text, decodeLegacy(text, encoding));
      support += evidence.support;
      against += evidence.against;
    }
    const score = support - against;
    if (support >= MIN_SUPPORT && support >= SUPPORT_RATIO * against && score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}
