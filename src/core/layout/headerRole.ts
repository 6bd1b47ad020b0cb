/**
 * The role of one header text: row-number, label, unit or note column, a unit line that is not
 * a column header at all ("Đơn vị tính: HTX"), or a value column (a period, a comparison, a year,
 * an indicator, a funding source, a total).
 */
import {
  breakdownLabelColumnLabels,
  labelColumnLabels,
  noteColumnLabels,
  sttLabels,
  totalLabels,
  unitColumnLabels,
  unitListLabelColumnLabels,
} from '../catalog/headerLabels';
import { readPeriod } from './classifyPeriodColumn';
import { unitNoteOf } from './detectUnits';
import { matchFunding, matchMeasure } from './matchIndicator';
import { memoByText } from './memoByText';
import {
  compilePhrases,
  isOneOf,
  isYearToken,
  leadingPhrase,
  startsWithPhrase,
  tokensOf,
  type Tokens,
} from './phrases';

export type HeaderRole = 'stt' | 'label' | 'unit' | 'note' | 'unit-note' | 'value' | 'none';

const stt = compilePhrases(sttLabels);
const labels = compilePhrases(labelColumnLabels);
const breakdownLabels = compilePhrases(breakdownLabelColumnLabels);
const unitListLabels = compilePhrases(unitListLabelColumnLabels);
const unitColumns = compilePhrases(unitColumnLabels);
const notes = compilePhrases(noteColumnLabels);
const totals = compilePhrases(totalLabels);

export function isTotalText(tokens: Tokens): boolean {
  return isOneOf(tokens, totals);
}

export function isBreakdownLabelHeader(tokens: Tokens): boolean {
  return leadingPhrase(tokens, breakdownLabels) !== undefined;
}

/** "Tên hợp tác xã": the rows are named cooperatives, a list rather than a table of figures. */
export function isUnitListHeader(tokens: Tokens): boolean {
  return leadingPhrase(tokens, unitListLabels) !== undefined;
}

/** The role of a header text, decided once per distinct text (headers repeat on every sheet). */
export const headerRole: (text: string) => HeaderRole = memoByText((text) =>
  roleOf(text, tokensOf(text)),
);

function roleOf(text: string, tokens: Tokens): HeaderRole {
  if (tokens.length === 0) return 'none';
  if (unitNoteOf(text) !== undefined) return 'unit-note';
  if (isOneOf(tokens, stt)) return 'stt';
  if (leadingPhrase(tokens, unitColumns)) return 'unit';
  if (leadingPhrase(tokens, notes)) return 'note';
  if (isValueHeader(text, tokens)) return 'value';
  if (leadingPhrase(tokens, labels) || startsWithPhrase(tokens, ['don', 'vi'])) return 'label';
  return 'none';
}

function isValueHeader(text: string, tokens: Tokens): boolean {
  if (tokens.some(isYearToken)) return true;
  if (readPeriod(tokens, text).period) return true;
  if (isTotalText(tokens)) return true;
  if (matchFunding(tokens)) return true;
  return matchMeasure(tokens) !== undefined;
}
