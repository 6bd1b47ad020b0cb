/** One entry point for the legacy Vietnamese encodings found in provincial workbooks. */
import { decodeTcvn3, type DecodeTcvn3Options } from './decodeTcvn3';
import { decodeVni } from './decodeVni';

/** "tcvn3": TCVN3 / ABC, ".VnTime" fonts. "vni": VNI Windows, "VNI-Times" fonts. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Converts every legacy character, without asking whether the text needed it. */
export function decodeLegacy(
  text: string,
  encoding: LegacyEncoding,
  options: DecodeTcvn3Options = {},
): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text, options) : decodeVni(text);
}
