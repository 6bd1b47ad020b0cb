/**
 * Moves the relative references of a formula by whole rows and columns, the way Excel fills a
 * formula down or across. Used to give each cell of a shared formula its own formula when the
 * cell that carried the shared text is overwritten (ECMA-376 Part 1 §18.3.1.40: the other
 * cells of the group hold no text of their own).
 */
import { columnIndex, columnLetters } from '../../core/workbook/address';

const cellPattern = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const columnRangePattern = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/y;
const rowRangePattern = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_(.])/y;

const maxRows = 1_048_576;
const maxColumns = 16_384;

export function shiftFormula(formula: string, rows: number, columns: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      const end = closingBracket(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const boundary = i === 0 || !/[A-Za-z0-9_.$]/.test(formula[i - 1]);
    const matched = boundary ? matchReference(formula, i, rows, columns) : undefined;
    if (matched) {
      out += matched.text;
      i = matched.end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function matchReference(formula: string, at: number, rows: number, columns: number) {
  columnRangePattern.lastIndex = at;
  let m = columnRangePattern.exec(formula);
  if (m) {
    return {
      text: `${col(m[1], m[2], columns)}:${col(m[3], m[4], columns)}`,
      end: columnRangePattern.lastIndex,
    };
  }
  rowRangePattern.lastIndex = at;
  m = rowRangePattern.exec(formula);
  if (m)
    return {
      text: `${row(m[1], m[2], rows)}:${row(m[3], m[4], rows)}`,
      end: rowRangePattern.lastIndex,
    };
  cellPattern.lastIndex = at;
  m = cellPattern.exec(formula);
  if (m && !/[A-Za-z0-9_(!]/.test(formula[cellPattern.lastIndex] ?? '')) {
    const c = col(m[1], m[2], columns);
    const r = row(m[3], m[4], rows);
    return {
      text: c === '#REF!' || r === '#REF!' ? '#REF!' : `${c}${r}`,
      end: cellPattern.lastIndex,
    };
  }
  return undefined;
}

function col(dollar: string, letters: string, by: number): string {
  if (dollar) return `$${letters}`;
  const index = columnIndex(letters) + by;
  return index < 0 || index >= maxColumns ? '#REF!' : columnLetters(index);
}

function row(dollar: string, digits: string, by: number): string {
  if (dollar) return `$${digits}`;
  const index = Number(digits) + by;
  return index < 1 || index > maxRows ? '#REF!' : String(index);
}

function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}
