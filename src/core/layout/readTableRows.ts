/**
 * Reads the data rows of a table: the STT marker and label (the marker may sit in its own column
 * or in front of the label, and a merged "I. HỢP TÁC XÃ" may fill both), the unit, the figures of
 * every value column, and the clues the row tree needs.
 */
import { cellAddress } from '../workbook/address';
import type { PeriodColumn, TableCell } from './appendixTable';
import type { RowDraft } from './buildRowTree';
import { unitInParentheses } from './detectUnits';
import { blockOf, matchMeasure } from './matchIndicator';
import type { Tokens } from './phrases';
import { readCellNumber } from './readCellNumber';
import {
  isTotalLabel,
  isTotalLike,
  opensChildren,
  parseMarker,
  readPrefix,
  tokensOf,
  type Marker,
} from './readRowLabels';
import type { SheetGrid } from './sheetGrid';

export interface RowReading {
  index: number;
  draft: RowDraft;
  marker?: string;
  text: string;
  tokens: Tokens;
  unit?: string;
  cells: Record<string, TableCell>;
}

export interface RowColumns {
  sttCol?: number;
  labelCol?: number;
  left: number;
  right: number;
  columns: readonly PeriodColumn[];
}

export function readTableRows(
  grid: SheetGrid,
  layout: RowColumns,
  first: number,
  last: number,
): RowReading[] {
  const valueColumns = layout.columns.filter((c) => c.period !== 'unit' && c.period !== 'note');
  const unitColumn = layout.columns.find((c) => c.period === 'unit');
  const taken = new Set(layout.columns.map((c) => c.index));
  const rows: RowReading[] = [];
  for (let r = first; r <= last; r++) {
    if (isBlankRow(grid, r, layout.left, layout.right)) continue;
    const cells: Record<string, TableCell> = {};
    let hasFigures = false;
    for (const column of valueColumns) {
      const cell = grid.cell(r, column.index);
      cells[column.column] = readCellNumber(cellAddress(r, column.index), cell);
      if (!grid.isBlank(r, column.index)) hasFigures = true;
    }
    const { marker, label, labelCol } = readLabel(grid, layout, taken, r);
    const prefix = readPrefix(marker.rest);
    let kind = marker.kind;
    let printed = marker.marker;
    let text = prefix.rest;
    if (kind === 'none' && prefix.prefix) {
      const inner = parseMarker(prefix.rest);
      if (inner.kind !== 'none') ({ kind, marker: printed, rest: text } = inner);
    }
    const tokens = tokensOf(text);
    const draft: RowDraft = {
      kind,
      indent: labelCol === undefined ? 0 : grid.leadingSpaces(r, labelCol),
      hasText: label !== '',
      hasFigures,
      total: isTotalLabel(text, tokens),
      totalLike: isTotalLike(tokens),
    };
    const block = tokens.length > 0 ? blockOf(tokens) : undefined;
    if (block) draft.block = block;
    if (prefix.prefix && prefix.rest === '') draft.heading = prefix.prefix;
    else if (prefix.prefix) draft.prefix = prefix.prefix;
    const opens = opensChildren(text, tokens);
    if (opens) draft.opens = opens;
    const measure = matchMeasure(tokens)?.measure;
    if (measure) draft.measure = measure;
    const row: RowReading = { index: r, draft, text: label, tokens, cells };
    if (printed !== undefined) row.marker = printed;
    const unit = unitOf(grid, r, unitColumn, label);
    if (unit) row.unit = unit;
    rows.push(row);
  }
  return rows;
}

function isBlankRow(grid: SheetGrid, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!grid.isBlank(r, c)) return false;
  return true;
}

/**
 * The marker and the label text of a row. The label keeps the text as read, without the marker
 * when the marker was typed in front of it ("- Đang hoạt động" → "Đang hoạt động").
 */
function readLabel(
  grid: SheetGrid,
  layout: RowColumns,
  taken: ReadonlySet<number>,
  r: number,
): { marker: Marker; label: string; labelCol?: number } {
  const stt = layout.sttCol === undefined ? '' : grid.text(r, layout.sttCol);
  let labelCol = layout.labelCol;
  if (labelCol === undefined || grid.text(r, labelCol) === '') {
    for (let c = layout.left; c <= layout.right; c++) {
      if (c === layout.sttCol || taken.has(c)) continue;
      if (grid.text(r, c) !== '' && typeof grid.value(r, c) === 'string') {
        labelCol = c;
        break;
      }
    }
  }
  const own = labelCol === undefined ? '' : grid.text(r, labelCol);
  const sttMarker = parseMarker(stt);
  if (stt !== '' && own === '' && sttMarker.rest !== '') {
    // "I. HỢP TÁC XÃ" typed in the STT cell and merged over the label cell.
    return { marker: sttMarker, label: sttMarker.rest, labelCol: layout.sttCol };
  }
  if (stt !== '' && sttMarker.kind !== 'none') {
    const inLabel = parseMarker(own);
    const marker = { ...sttMarker, rest: isBullet(inLabel) ? inLabel.rest : own };
    return { marker, label: marker.rest, labelCol };
  }
  const marker = parseMarker(own);
  return { marker, label: marker.kind === 'none' ? own : marker.rest, labelCol };
}

function isBullet(marker: Marker): boolean {
  return marker.kind === 'dash' || marker.kind === 'plus' || marker.kind === 'star';
}

function unitOf(
  grid: SheetGrid,
  r: number,
  unitColumn: PeriodColumn | undefined,
  label: string,
): string | undefined {
  if (unitColumn) {
    const text = grid.text(r, unitColumn.index);
    if (text !== '') return text;
  }
  return unitInParentheses(label);
}
