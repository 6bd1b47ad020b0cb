/**
 * The native Excel formula of each HTX.* function, built from its arguments' formula text. The
 * native formulas compute the same numbers for numbers in cells; they stay within what
 * LibreOffice 7.4 computes (no LET, LAMBDA or XLOOKUP) and write newer functions with the
 * `_xlfn.` prefix files need (DESIGN.md §3).
 *
 * Where the native formula behaves differently from the custom function — mostly on text in
 * number cells, blanks and error cases — the difference is noted on each function and listed as
 * a caveat code, which `htx-plan native` prints beside what it converted.
 */
import type { FunctionId } from '../catalog/functionCatalog';
import { numberLiteral, parenthesised, type Operand } from '../formula/formulaOperand';
import { parseVietnameseNumber } from '../numbers/parseVietnameseNumber';
import { convertUnit } from '../units/convertUnit';

/** Why a call stays as it is. */
export type UnconvertedReason =
  | 'capital-split'
  | 'unit-in-cell'
  | 'unknown-unit'
  | 'incompatible-units'
  | 'argument-count'
  | 'missing-argument'
  | 'text-not-a-number'
  | 'unparsable';

/** How a native formula may differ from the HTX function it replaces. */
export type NativeCaveat =
  | 'text-numbers'
  | 'blank-as-zero'
  | 'negative-plan'
  | 'sum-skips-text'
  | 'pairs-skip-text-numbers'
  | 'number-text-forms';

/** A replacement (without the parentheses a context may need) or the reason there is none. */
export type Equivalent = { formula: string } | { reason: UnconvertedReason };

interface NativeFunction {
  /** Accepted argument counts. */
  arity: [min: number, max: number];
  caveats: NativeCaveat[];
  build(args: Operand[]): Equivalent;
}

/**
 * Scalar number arguments: a literal "1.022,5" is read now, the way HTX reads it, and written as
 * the number it means, so the result does not depend on the reader's locale.
 */
function scalar(arg: Operand): { text: string; atomic: boolean } | { reason: UnconvertedReason } {
  if (arg.kind === 'blank') return { reason: 'missing-argument' };
  if (arg.kind !== 'string') return arg;
  const parsed = parseVietnameseNumber(arg.stringValue ?? '');
  if (!parsed) return { reason: 'text-not-a-number' };
  return { text: numberLiteral(parsed.value), atomic: parsed.value >= 0 };
}

function binary(join: (a: string, b: string) => string) {
  return (args: Operand[]): Equivalent => {
    const a = scalar(args[0]);
    if ('reason' in a) return a;
    const b = scalar(args[1]);
    if ('reason' in b) return b;
    return { formula: join(parenthesised(a), parenthesised(b)) };
  };
}

/**
 * actual ÷ plan and friends. HTX gives #NUM! for a negative plan (ATTAINMENT only) and #N/A
 * for a blank; native gives a negative ratio, and 0 or #DIV/0! for a blank (a blank is 0).
 */
const ratio: NativeFunction = {
  arity: [2, 2],
  caveats: ['text-numbers', 'blank-as-zero'],
  build: binary((a, b) => `${a}/${b}`),
};

/** current ÷ previous − 1; the same differences as the ratios. */
const growth: NativeFunction = {
  arity: [2, 2],
  caveats: ['text-numbers', 'blank-as-zero'],
  build: binary((a, b) => `${a}/${b}-1`),
};

/**
 * total − SUM(parts). SUM skips text in the parts: HTX reads "1.022" there as 1022 and gives
 * #VALUE! for other text, so a part typed as text silently drops out natively.
 */
const imbalance: NativeFunction = {
  arity: [2, 2],
  caveats: ['text-numbers', 'sum-skips-text', 'blank-as-zero'],
  build: (args) => {
    const total = scalar(args[0]);
    if ('reason' in total) return total;
    if (args[1].kind === 'blank') return { reason: 'missing-argument' };
    return { formula: `${parenthesised(total)}-SUM(${args[1].text})` };
  },
};

/**
 * Σ value×weight ÷ Σ weight over the pairs where both cells hold numbers. SUMPRODUCT treats
 * text and blanks as 0, so a pair with a non-number on either side adds nothing to the
 * numerator; the denominator counts a weight only where its value is a number (ISNUMBER) and
 * the weight itself is one (text weights are 0). Differences: HTX reads text numbers ("1.022")
 * in the ranges, native skips their pairs; no pair at all is #DIV/0! instead of #N/A; an error
 * value in a range gives that error; LibreOffice (not Excel) counts TRUE as the number 1.
 */
const weightedAverage: NativeFunction = {
  arity: [2, 2],
  caveats: ['pairs-skip-text-numbers'],
  build: ([values, weights]) => {
    if (values.kind === 'blank' || weights.kind === 'blank') return { reason: 'missing-argument' };
    const [v, w] = [values.text, weights.text];
    return { formula: `SUMPRODUCT(${v},${w})/SUMPRODUCT(--ISNUMBER(${v}),${w})` };
  },
};

/**
 * value × the exact factor between two literal units (12 between a month and a year, powers of
 * ten between đồng and tỷ đồng), written as `*n/d` with whole numbers so no factor is rounded
 * (1/12 has no exact decimal). Units held in cells cannot be converted: the factor would depend
 * on what the cell says.
 */
const convert: NativeFunction = {
  arity: [3, 3],
  caveats: ['text-numbers', 'blank-as-zero'],
  build: ([value, from, to]) => {
    const amount = scalar(value);
    if ('reason' in amount) return amount;
    if (from.kind === 'blank' || to.kind === 'blank') return { reason: 'missing-argument' };
    if (from.kind !== 'string' || to.kind !== 'string') return { reason: 'unit-in-cell' };
    const factor = exactFactor(from.stringValue ?? '', to.stringValue ?? '');
    if ('reason' in factor) return factor;
    const [n, d] = factor.ratio;
    if (n === 1 && d === 1) return { formula: amount.text };
    const times = n === 1 ? '' : `*${numberLiteral(n)}`;
    const over = d === 1 ? '' : `/${numberLiteral(d)}`;
    return { formula: `${parenthesised(amount)}${times}${over}` };
  },
};

const DENOMINATORS = Array.from({ length: 16 }, (_, k) => [10 ** k, 12 * 10 ** k]).flat();

/** The factor as whole numbers n/d with the smallest d of the form 10^k or 12×10^k. */
function exactFactor(
  from: string,
  to: string,
): { ratio: [number, number] } | { reason: UnconvertedReason } {
  const probe = convertUnit(1, from, to);
  if (!probe.ok) return { reason: probe.error };
  for (const d of DENOMINATORS) {
    const converted = convertUnit(d, from, to);
    if (converted.ok && Number.isInteger(converted.value)) return { ratio: [converted.value, d] };
  }
  return { reason: 'incompatible-units' };
}

/**
 * A literal is read now and written as its number. A reference becomes
 * `IF(ISNUMBER(x),x,_xlfn.NUMBERVALUE(x,",","."))`: NUMBERVALUE with "," as the decimal mark and
 * "." as the group mark reads the Vietnamese forms the same ("1.022" → 1022, "1.022,5",
 * "02", "-1.234,5", "34,3%", "1 022"), whatever the machine's locale. The ISNUMBER guard is
 * needed because NUMBERVALUE turns a number into text by the locale first: under an English
 * locale LibreOffice reads the number 1.5 as "1.5" and then as 15. Differences: a "." not
 * followed by three digits ("1.5", "12.5%") is a group mark natively (15, 1.25) where HTX reads
 * 1.5 and 0.125; words ("khoảng 600", "2,2 tỷ") and ranges ("15 - 20") are #VALUE! natively;
 * a blank or "-" is #VALUE! (LibreOffice) or 0 (Excel) instead of #N/A.
 */
const number: NativeFunction = {
  arity: [1, 1],
  caveats: ['number-text-forms'],
  build: ([text]) => {
    if (text.kind === 'blank') return { reason: 'missing-argument' };
    if (text.kind === 'string') {
      const literal = scalar(text);
      return 'reason' in literal ? literal : { formula: literal.text };
    }
    const x = text.text;
    return { formula: `IF(ISNUMBER(${x}),${x},_xlfn.NUMBERVALUE(${x},",","."))` };
  },
};

/**
 * Largest-remainder rounding of a split has no native formula LibreOffice 7.4 computes without
 * LET or dynamic arrays, and the result spills over several cells: it stays an HTX formula.
 */
const capitalSplit: NativeFunction = {
  arity: [2, 3],
  caveats: [],
  build: () => ({ reason: 'capital-split' }),
};

export const nativeFunctions: Record<FunctionId, NativeFunction> = {
  ATTAINMENT: { ...ratio, caveats: [...ratio.caveats, 'negative-plan'] },
  PER_UNIT: ratio,
  SHARE: ratio,
  GROWTH: growth,
  IMBALANCE: imbalance,
  WEIGHTED_AVERAGE: weightedAverage,
  CONVERT: convert,
  NUMBER: number,
  CAPITAL_SPLIT: capitalSplit,
};
