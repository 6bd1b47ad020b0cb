/**
 * Typing patterns: how a typed value could come from the intended one by a slip of the hand
 * (errorlocate/deductive's idea of "a wrong or swapped digit, a sign, a scale slip, rounding").
 * A pattern is evidence that this cell, and not another of the same relation, is the wrong one.
 */
import type { SuggestionReason } from './finding';
import { decimalsOfNumber } from './tableCells';

/** Patterns that rarely happen by chance rank above a single wrong digit or rounding. */
export function patternStrength(reason: SuggestionReason | undefined): number {
  if (reason === undefined || reason === 'recompute') return 0;
  return reason === 'wrong-digit' || reason === 'rounding' ? 1 : 2;
}

/** The digits of |value| at `decimals` places, without separators or leading zeros. */
function digitsOf(value: number, decimals: number): string {
  return Math.round(Math.abs(value) * 10 ** decimals).toString();
}

const near = (a: number, b: number, relative: number): boolean =>
  Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));

function without(text: string, index: number): string {
  return text.slice(0, index) + text.slice(index + 1);
}

function digitPattern(typed: string, intended: string): SuggestionReason | undefined {
  if (typed.length === intended.length) {
    const diff = [...typed].flatMap((ch, i) => (ch === intended[i] ? [] : [i]));
    if (diff.length === 1) return 'wrong-digit';
    const [i, j] = diff;
    if (diff.length === 2 && j === i + 1 && typed[i] === intended[j] && typed[j] === intended[i]) {
      return 'swapped-digits';
    }
    return undefined;
  }
  const shorter = typed.length < intended.length ? typed : intended;
  const longer = typed.length < intended.length ? intended : typed;
  if (longer.length !== shorter.length + 1) return undefined;
  for (let i = 0; i < longer.length; i++) {
    if (without(longer, i) === shorter) return typed === shorter ? 'missing-digit' : 'extra-digit';
  }
  return undefined;
}

function isRounding(typed: number, intended: number, typedDecimals: number): boolean {
  const factor = 10 ** typedDecimals;
  const scaled = intended * factor;
  const typedScaled = Math.round(typed * factor);
  return (
    Math.abs(typed - intended) < 1 / factor &&
    (typedScaled === Math.round(scaled) || typedScaled === Math.trunc(scaled))
  );
}

/**
 * Why `typed` might be a slip for `intended`, or undefined when no known pattern links them.
 * `decimals` is the number of decimals the typed cell shows.
 */
export function typingPattern(
  typed: number,
  intended: number,
  decimals: number,
): SuggestionReason | undefined {
  if (typed === intended || !Number.isFinite(intended)) return undefined;
  if (intended !== 0 && typed === -intended) return 'sign';
  if (intended !== 0 && typed !== 0) {
    const ratio = typed / intended;
    if (near(ratio, 1000, 0.01) || near(ratio, 0.001, 0.01)) return 'scale-1000';
    if (near(ratio, 1 / 12, 0.02)) return 'monthly-12';
  }
  // A figure shown with fewer decimals than it needs: rounded (or cut) rather than mistyped.
  if (decimalsOfNumber(intended) > decimals && isRounding(typed, intended, decimals)) {
    return 'rounding';
  }
  if (Math.sign(typed) === Math.sign(intended) || typed === 0 || intended === 0) {
    const places = Math.max(decimals, decimalsOfNumber(intended));
    if (places <= 4) {
      const pattern = digitPattern(digitsOf(typed, places), digitsOf(intended, places));
      if (pattern) return pattern;
    }
  }
  return undefined;
}
