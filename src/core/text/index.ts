/** Vietnamese text: NFC clean-up, matching keys, and the legacy TCVN3 / VNI encodings. */
export { toMatchKey } from './matchKey';
export { normalizeText } from './normalizeText';
export { decodeTcvn3, type DecodeTcvn3Options } from './decodeTcvn3';
export { decodeVni } from './decodeVni';
export { decodeLegacy, type LegacyEncoding } from './decodeLegacy';
export { detectLegacyEncoding } from './detectLegacyEncoding';
export { fixVietnameseText } from './fixVietnameseText';
export { hasUnicodeVietnamese, isVietnameseSyllable } from './isVietnameseSyllable';
