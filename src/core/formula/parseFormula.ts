/**
 * Groups a formula's tokens by parentheses: function calls with their arguments, parenthesised
 * groups and array constants. Operator precedence is not parsed; a rewrite only needs to know
 * where each call and each argument begins and ends. Rendering a tree gives back exactly the
 * tokens' texts, so whatever a rewrite does not replace stays byte-identical.
 */
import { FormulaSyntaxError, tokenizeFormula, type Token } from './tokenizeFormula';

export type FormulaNode =
  | { kind: 'token'; token: Token }
  | {
      kind: 'call';
      /** The function name as written, e.g. `_xldudf_HTX_ATTAINMENT` or `SUM`. */
      name: Token;
      open: Token;
      /** One sequence per argument; an empty argument (`F(,1)`) is an empty or blank sequence. */
      args: FormulaNode[][];
      separators: Token[];
      close: Token;
    }
  | { kind: 'group'; open: Token; body: FormulaNode[]; close: Token }
  | { kind: 'array'; open: Token; body: FormulaNode[]; close: Token };

export type FormulaSequence = FormulaNode[];

export function parseFormula(formula: string): FormulaSequence {
  const tokens = tokenizeFormula(formula);
  const parser = new Parser(formula, tokens);
  const sequence = parser.sequence(new Set());
  if (!parser.done()) throw parser.unexpected();
  return sequence;
}

class Parser {
  private index = 0;

  constructor(
    private readonly formula: string,
    private readonly tokens: Token[],
  ) {}

  done(): boolean {
    return this.index >= this.tokens.length;
  }

  unexpected(): FormulaSyntaxError {
    const token = this.tokens[this.index];
    return token
      ? new FormulaSyntaxError(this.formula, token.start, `Unexpected "${token.text}"`)
      : new FormulaSyntaxError(this.formula, this.formula.length, 'Unexpected end');
  }

  /** Nodes up to (not including) a token whose kind is in `stops`, or the end. */
  sequence(stops: Set<Token['kind']>): FormulaSequence {
    const nodes: FormulaSequence = [];
    while (!this.done() && !stops.has(this.tokens[this.index].kind)) nodes.push(this.node());
    return nodes;
  }

  private node(): FormulaNode {
    const token = this.tokens[this.index++];
    switch (token.kind) {
      case 'function':
        return this.call(token);
      case 'open': {
        const body = this.sequence(new Set(['close']));
        return { kind: 'group', open: token, body, close: this.expect('close') };
      }
      case 'arrayOpen': {
        const body = this.sequence(new Set(['arrayClose']));
        return { kind: 'array', open: token, body, close: this.expect('arrayClose') };
      }
      case 'close':
      case 'arrayClose':
        this.index--;
        throw this.unexpected();
      default:
        return { kind: 'token', token };
    }
  }

  private call(name: Token): FormulaNode {
    const open = this.expect('open');
    const args: FormulaNode[][] = [];
    const separators: Token[] = [];
    const stops = new Set<Token['kind']>(['separator', 'close']);
    for (;;) {
      args.push(this.sequence(stops));
      const token = this.tokens[this.index];
      if (token?.kind !== 'separator') break;
      separators.push(token);
      this.index++;
    }
    // `F()` has no argument rather than one empty one.
    if (args.length === 1 && args[0].length === 0) args.pop();
    return { kind: 'call', name, open, args, separators, close: this.expect('close') };
  }

  private expect(kind: Token['kind']): Token {
    const token = this.tokens[this.index];
    if (token?.kind !== kind) throw this.unexpected();
    this.index++;
    return token;
  }
}

/** The formula text of a sequence, exactly as the tokens were written. */
export function renderSequence(nodes: readonly FormulaNode[]): string {
  return nodes.map(renderNode).join('');
}

export function renderNode(node: FormulaNode): string {
  switch (node.kind) {
    case 'token':
      return node.token.text;
    case 'call': {
      const args = node.args.map(
        (arg, i) => renderSequence(arg) + (node.separators[i]?.text ?? ''),
      );
      return node.name.text + node.open.text + args.join('') + node.close.text;
    }
    case 'group':
    case 'array':
      return node.open.text + renderSequence(node.body) + node.close.text;
  }
}

/** The nodes without leading and trailing whitespace tokens. */
export function trimSequence(nodes: readonly FormulaNode[]): FormulaNode[] {
  let start = 0;
  let end = nodes.length;
  const blank = (node: FormulaNode | undefined) =>
    node?.kind === 'token' && node.token.kind === 'whitespace';
  while (start < end && blank(nodes[start])) start++;
  while (end > start && blank(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}
