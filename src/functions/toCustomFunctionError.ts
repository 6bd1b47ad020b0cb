/**
 * Turns a failed MeasureResult into the CustomFunctions.Error Excel shows: the error value the
 * foundation issue assigns to each code, and a message in the display language.
 */
import { functionInfo, type FunctionId } from '../core/catalog/functionCatalog';
import type { MeasureError, MeasureFailure, MeasureResult } from '../core/measures';
import { displayLanguage } from './displayLanguage';
import {
  cellPosition,
  formatNumber,
  messageFor,
  type MessageFacts,
  type MessageLanguage,
} from './messages';

const errorCodeOf: Record<MeasureError, keyof typeof CustomFunctions.ErrorCode> = {
  missing: 'notAvailable',
  'div-by-zero': 'divisionByZero',
  'not-a-number': 'invalidValue',
  'incompatible-units': 'invalidValue',
  'shares-not-whole': 'invalidValue',
  'shape-mismatch': 'invalidValue',
  'unknown-unit': 'invalidValue',
  'negative-plan': 'invalidNumber',
};

export function toCustomFunctionError(
  failure: MeasureFailure,
  functionId: FunctionId,
  language: MessageLanguage = displayLanguage(),
): CustomFunctions.Error {
  const facts = factsOf(failure, functionId, language);
  // Read the enum through the global at call time: the runtime provides it, not our bundle.
  const code = CustomFunctions.ErrorCode[errorCodeOf[failure.error]];
  return new CustomFunctions.Error(code, messageFor(failure.error, facts, language));
}

/** The value of a successful result; throws the translated error of a failed one. */
export function valueOrThrow<T>(result: MeasureResult<T>, functionId: FunctionId): T {
  if (result.ok) return result.value;
  throw toCustomFunctionError(result, functionId);
}

function factsOf(failure: MeasureFailure, functionId: FunctionId, language: MessageLanguage) {
  const detail = failure.detail ?? {};
  const facts: MessageFacts = {};
  const { argument, row, column, text, value, sum, unit } = detail;
  if (typeof argument === 'string') {
    const parameter = functionInfo(functionId).parameters.find((p) => p.id === argument);
    facts.argument = parameter ? parameter.name[language] : argument;
    facts.decimals = argument === 'decimals';
  }
  if (typeof row === 'number' && typeof column === 'number') {
    facts.cell = cellPosition(row, column, language);
  }
  if (text !== undefined) facts.text = String(text);
  const number = sum ?? value;
  if (typeof number === 'number') facts.value = formatNumber(number, language);
  if (unit !== undefined) facts.unit = String(unit);
  if (failure.error === 'shares-not-whole') facts.negativeShare = facts.cell !== undefined;
  if (failure.error === 'shape-mismatch') {
    facts.notALine = argument === 'shares' && typeof detail.shares === 'string';
    const shapes = ['shape', 'values', 'weights', 'shares']
      .map((key) => detail[key])
      .filter((shape): shape is string => typeof shape === 'string' && shape !== 'ragged');
    if (shapes.length > 0) facts.shapes = shapes;
  }
  return facts;
}
