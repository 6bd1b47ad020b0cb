/**
 * Labels as word lists for matching: match key (text/matchKey.ts), "/" and "%" as words of their
 * own, abbreviations folded (catalog/abbreviationLabels.ts). Catalogue phrases go through the same
 * function, so "Ước TH/KH" and the phrase "uoc th" meet as words.
 */
import { abbreviationLabels } from '../catalog/abbreviationLabels';
import { toMatchKey } from '../text/matchKey';
import { memoByText } from './memoByText';

export type Tokens = readonly string[];

const abbreviations: readonly (readonly [Tokens, Tokens])[] = abbreviationLabels.map(
  ([phrase, canonical]) => [plainTokens(phrase), plainTokens(canonical)],
);

function plainTokens(key: string): string[] {
  const spaced = key.replace(/([/%])/g, ' $1 ').trim();
  return spaced === '' ? [] : spaced.split(/\s+/);
}

function foldAbbreviations(tokens: string[]): string[] {
  let out = tokens;
  for (const [phrase, canonical] of abbreviations) {
    if (indexOfPhrase(out, phrase) < 0) continue;
    const next: string[] = [];
    for (let i = 0; i < out.length;) {
      if (matchesAt(out, phrase, i)) {
        next.push(...canonical);
        i += phrase.length;
      } else {
        next.push(out[i]);
        i += 1;
      }
    }
    out = next;
  }
  return out;
}

/**
 * Canonical words of a label or header: "Tổng số Hợp tác xã (HTX)" → tong so htx htx. Computed
 * once per distinct text (labels repeat on every sheet); the words are shared, never mutate them.
 */
export const tokensOf: (text: string) => Tokens = memoByText((text) =>
  foldAbbreviations(plainTokens(toMatchKey(text))),
);

/** Canonical words of a catalogue phrase (already in key form, or not: both work). */
export function phraseTokens(phrase: string): Tokens {
  return tokensOf(phrase);
}

function matchesAt(tokens: Tokens, phrase: Tokens, at: number): boolean {
  if (phrase.length === 0 || at + phrase.length > tokens.length) return false;
  for (let j = 0; j < phrase.length; j++) if (tokens[at + j] !== phrase[j]) return false;
  return true;
}

/** Where the phrase occurs as consecutive whole words, or -1. */
export function indexOfPhrase(tokens: Tokens, phrase: Tokens, from = 0): number {
  for (let i = from; i + phrase.length <= tokens.length; i++) {
    if (matchesAt(tokens, phrase, i)) return i;
  }
  return -1;
}

export function hasPhrase(tokens: Tokens, phrase: Tokens): boolean {
  return indexOfPhrase(tokens, phrase) >= 0;
}

export function startsWithPhrase(tokens: Tokens, phrase: Tokens): boolean {
  return matchesAt(tokens, phrase, 0);
}

/** True when the phrase's words occur in the label in order, other words allowed between. */
export function isSubsequence(tokens: Tokens, phrase: Tokens): boolean {
  let j = 0;
  for (let i = 0; i < tokens.length && j < phrase.length; i++) if (tokens[i] === phrase[j]) j++;
  return phrase.length > 0 && j === phrase.length;
}

/** A list of phrases compiled once. */
export function compilePhrases(phrases: readonly string[]): Tokens[] {
  return phrases.map(phraseTokens).filter((p) => p.length > 0);
}

/** The longest phrase of the list the label starts with, or undefined. */
export function leadingPhrase(tokens: Tokens, phrases: readonly Tokens[]): Tokens | undefined {
  let best: Tokens | undefined;
  for (const phrase of phrases) {
    if (startsWithPhrase(tokens, phrase) && (!best || phrase.length > best.length)) best = phrase;
  }
  return best;
}

export function hasAnyPhrase(tokens: Tokens, phrases: readonly Tokens[]): boolean {
  return phrases.some((phrase) => hasPhrase(tokens, phrase));
}

/** True when the label is exactly one of the phrases. */
export function isOneOf(tokens: Tokens, phrases: readonly Tokens[]): boolean {
  return phrases.some((p) => p.length === tokens.length && matchesAt(tokens, p, 0));
}

export function isYearToken(token: string): boolean {
  return /^(?:19|20)\d\d$/.test(token);
}
