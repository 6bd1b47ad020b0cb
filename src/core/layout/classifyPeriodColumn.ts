/**
 * What a column header says about time: the period kind ("Ước thực hiện" → estimate), the year
 * (any 4-digit 19xx/20xx word, inherited from merged parent headers), and for comparisons what
 * is compared ("% ƯTH/KH", "KH 2023/ƯTH 2022", "(7)=(6)/(5)").
 */
import { comparisonLabels, periodLabels, type PeriodWord } from '../catalog/periodLabels';
import { compilePhrases, hasAnyPhrase, indexOfPhrase, isYearToken, type Tokens } from './phrases';

export type { PeriodWord };

const periodPhrases = periodLabels.map(({ kind, phrases }) => ({
  kind,
  phrases: compilePhrases(phrases),
}));
const ratioPhrases = compilePhrases(comparisonLabels.ratio);
const growthPhrases = compilePhrases(comparisonLabels.growth);
const differencePhrases = compilePhrases(comparisonLabels.difference);

export type ComparisonMeasure = 'ratio' | 'growth' | 'difference';

/** One side of a ratio header: "ƯTH 2022" → estimate 2022. */
export interface PeriodSide {
  period?: PeriodWord;
  year?: number;
  /** A column-number reference, "(6)" in "(7)=(6)/(5)". */
  numbering?: string;
}

export interface PeriodReading {
  period?: PeriodWord | 'comparison';
  year?: number;
  comparison?: ComparisonMeasure;
  numerator?: PeriodSide;
  denominator?: PeriodSide;
}

/** The first period word of a header and where it starts, earliest position first. */
export function periodWordOf(tokens: Tokens): PeriodWord | undefined {
  for (const { kind, phrases } of periodPhrases) if (hasAnyPhrase(tokens, phrases)) return kind;
  return undefined;
}

export function yearOf(tokens: Tokens): number | undefined {
  const token = tokens.find(isYearToken);
  return token === undefined ? undefined : Number(token);
}

function sideOf(tokens: Tokens): PeriodSide {
  const side: PeriodSide = {};
  const period = periodWordOf(tokens);
  if (period) side.period = period;
  const year = yearOf(tokens);
  if (year !== undefined) side.year = year;
  return side;
}

/**
 * Splits a header at a "/" that stands between two period words ("uth 2022 / kh 2022"), not at
 * the "/" of a unit ("trieu dong / nguoi") or of a date ("30 / 6 / 2022").
 */
function ratioSides(tokens: Tokens): [PeriodSide, PeriodSide] | undefined {
  for (let at = indexOfPhrase(tokens, ['/']); at >= 0; at = indexOfPhrase(tokens, ['/'], at + 1)) {
    const before = tokens.slice(Math.max(0, at - 3), at).filter((t) => t !== '%');
    const after = tokens.slice(at + 1, at + 4);
    const numerator = sideOf(trimToLastPeriod(before));
    const denominator = sideOf(after.slice(0, after.indexOf('/') >= 0 ? after.indexOf('/') : 3));
    if (numerator.period && denominator.period) return [numerator, denominator];
  }
  return undefined;
}

/** "% so sanh uth 2022" → "uth 2022": the side before "/" starts at its last period word. */
function trimToLastPeriod(tokens: Tokens): Tokens {
  for (let start = tokens.length - 1; start >= 0; start--) {
    if (periodWordOf(tokens.slice(start)) && !periodWordOf(tokens.slice(start + 1))) {
      return tokens.slice(start);
    }
  }
  return tokens;
}

/** "(7)=(6)/(5)" or "7 = 6/5": the numbering of numerator and denominator. */
export function numberingRatio(text: string): [string, string] | undefined {
  const match =
    /=\s*\(?\s*([0-9]{1,2}|[A-Za-z])\s*\)?\s*[/:]\s*\(?\s*([0-9]{1,2}|[A-Za-z])\s*\)?/.exec(text);
  return match ? [match[1].toUpperCase(), match[2].toUpperCase()] : undefined;
}

function comparisonMeasure(tokens: Tokens): ComparisonMeasure | undefined {
  if (hasAnyPhrase(tokens, growthPhrases)) return 'growth';
  if (hasAnyPhrase(tokens, differencePhrases)) {
    return tokens.includes('%') ? 'growth' : 'difference';
  }
  if (hasAnyPhrase(tokens, ratioPhrases)) return 'ratio';
  return undefined;
}

/**
 * Reads one header text (the column's own text or a merged parent's). A header with a ratio of
 * two periods or with comparison words is a comparison; otherwise the first period word counts.
 */
export function readPeriod(tokens: Tokens, text = ''): PeriodReading {
  const reading: PeriodReading = {};
  const sides = ratioSides(tokens);
  const numbering = numberingRatio(text);
  const measure = comparisonMeasure(tokens);
  if (sides || numbering || measure) {
    reading.period = 'comparison';
    reading.comparison = measure ?? 'ratio';
    if (sides) [reading.numerator, reading.denominator] = sides;
    else if (numbering) {
      reading.numerator = { numbering: numbering[0] };
      reading.denominator = { numbering: numbering[1] };
    }
    const year = reading.numerator?.year ?? yearOf(tokens);
    if (year !== undefined) reading.year = year;
    return reading;
  }
  const period = periodWordOf(tokens);
  if (period) reading.period = period;
  const year = yearOf(tokens);
  if (year !== undefined) reading.year = year;
  return reading;
}
