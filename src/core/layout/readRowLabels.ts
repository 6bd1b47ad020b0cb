/**
 * Row labels as typed: the number printed in the STT column or in front of the label (I, II,
 * A, 1, 1.1, 1.1.1, a), (1), "-", "+"), the "Trong đó:" / "Chia ra:" prefixes and headings, and
 * the indentation by leading spaces.
 */
import { ofWhichLabels, partsLabels, totalLabels, totalTrailers } from '../catalog/headerLabels';
import {
  compilePhrases,
  hasAnyPhrase,
  isOneOf,
  leadingPhrase,
  tokensOf,
  type Tokens,
} from './phrases';

export type MarkerKind =
  | 'roman'
  | 'upper'
  | 'decimal1'
  | 'decimal2'
  | 'decimal3'
  | 'decimal4'
  | 'lower'
  | 'paren'
  | 'dash'
  | 'plus'
  | 'star'
  | 'none';

export interface Marker {
  kind: MarkerKind;
  /** The marker as printed, without trailing "." or ")": "I", "1.1", "a", "-". */
  marker?: string;
  /** The text after the marker. */
  rest: string;
}

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))[.)]?(?=\s|$|:)/;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3}){0,4})[.)]?(?=\s|$|:|[^\d.])/;
const UPPER = /^([A-HJ-UWYZ])(?:[.)](?=\s|$)|$)/;
const LOWER = /^([a-zđ])(?:[.)](?=\s|$)|$)/;
const PAREN = /^\(\s*([0-9]{1,2}|[a-zđ]|[ivx]{1,4})\s*\)/i;
const BULLET = /^([-–—‐−]|\+|[*•·∙○●▪■])(?=\s|[^\d]|$)/;

/** Reads a number or bullet from the start of a label or STT cell. */
export function parseMarker(text: string): Marker {
  const t = text.trim();
  if (t === '') return { kind: 'none', rest: '' };
  const bullet = BULLET.exec(t);
  if (bullet) {
    const kind = bullet[1] === '+' ? 'plus' : /[-–—‐−]/.test(bullet[1]) ? 'dash' : 'star';
    return {
      kind,
      marker: bullet[1] === '+' ? '+' : kind === 'dash' ? '-' : bullet[1],
      rest: after(t, bullet[0]),
    };
  }
  const roman = ROMAN.exec(t);
  if (roman && roman[1] !== '')
    return { kind: 'roman', marker: roman[1], rest: after(t, roman[0]) };
  const decimal = DECIMAL.exec(t);
  if (decimal) {
    const depth = Math.min(decimal[1].split('.').length, 4);
    return {
      kind: `decimal${depth}` as MarkerKind,
      marker: decimal[1],
      rest: after(t, decimal[0]),
    };
  }
  const upper = UPPER.exec(t);
  if (upper) return { kind: 'upper', marker: upper[1], rest: after(t, upper[0]) };
  const lower = LOWER.exec(t);
  if (lower) return { kind: 'lower', marker: lower[1], rest: after(t, lower[0]) };
  const paren = PAREN.exec(t);
  if (paren) return { kind: 'paren', marker: `(${paren[1]})`, rest: after(t, paren[0]) };
  return { kind: 'none', rest: t };
}

function after(text: string, prefix: string): string {
  return text
    .slice(prefix.length)
    .replace(/^[\s.:)]+/, '')
    .trim();
}

const OF_WHICH = /^\s*trong\s+(?:s[ốo]\s+)?[đd][óo]\s*(?:c[óo]\s*)?[:：,.\-–]?\s*/iu;
const PARTS = /^\s*(?:chia\s+ra|bao\s+g[ồo]m|chia\s+theo|ph[âa]n\s+theo)\s*[:：,.\-–]?\s*/iu;

export interface LabelPrefix {
  prefix?: 'of-which' | 'part';
  rest: string;
}

/** "Trong đó: HTX thành lập mới" → of-which, "HTX thành lập mới"; "Chia ra:" → part, "". */
export function readPrefix(text: string): LabelPrefix {
  const ofWhich = OF_WHICH.exec(text);
  if (ofWhich) return { prefix: 'of-which', rest: text.slice(ofWhich[0].length).trim() };
  const parts = PARTS.exec(text);
  if (parts && /[:：]\s*$/.test(parts[0])) {
    return { prefix: 'part', rest: text.slice(parts[0].length).trim() };
  }
  if (parts && text.slice(parts[0].length).trim() === '') return { prefix: 'part', rest: '' };
  return { rest: text };
}

const ofWhichPhrases = compilePhrases(ofWhichLabels);
const partsPhrases = compilePhrases(partsLabels);
const totals = compilePhrases(totalLabels);
const trailers = compilePhrases(totalTrailers);

/** What the label says its own children are: "…, trong đó:" or "… theo lĩnh vực". */
export function opensChildren(text: string, tokens: Tokens): 'of-which' | 'part' | undefined {
  if (/trong\s+[đd][óo]\s*[:：]?\s*$/iu.test(text)) return 'of-which';
  if (hasAnyPhrase(tokens, partsPhrases)) return 'part';
  if (hasAnyPhrase(tokens, ofWhichPhrases) && /[:：]\s*$/.test(text)) return 'of-which';
  return undefined;
}

/**
 * A total row: "Tổng số", "Tổng cộng", "Cộng", "Toàn tỉnh", possibly followed by a sum such as
 * "(I+II+III)" or "(1+2)" or by "chung".
 */
export function isTotalLabel(text: string, tokens: Tokens): boolean {
  if (isOneOf(tokens, totals)) return true;
  const lead = leadingPhrase(tokens, totals);
  if (!lead) return false;
  const rest = tokens.slice(lead.length);
  if (rest.every((t) => /^[ivx0-9abc]+$/.test(t)) && /[+]/.test(text)) return true;
  return isOneOf(rest, trailers);
}

/** Starts like a total but names what it totals: "Tổng số HTX", "Tổng cộng kinh phí". */
export function isTotalLike(tokens: Tokens): boolean {
  return leadingPhrase(tokens, totals) !== undefined;
}

export { tokensOf };
