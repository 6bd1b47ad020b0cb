/**
 * Units as the sheet states them, in three places: a unit column ("Đơn vị tính" / "ĐVT"), a
 * parenthesis in a header or label ("Doanh thu (triệu đồng/HTX/năm)", "So sánh (%)"), or a line
 * above the table ("Đơn vị tính: Triệu đồng"). Units are returned as written (normalised text).
 */
import { unitNoteLabels, unitWords } from '../catalog/headerLabels';
import { compilePhrases, hasAnyPhrase, isOneOf, isYearToken, tokensOf } from './phrases';

const unitNotes = compilePhrases(unitNoteLabels);
const units = compilePhrases(unitWords);

/** "Đơn vị tính: Triệu đồng" or "(ĐVT: HTX)" → the unit; undefined when not such a line. */
export function unitNoteOf(text: string): string | undefined {
  const inner = text.replace(/^\s*\(\s*/, '').replace(/\s*\)\s*$/, '');
  const colon = inner.search(/[:：]/);
  if (colon < 0 || colon > 30) return undefined;
  if (!isOneOf(tokensOf(inner.slice(0, colon)), unitNotes)) return undefined;
  const unit = inner.slice(colon + 1).trim();
  return unit === '' ? undefined : unit;
}

/** A unit note anywhere inside a longer line: "Biểu 01 (Đơn vị tính: HTX)". */
export function unitNoteIn(text: string): string | undefined {
  const whole = unitNoteOf(text);
  if (whole) return whole;
  const match = /(?:đơn\s+vị\s+tính|đvt|don\s+vi\s+tinh|dvt)\s*[:：]\s*([^;)\n]+)/iu.exec(text);
  return match ? match[1].trim() || undefined : undefined;
}

/** True when a text reads like a unit: "Triệu đồng/năm", "HTX", "%", "Người". */
export function looksLikeUnit(text: string): boolean {
  const tokens = tokensOf(text);
  if (tokens.length === 0 || tokens.length > 6) return false;
  if (tokens.some(isYearToken)) return false;
  return hasAnyPhrase(tokens, units);
}

/** The unit in the last parenthesis of a header or label: "So sánh (%)" → "%". */
export function unitInParentheses(text: string): string | undefined {
  const matches = [...text.matchAll(/\(([^()]{1,60})\)/g)];
  for (let i = matches.length - 1; i >= 0; i--) {
    const inner = matches[i][1].trim();
    const note = unitNoteOf(inner);
    if (note) return note;
    if (looksLikeUnit(inner)) return inner;
  }
  return undefined;
}
