/**
 * A tiny evaluator of the formulas the summary writes, for unit tests without a spreadsheet
 * (LibreOffice proves them for real in test/summary). It knows only the functions the summary
 * uses, and it refuses to turn a fractional number into text with `&`: that conversion follows
 * the reader's locale ("1.5" or "1,5"), so the formulas must never rely on it.
 */
import { tokenizeFormula, type Token } from '../formula/tokenizeFormula';
import { roundHalfAwayFromZero } from '../numbers/roundHalfAwayFromZero';

export type Value = number | string | boolean;

const PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

export function evaluateFormula(
  formula: string,
  cell: (reference: string) => Value | undefined,
): Value {
  const tokens = tokenizeFormula(formula).filter((t) => t.kind !== 'whitespace');
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const take = (): Token => tokens[i++];

  const expression = (minimum = 0): Value => {
    let left = unary();
    for (;;) {
      const op = peek();
      if (!op || op.kind !== 'operator' || !(op.text in PRECEDENCE)) return left;
      const precedence = PRECEDENCE[op.text];
      if (precedence < minimum) return left;
      take();
      const right = expression(op.text === '^' ? precedence : precedence + 1);
      left = binary(op.text, left, right);
    }
  };
  const unary = (): Value => {
    const token = peek();
    if (token?.kind === 'operator' && (token.text === '-' || token.text === '+')) {
      take();
      const value = number(unary());
      return token.text === '-' ? -value : value;
    }
    return primary();
  };
  const primary = (): Value => {
    const token = take();
    switch (token.kind) {
      case 'number':
        return Number(token.text);
      case 'string':
        return token.text.slice(1, -1).replace(/""/g, '"');
      case 'boolean':
        return token.text.toUpperCase() === 'TRUE';
      case 'reference': {
        const value = cell(token.text);
        return value === undefined ? '' : value;
      }
      case 'open': {
        const value = expression();
        take();
        return value;
      }
      case 'function': {
        take(); // "("
        const args: (() => Value)[] = [];
        while (peek()?.kind !== 'close') {
          const start = i;
          let depth = 0;
          while (depth > 0 || (peek()?.kind !== 'separator' && peek()?.kind !== 'close')) {
            if (peek()?.kind === 'open' || peek()?.kind === 'function')
              depth += peek()?.kind === 'open' ? 1 : 0;
            if (peek()?.kind === 'close') depth--;
            i++;
          }
          const end = i;
          args.push(() => sub(start, end));
          if (peek()?.kind === 'separator') take();
        }
        take(); // ")"
        return call(token.text.toUpperCase(), args);
      }
      default:
        throw new Error(`Unexpected ${token.text}`);
    }
  };
  /** Evaluates tokens [start, end) on their own, lazily, as IF does. */
  const sub = (start: number, end: number): Value => {
    const saved = i;
    i = start;
    const value = expression();
    if (i !== end) throw new Error(`Could not read argument at ${tokens[start].text}`);
    i = saved;
    return value;
  };
  const value = expression();
  if (i !== tokens.length) throw new Error(`Unexpected ${tokens[i].text}`);
  return value;
}

function number(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === '') return 0;
  throw new Error(`#VALUE!: "${value}" is not a number`);
}

function text(value: Value): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (!Number.isInteger(value)) throw new Error(`Locale-dependent: ${value} turned into text`);
  return String(value);
}

function binary(op: string, a: Value, b: Value): Value {
  switch (op) {
    case '&':
      return text(a) + text(b);
    case '+':
      return number(a) + number(b);
    case '-':
      return number(a) - number(b);
    case '*':
      return number(a) * number(b);
    case '/':
      if (number(b) === 0) throw new Error('#DIV/0!');
      return number(a) / number(b);
    case '^':
      return number(a) ** number(b);
    default:
      return compare(op, a, b);
  }
}

/** Excel orders numbers before text before booleans. */
function compare(op: string, a: Value, b: Value): boolean {
  const rank = (v: Value) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const order = rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  return {
    '=': order === 0,
    '<>': order !== 0,
    '<': order < 0,
    '>': order > 0,
    '<=': order <= 0,
    '>=': order >= 0,
  }[op]!;
}

function call(name: string, args: (() => Value)[]): Value {
  const n = (k: number) => number(args[k]());
  switch (name) {
    case 'IF':
      return args[0]() === true || (typeof args[0]() === 'number' && args[0]() !== 0)
        ? args[1]()
        : args[2]
          ? args[2]()
          : false;
    case 'AND':
      return args.every((arg) => arg() === true);
    case 'OR':
      return args.some((arg) => arg() === true);
    case 'NOT':
      return args[0]() !== true;
    case 'ISNUMBER':
      return typeof args[0]() === 'number';
    case 'ROUND':
      return roundHalfAwayFromZero(n(0), n(1));
    case 'ABS':
      return Math.abs(n(0));
    case 'INT':
      return Math.floor(n(0));
    case 'MOD':
      return n(0) - n(1) * Math.floor(n(0) / n(1));
    case 'RIGHT': {
      const value = text(args[0]());
      const count = n(1);
      return count === 0 ? '' : value.slice(-count);
    }
    case 'REPT':
      return text(args[0]()).repeat(n(1));
    case 'HYPERLINK':
      return args[1] ? args[1]() : args[0]();
    default:
      throw new Error(`The test evaluator does not know ${name}`);
  }
}
