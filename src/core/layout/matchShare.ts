/**
 * Share rows: "Tỷ lệ HTX xếp loại tốt, khá trên tổng số HTX đang hoạt động" (%) is neither the
 * rated-good count nor the active count but the first over the second. Read as a share, the row
 * can be checked against its two figures, and it no longer poses as one of them (two rows coded
 * `htx.active` would confuse every rule looking the count up).
 */
import type { IndicatorCode } from '../catalog/indicatorCodes';
import { blockCode, ofWhichPairs, splitBlockCode } from '../catalog/relations';
import type { Block } from './appendixTable';
import { matchIndicator } from './matchIndicator';
import { compilePhrases, indexOfPhrase, leadingPhrase, type Tokens } from './phrases';

const shareOpeners = compilePhrases(['ty le', 'ti le', 'ty trong', 'ti trong']);
const wholeMarkers = compilePhrases(['tren', 'so voi', 'trong tong so']);

export interface ShareCodes {
  part: IndicatorCode;
  whole: IndicatorCode;
}

/**
 * The part and whole of a share label; without "trên …" the whole is the one the part is an
 * "of which" of (catalog/relations.ts: "Tỷ lệ cán bộ quản lý có trình độ sơ, trung cấp" → of
 * all managers).
 */
export function matchShare(tokens: Tokens, block?: Block): ShareCodes | undefined {
  const opener = leadingPhrase(tokens, shareOpeners);
  if (!opener) return undefined;
  const rest = tokens.slice(opener.length);
  let split: { at: number; length: number } | undefined;
  for (const marker of wholeMarkers) {
    const at = indexOfPhrase(rest, marker);
    if (at > 0 && (!split || at < split.at)) split = { at, length: marker.length };
  }
  const partTokens = split ? rest.slice(0, split.at) : rest;
  const part = matchIndicator(partTokens, block);
  const parsed = splitBlockCode(part);
  if (!part || !parsed) return undefined;
  if (split) {
    const whole = matchIndicator(rest.slice(split.at + split.length), parsed.block);
    return whole && whole !== part ? { part, whole } : undefined;
  }
  const pair = ofWhichPairs.find((candidate) => candidate.part === parsed.measure);
  return pair ? { part, whole: blockCode(parsed.block, pair.whole) } : undefined;
}
