/**
 * Builds the `=HTX.ID(…)` formula the function guide inserts, from what the user typed or picked
 * for each parameter. Written the way `range.formulas` wants it (DESIGN.md §5): the English id
 * and `,` between arguments, whatever the language of the pane or of Excel.
 */
import { functionNamespace, type FunctionInfo } from '../core/catalog/functionCatalog';
import {
  formatReference,
  isSingleCell,
  parseReference,
  sameSheet,
  type CellReference,
} from './cellReference';

export type ArgumentValue =
  | { kind: 'reference'; reference: CellReference }
  | { kind: 'number'; text: string }
  | { kind: 'text'; text: string };

/** Why an argument cannot go into the formula; each has a message in the UI catalogues. */
export type ArgumentProblem =
  'missing' | 'not-understood' | 'needs-range' | 'needs-cell' | 'ambiguous-number';

export type ParsedArgument =
  | { value: ArgumentValue; problem?: undefined }
  | { value?: undefined; problem: ArgumentProblem }
  | { value?: undefined; problem?: undefined }; // left blank

export interface FormulaDraft {
  /** The formula to write, when every argument is usable. */
  formula?: string;
  /** The formula so far, `…` standing for what is missing or wrong: shown before inserting. */
  preview: string;
  /** One entry per parameter. */
  problems: (ArgumentProblem | undefined)[];
  /** The references among the arguments, to keep the formula from pointing at its own cell. */
  references: CellReference[];
}

type Parameter = FunctionInfo['parameters'][number];

const PLACEHOLDER = '…';

export function parseArgument(raw: string, parameter: Pick<Parameter, 'range'>): ParsedArgument {
  const text = raw.trim();
  if (text === '') return {};
  const reference = parseReference(text);
  // A scalar parameter given several cells would make the function return #VALUE!.
  if (reference && !parameter.range && !isSingleCell(reference)) return { problem: 'needs-cell' };
  if (reference) return { value: { kind: 'reference', reference } };
  const number = parseNumberArgument(text);
  const literal = number ?? parseTextArgument(text);
  if (literal && parameter.range) return { problem: 'needs-range' };
  return literal ?? { problem: 'not-understood' };
}

/**
 * `sheet` is the sheet the formula goes to: references into it are written without the sheet
 * name, as Excel itself would show them.
 */
export function buildFunctionFormula(
  info: Pick<FunctionInfo, 'id' | 'parameters'>,
  raws: readonly string[],
  options: { sheet?: string } = {},
): FormulaDraft {
  const parsed = info.parameters.map((parameter, i) => parseArgument(raws[i] ?? '', parameter));
  const problems = parsed.map(
    (arg, i) => arg.problem ?? (!arg.value && !info.parameters[i].optional ? 'missing' : undefined),
  );
  const texts = parsed.map((arg, i) =>
    arg.value ? argumentText(arg.value, options.sheet) : problems[i] ? PLACEHOLDER : '',
  );
  // Blank optional arguments at the end are left out; one in the middle stays as an empty slot.
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  const body = `=${functionNamespace}.${info.id}(${texts.join(',')})`;
  const references = parsed.flatMap((arg) =>
    arg.value?.kind === 'reference' ? [arg.value.reference] : [],
  );
  const complete = problems.every((problem) => problem === undefined);
  return { ...(complete && { formula: body }), preview: body, problems, references };
}

function argumentText(value: ArgumentValue, sheet: string | undefined): string {
  if (value.kind !== 'reference') return value.text;
  const { reference } = value;
  return formatReference(sameSheet(reference.sheet, sheet) ? { area: reference.area } : reference);
}

/**
 * Numbers in English notation, as the formula needs them. A Vietnamese decimal comma ("4,5") is
 * read as the decimal point it means; "1.022" is refused because it reads 1022 in Vietnamese and
 * 1.022 in English, and guessing would put a wrong number in the workbook.
 */
function parseNumberArgument(text: string): ParsedArgument | undefined {
  const match = /^([+-]?)(\d*)(?:([.,])(\d+))?$/.exec(text);
  if (!match || (match[2] === '' && match[4] === undefined)) return undefined;
  const [, sign, whole, separator, fraction] = match;
  const grouped = /^[1-9]\d{0,2}$/.test(whole) && fraction?.length === 3;
  if (separator === '.' && grouped) {
    return { problem: 'ambiguous-number' };
  }
  const digits = fraction === undefined ? whole : `${whole || '0'}.${fraction}`;
  return { value: { kind: 'number', text: `${sign === '-' ? '-' : ''}${digits}` } };
}

/**
 * Text in double quotes, `""` for a quote inside, as in Excel. Curly quotes (Word's
 * autocorrect) count as straight ones. Bare words are refused: they are usually a mistyped
 * address, and Excel would read them as a name.
 */
function parseTextArgument(text: string): ParsedArgument | undefined {
  const straight = text.replace(/[\u201C\u201D\u201E]/g, '"');
  const match = /^"((?:[^"]|"")*)"$/.exec(straight);
  return match ? { value: { kind: 'text', text: `"${match[1].normalize('NFC')}"` } } : undefined;
}
