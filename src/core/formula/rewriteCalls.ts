/**
 * Rewrites chosen function calls in a formula and leaves every other character as it was.
 * Calls are visited innermost first, so a rewrite sees its arguments already rewritten (an
 * `HTX.GROWTH` inside an `HTX.ATTAINMENT` is converted before the outer call is).
 */
import { parseFormula, trimSequence, type FormulaNode, type FormulaSequence } from './parseFormula';

export type CallNode = Extract<FormulaNode, { kind: 'call' }>;

export interface CallContext {
  /** The function name as written, e.g. `_xldudf_HTX_ATTAINMENT`. */
  name: string;
  /** Each argument's text, already rewritten, without surrounding whitespace. */
  args: string[];
  /**
   * The call is the whole of its argument, group or formula, so its replacement needs no
   * parentheses of its own to keep precedence (`=HTX.GROWTH(a,b)` vs `=HTX.GROWTH(a,b)*100`).
   */
  alone: boolean;
}

/** Returns the replacement text, or undefined to keep the call (with rewritten arguments). */
export type CallRewriter = (call: CallContext) => string | undefined;

export function rewriteCalls(formula: string, rewrite: CallRewriter): string {
  const nodes = parseFormula(formula);
  return rewriteSequence(nodes, rewrite, isAlone(withoutLeadingEquals(nodes)));
}

function rewriteSequence(
  nodes: FormulaSequence,
  rewrite: CallRewriter,
  alone: (node: FormulaNode) => boolean,
): string {
  return nodes.map((node) => rewriteNode(node, rewrite, alone(node))).join('');
}

function rewriteNode(node: FormulaNode, rewrite: CallRewriter, alone: boolean): string {
  switch (node.kind) {
    case 'token':
      return node.token.text;
    case 'group':
    case 'array':
      return (
        node.open.text + rewriteSequence(node.body, rewrite, isAlone(node.body)) + node.close.text
      );
    case 'call': {
      const rewritten = node.args.map((arg) => rewriteSequence(arg, rewrite, isAlone(arg)));
      const replacement = rewrite({
        name: node.name.text,
        args: rewritten.map((text) => text.trim()),
        alone,
      });
      if (replacement !== undefined) return replacement;
      const args = rewritten.map((text, i) => text + (node.separators[i]?.text ?? ''));
      return node.name.text + node.open.text + args.join('') + node.close.text;
    }
  }
}

/** A predicate telling whether a node is the only non-blank node of `nodes`. */
function isAlone(nodes: FormulaSequence): (node: FormulaNode) => boolean {
  const trimmed = trimSequence(nodes);
  return (node) => trimmed.length === 1 && trimmed[0] === node;
}

/** A formula may be given with its "=": the call after it is still alone. */
function withoutLeadingEquals(nodes: FormulaSequence): FormulaSequence {
  const trimmed = trimSequence(nodes);
  const first = trimmed[0];
  return first?.kind === 'token' && first.token.kind === 'operator' && first.token.text === '='
    ? trimmed.slice(1)
    : nodes;
}
