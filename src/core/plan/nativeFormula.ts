/**
 * Rewrites every HTX.* call in a formula as its native Excel equivalent (nativeEquivalents.ts),
 * so a workbook computes the same numbers where the add-in is not installed (DESIGN.md §3).
 * Everything outside the calls stays byte-identical. A formula is converted whole or not at
 * all: one call that cannot be converted leaves the formula as it was, since a half-converted
 * formula still needs the add-in and is harder to read.
 */
import type { FunctionId } from '../catalog/functionCatalog';
import { operandOf, parenthesised } from '../formula/formulaOperand';
import { rewriteCalls, type CallContext } from '../formula/rewriteCalls';
import { FormulaSyntaxError } from '../formula/tokenizeFormula';
import { htxFunctionOf } from './htxFunctionName';
import { nativeFunctions, type NativeCaveat, type UnconvertedReason } from './nativeEquivalents';

export type { NativeCaveat, UnconvertedReason } from './nativeEquivalents';

export type NativeFormulaResult =
  | {
      formula: string;
      /** The functions replaced, once per call, in the order they were met (innermost first). */
      converted: FunctionId[];
    }
  | {
      unconverted: {
        /** The function id, or the name as written when the formula could not be parsed. */
        function: string;
        reason: UnconvertedReason;
      };
    };

export function toNativeFormula(formula: string): NativeFormulaResult {
  const converted: FunctionId[] = [];
  let failure: { function: string; reason: UnconvertedReason } | undefined;
  const rewrite = (call: CallContext): string | undefined => {
    const id = htxFunctionOf(call.name);
    if (!id || failure) return undefined;
    const native = nativeFunctions[id];
    const [min, max] = native.arity;
    if (call.args.length < min || call.args.length > max) {
      failure = { function: id, reason: 'argument-count' };
      return undefined;
    }
    const equivalent = native.build(call.args.map(operandOf));
    if ('reason' in equivalent) {
      failure = { function: id, reason: equivalent.reason };
      return undefined;
    }
    converted.push(id);
    const result = operandOf(equivalent.formula);
    return call.alone ? result.text : parenthesised(result);
  };
  let rewritten: string;
  try {
    rewritten = rewriteCalls(formula, rewrite);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return unparsable(formula);
    throw error;
  }
  if (failure) return { unconverted: failure };
  return { formula: rewritten, converted };
}

function unparsable(formula: string): NativeFormulaResult {
  const name = /(?:_xldudf_HTX_|HTX\.)\w+/i.exec(formula)?.[0] ?? 'HTX';
  return { unconverted: { function: htxFunctionOf(name) ?? name, reason: 'unparsable' } };
}

/** The caveats that apply to a set of converted functions, each once, in a stable order. */
export function caveatsOf(functions: Iterable<FunctionId>): NativeCaveat[] {
  const found = new Set<NativeCaveat>();
  for (const id of functions) for (const caveat of nativeFunctions[id].caveats) found.add(caveat);
  const order: NativeCaveat[] = [
    'text-numbers',
    'blank-as-zero',
    'negative-plan',
    'sum-skips-text',
    'pairs-skip-text-numbers',
    'number-text-forms',
  ];
  return order.filter((caveat) => found.has(caveat));
}
