/**
 * Cell text as the user meant it: legacy encoding decoded where it applies, then NFC and clean
 * white space. The text to match, show and quote in messages.
 */
import { decodeLegacy, type LegacyEncoding } from './decodeLegacy';
import type { DecodeTcvn3Options } from './decodeTcvn3';
import { hasUnicodeVietnamese } from './isVietnameseSyllable';
import { legacyEvidence } from './legacyEvidence';
import { normalizeText } from './normalizeText';

/**
 * `encoding` is the sheet's verdict from detectLegacyEncoding (null: Unicode). Even on a legacy
 * sheet a cell is decoded only if the decoding reads better: cells typed later in Unicode
 * ("Hợp tác xã", "Ghi chú") are kept as they are, not spoiled by a second conversion.
 */
export function fixVietnameseText(
  text: string,
  encoding: LegacyEncoding | null,
  options: DecodeTcvn3Options = {},
): string {
  if (encoding === null || hasUnicodeVietnamese(text)) return normalizeText(text);
  const decoded = decodeLegacy(text, encoding, options);
  return normalizeText(legacyEvidence(text, decoded).gain > 0 ? decoded : text);
}
