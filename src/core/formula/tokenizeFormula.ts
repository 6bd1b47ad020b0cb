/**
 * A small tokenizer for Excel formulas as files store them (English names, "," between
 * arguments, no leading "=" — though one is tolerated). It is lossless: the tokens' texts joined
 * give the formula back byte for byte, so a rewrite can replace one call and leave every other
 * character as the user (or Excel) wrote it.
 *
 * It knows enough to find function calls and their arguments: strings with doubled quotes,
 * sheet-qualified references (`'PL I'!G13`, `Sheet1!A1:B2`, `[1]Sheet1!A1`), structured
 * references (`Table1[[#This Row],[Col]]`), numbers, error literals, operators, parentheses and
 * array constants (`{1,2;3,4}`). It does not validate the formula.
 */

export type TokenKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'error'
  /** A cell, a range end, a whole row/column part, possibly sheet-qualified. */
  | 'reference'
  /** A defined name, a table name, or a word that is none of the others. */
  | 'name'
  /** A function name: a word immediately followed by "(". */
  | 'function'
  | 'open'
  | 'close'
  /** "," between arguments (or the union operator) and between array columns. */
  | 'separator'
  /** ";" between the rows of an array constant. */
  | 'rowSeparator'
  | 'arrayOpen'
  | 'arrayClose'
  | 'operator'
  | 'whitespace';

export interface Token {
  kind: TokenKind;
  /** Exactly the characters of the formula this token covers. */
  text: string;
  /** Offset of the first character in the formula. */
  start: number;
}

/** A formula we cannot split into tokens (an unterminated string or sheet name). */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly formula: string,
    readonly position: number,
    reason: string,
  ) {
    super(`${reason} at ${position} in formula: ${formula}`);
    this.name = 'FormulaSyntaxError';
  }
}

const WHITESPACE = /[ \t\r\n\u00a0]+/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/iy;
const ERROR =
  /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)/iy;
const OPERATORS = [
  '<>',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '=',
  '<',
  '>',
  '%',
  ':',
  '@',
  '#',
];
/** Characters of an unquoted word: names, references, sheet prefixes, `_xlfn.` prefixes. */
const WORD_CHAR = /[\p{L}\p{N}_.$!\\?]/u;
const REFERENCE =
  /^(?:.*!)?(?:\$?[A-Z]{1,3}\$?\d+|\$?[A-Z]{1,3}|\$?\d+|R(?:\[-?\d+\]|\d+)?C(?:\[-?\d+\]|\d+)?|#REF!)$/i;

export function tokenizeFormula(formula: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: formula.slice(position, end), start: position });
    position = end;
  };
  while (position < formula.length) {
    const char = formula[position];
    const sticky = (pattern: RegExp) => {
      pattern.lastIndex = position;
      return pattern.exec(formula);
    };
    if (char === '"') push('string', endOfQuoted(formula, position, '"'));
    else if (char === "'")
      push('reference', endOfWord(formula, endOfQuoted(formula, position, "'")));
    else if (char === '(') push('open', position + 1);
    else if (char === ')') push('close', position + 1);
    else if (char === ',') push('separator', position + 1);
    else if (char === ';') push('rowSeparator', position + 1);
    else if (char === '{') push('arrayOpen', position + 1);
    else if (char === '}') push('arrayClose', position + 1);
    else if (sticky(WHITESPACE)) push('whitespace', WHITESPACE.lastIndex);
    else if (sticky(ERROR)) push('error', ERROR.lastIndex);
    else if (/\d/.test(char) || (char === '.' && /\d/.test(formula[position + 1] ?? ''))) {
      // "1:3" (whole rows) reads as number, ":", number: harmless, since nothing here
      // needs to tell a row range from arithmetic.
      NUMBER.lastIndex = position;
      NUMBER.exec(formula);
      push('number', NUMBER.lastIndex);
    } else if (WORD_CHAR.test(char) || char === '[') {
      const end = endOfWord(formula, position);
      push(classifyWord(formula.slice(position, end), formula[end]), end);
    } else {
      const operator = OPERATORS.find((op) => formula.startsWith(op, position));
      if (!operator) throw new FormulaSyntaxError(formula, position, `Unexpected "${char}"`);
      push('operator', position + operator.length);
    }
  }
  return tokens;
}

/** The end (exclusive) of a "…" string or '…' sheet name whose quotes inside are doubled. */
function endOfQuoted(formula: string, start: number, quote: string): number {
  let index = start + 1;
  for (;;) {
    const next = formula.indexOf(quote, index);
    if (next < 0) throw new FormulaSyntaxError(formula, start, `Unterminated ${quote}`);
    if (formula[next + 1] !== quote) return next + 1;
    index = next + 2;
  }
}

/** A word runs over word characters and whole bracket groups (`[1]Sheet1!A1`, `T[[#All],[X]]`). */
function endOfWord(formula: string, start: number): number {
  let index = start;
  while (index < formula.length) {
    const char = formula[index];
    if (char === '[') index = endOfBrackets(formula, index);
    else if (WORD_CHAR.test(char)) index++;
    // `Sheet1!#REF!`: the error literal belongs to the reference.
    else if (char === '#' && formula[index - 1] === '!' && formula.startsWith('#REF!', index))
      index += 5;
    else break;
  }
  return index;
}

function endOfBrackets(formula: string, start: number): number {
  let depth = 0;
  for (let index = start; index < formula.length; index++) {
    // Inside structured references "'" escapes the next character (`[Sales'[EUR']]`).
    if (formula[index] === "'") index++;
    else if (formula[index] === '[') depth++;
    else if (formula[index] === ']' && --depth === 0) return index + 1;
  }
  throw new FormulaSyntaxError(formula, start, 'Unterminated [');
}

function classifyWord(word: string, next: string | undefined): TokenKind {
  if (next === '(') return 'function';
  if (/^(?:TRUE|FALSE)$/i.test(word)) return 'boolean';
  if (word.startsWith("'") || REFERENCE.test(word)) return 'reference';
  return 'name';
}
