/**
 * The `<c>` element for a planned write. Text is always a string cell, never a formula, whatever
 * its first character (DESIGN.md §3); formulas carry no cached value, so no stale number shows
 * before the recalculation the workbook asks for on open.
 */
import type { CellWrite } from '../../core/plan/editPlan';
import { attributeText, escapeText } from './xmlText';
import { EditPlanError } from './editPlanError';

export interface CellContext {
  /** Qualified names, e.g. "c" or "x:c". */
  name: (local: string) => string;
  sharedString: (text: string) => number;
}

/** The cell's XML, or "" when a blank cell without a style needs no element at all. */
export function cellXml(
  address: string,
  style: number,
  write: CellWrite,
  context: CellContext,
): string {
  const c = context.name('c');
  const s = style === 0 ? undefined : style;
  const v = context.name('v');
  switch (write.kind) {
    case 'number':
      if (!Number.isFinite(write.value))
        throw new EditPlanError(`${address}: ${write.value} is not a number a cell can hold`);
      return `<${c}${attributeText({ r: address, s })}><${v}>${numberText(write.value)}</${v}></${c}>`;
    case 'text':
      return `<${c}${attributeText({ r: address, s, t: 's' })}><${v}>${context.sharedString(write.value)}</${v}></${c}>`;
    case 'boolean':
      return `<${c}${attributeText({ r: address, s, t: 'b' })}><${v}>${write.value ? 1 : 0}</${v}></${c}>`;
    case 'formula': {
      const f = context.name('f');
      const formula = write.formula.startsWith('=') ? write.formula.slice(1) : write.formula;
      return `<${c}${attributeText({ r: address, s })}><${f}>${escapeText(formula)}</${f}></${c}>`;
    }
    case 'blank':
      return s === undefined ? '' : `<${c}${attributeText({ r: address, s })}/>`;
  }
}

/** Shortest text that reads back as the same double; "-0" is written as 0. */
function numberText(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}
