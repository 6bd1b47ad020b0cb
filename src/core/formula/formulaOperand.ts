/**
 * What a piece of formula text is, seen as an operand: a string literal, a number, a reference,
 * a blank, or some other expression; and whether it can stand next to an operator without
 * parentheses. Used to build replacement formulas that keep the precedence the user meant.
 */
import { parseFormula, trimSequence, type FormulaNode } from './parseFormula';

export type OperandKind = 'blank' | 'string' | 'number' | 'reference' | 'expression';

export interface Operand {
  text: string;
  kind: OperandKind;
  /** One token, one call or one parenthesised group: safe beside any operator. */
  atomic: boolean;
  /** For a string literal, its value with doubled quotes undone. */
  stringValue?: string;
}

export function operandOf(text: string): Operand {
  const nodes = trimSequence(parseFormula(text));
  const trimmed = text.trim();
  if (nodes.length === 0) return { text: trimmed, kind: 'blank', atomic: true };
  if (nodes.length === 1) return single(trimmed, nodes[0]);
  // `A1:B2`, `'PL I'!C5:C7`: a range is references around ":".
  const tokens = nodes.map((node) => (node.kind === 'token' ? node.token : undefined));
  const isRange =
    tokens.length === 3 &&
    tokens[0]?.kind === 'reference' &&
    tokens[1]?.text === ':' &&
    (tokens[2]?.kind === 'reference' || tokens[2]?.kind === 'number');
  return { text: trimmed, kind: isRange ? 'reference' : 'expression', atomic: false };
}

function single(text: string, node: FormulaNode): Operand {
  if (node.kind !== 'token') return { text, kind: 'expression', atomic: true };
  switch (node.token.kind) {
    case 'string':
      return {
        text,
        kind: 'string',
        atomic: true,
        stringValue: text.slice(1, -1).replace(/""/g, '"'),
      };
    case 'number':
      return { text, kind: 'number', atomic: true };
    case 'reference':
    case 'name':
      return { text, kind: 'reference', atomic: true };
    default:
      return { text, kind: 'expression', atomic: true };
  }
}

/** The operand as it must be written beside an operator. */
export function parenthesised(operand: Pick<Operand, 'text' | 'atomic'>): string {
  return operand.atomic ? operand.text : `(${operand.text})`;
}

/**
 * A number as a formula literal: JavaScript's shortest round-trip digits, which Excel and
 * LibreOffice read back to the same double ("1e-7" is written "1E-7").
 */
export function numberLiteral(value: number): string {
  return String(value).replace('e', 'E');
}
