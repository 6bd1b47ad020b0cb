/**
 * How Excel turns what is written into `values` or `formulas` into a cell (as if typed), and
 * how it reports a cell back through `values`, `formulas` and `valueTypes`.
 */
import type { Cell, Scalar } from './state';

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!'];

/** What a written input makes of a cell; undefined clears it. */
export function cellOfInput(input: Scalar): Cell | undefined {
  if (input === '') return undefined;
  if (typeof input !== 'string') return { value: input };
  // A leading apostrophe is Excel's quote prefix: the rest is text, whatever it looks like.
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith('=')) return { value: 0, formula: input };
  if (input.trim() !== '' && Number.isFinite(Number(input))) return { value: Number(input) };
  // "+A1" and "-A1" are typed formulas in Excel (DESIGN.md §3, formula injection).
  if (/^[+-]/.test(input)) return { value: 0, formula: `=${input}` };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === 'true' };
  if (ERRORS.includes(input.toUpperCase())) return { value: input.toUpperCase(), error: true };
  return { value: input };
}

export function valueOf(cell: Cell | undefined): Scalar {
  return cell ? cell.value : '';
}

/**
 * A formula cell's formula, else its value. A quote-prefixed text comes back without its
 * apostrophe, as Office.js does (https://github.com/OfficeDev/office-js/issues/6687).
 */
export function formulaOf(cell: Cell | undefined): Scalar {
  if (!cell) return '';
  return cell.formula ?? cell.value;
}

export function valueTypeOf(cell: Cell | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return cell.value === '' ? 'Empty' : 'String';
}

/** The spec's shorthand: a string starting with "=" is a formula, anything else a value. */
export type FakeCellSpec =
  | Scalar
  | {
      value?: Scalar;
      formula?: string;
      /** An error value such as "#REF!"; with `formula`, its cached result. */
      error?: string;
      /** Text kept as text even when it starts with "=" (typed with an apostrophe). */
      text?: string;
      numberFormat?: string;
      /** A solid fill, "#RRGGBB". */
      fill?: string;
    };

export function cellOfSpec(spec: FakeCellSpec): Cell | undefined {
  if (typeof spec !== 'object') return cellOfInput(spec);
  if (spec.text !== undefined) return { value: spec.text, quotePrefix: true };
  if (spec.error !== undefined) return { value: spec.error, error: true, formula: spec.formula };
  if (spec.formula !== undefined) return { value: spec.value ?? 0, formula: spec.formula };
  return spec.value === undefined ? undefined : { value: spec.value };
}
