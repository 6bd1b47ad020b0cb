/**
 * How well a legacy-encoding reading of one cell fits Vietnamese, compared with the cell as it is.
 *
 * Shared by detectLegacyEncoding (a verdict for a whole sheet) and fixVietnameseText (whether to
 * decode one cell of a sheet already found to be legacy: a sheet may mix old cells with cells
 * typed later in Unicode, which decoding again would spoil).
 */
import { COMMON_SYLLABLES } from './commonSyllables';
import { isVietnameseSyllable } from './isVietnameseSyllable';

export interface LegacyEvidence {
  /** Words that held a character no Vietnamese text uses (¸, ·, ï, ö…) and decode to a syllable. */
  support: number;
  /** Words the decoding changed into something that is not Vietnamese. */
  against: number;
  /** Plausibility of the decoded words minus that of the words as they stand. */
  gain: number;
}

/**
 * Both decoders leave ASCII alone and keep ASCII punctuation and spaces in place, so splitting
 * the text and its decoding on them gives words that correspond one to one.
 */
const SEPARATORS = /[\s!-/:-@[-`{-~]+/;

/** Latin-1 letters that Unicode Vietnamese uses; every other character 0x80–0xFF is foreign. */
const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';

function hasForeignLatin1(word: string): boolean {
  return [...word].some((c) => c >= '\u0080' && c <= '\u00FF' && !VIETNAMESE_LATIN1.includes(c));
}

/** Abbreviations in capitals ("ĐVT", "HTX", "TCVN") are neither for nor against. */
function isAbbreviation(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Leading and trailing non-letters (symbols the table left alone). */
const EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** 2 for a familiar syllable, 1 for a valid one, 0 for an abbreviation, -2 for anything else. */
function plausibility(word: string): number {
  const core = word.replace(EDGES, '');
  if (core.length === 0 || core !== word) return -2;
  if (isAbbreviation(core) && !isVietnameseSyllable(core)) return 0;
  if (!isVietnameseSyllable(core)) return -2;
  return COMMON_SYLLABLES.has(core.toLowerCase()) ? 2 : 1;
}

/** Evidence for reading `original` as the legacy text whose decoding is `decoded`. */
export function legacyEvidence(original: string, decoded: string): LegacyEvidence {
  const evidence: LegacyEvidence = { support: 0, against: 0, gain: 0 };
  if (original === decoded) return evidence;
  const before = original.split(SEPARATORS);
  const after = decoded.split(SEPARATORS);
  if (before.length !== after.length) return evidence;
  before.forEach((word, i) => {
    const result = after[i];
    // Numbers and codes ("10×20", "m²") say nothing about the language.
    if (word === result || /\d/.test(result)) return;
    const score = plausibility(result);
    evidence.gain += score - plausibility(word);
    if (score > 0 && hasForeignLatin1(word)) evidence.support++;
    if (score < 0) evidence.against++;
  });
  return evidence;
}
