/**
 * Recognises calls to the HTX.* custom functions in a formula. Excel saves a custom function
 * call as `_xldudf_<NAMESPACE>_<ID>(…)` (office-js issue 5611:
 * https://github.com/OfficeDev/office-js/issues/5611); formulas typed or pasted elsewhere may
 * hold the displayed form `HTX.ID(…)`, and a Vietnamese Excel shows the vi-VN names
 * (`HTX.TYLEDAT`). All of these are recognised, case-insensitively.
 */
import { functionCatalog, functionNamespace, type FunctionId } from '../catalog/functionCatalog';

const byName = new Map<string, FunctionId>();
for (const info of functionCatalog) {
  byName.set(info.id.toUpperCase(), info.id);
  byName.set(info.viName.toUpperCase(), info.id);
}

const SAVED = new RegExp(
  `^(?:_xll\\.)?(?:_xldudf_${functionNamespace}_|${functionNamespace}\\.)(\\w+)$`,
  'i',
);

/** The function id a call name stands for, or undefined when it is not an HTX function. */
export function htxFunctionOf(name: string): FunctionId | undefined {
  const match = SAVED.exec(name);
  return match ? byName.get(match[1].toUpperCase()) : undefined;
}

/** Quick test before parsing: most formulas in a workbook call no HTX function at all. */
export function mentionsHtxFunction(formula: string): boolean {
  return /(?:_xldudf_HTX_|HTX\.)/i.test(formula);
}
