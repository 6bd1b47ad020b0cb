/**
 * Applies one sheet's part of an edit plan to its worksheet XML: cells and row heights in
 * `<sheetData>`, then the used range, column widths, merges, conditional formats, data
 * validation, frozen panes and print setup, each element at its schema place.
 */
import type { CellEdit, CellStyle, SheetEdit } from '../../core/plan/editPlan';
import { AddressError, parseCellAddress } from '../../core/workbook/address';
import { prefixOf, startTagOf } from './xmlScanner';
import { attributesOf, setAttributes } from './xmlText';
import { replaceRange } from './schemaOrder';
import { patchSheetData, type CellChange, type SheetDataChanges } from './patchSheetData';
import { unshareFormulas } from './unshareFormulas';
import { columnStyles, setColumnWidths } from './columnWidths';
import { addMerges } from './mergeCells';
import { addConditionalFormats } from './conditionalFormats';
import { addDataValidations } from './dataValidations';
import { removeDataValidations } from './removeDataValidations';
import { setFrozenPanes } from './sheetView';
import { setPrintSetup } from './printSetup';
import { worksheetChild } from './worksheetChildren';
import { parseRange, rangeText, union, type CellRange } from './cellRange';
import { EditPlanError } from './editPlanError';

export interface WorksheetContext {
  sharedString(text: string): number;
  styleFor(base: number, style: CellStyle): number;
}

export interface WorksheetResult {
  xml: string;
  replacedFormula: boolean;
  wroteFormula: boolean;
}

export function patchWorksheet(
  xml: string,
  edit: SheetEdit,
  context: WorksheetContext,
): WorksheetResult {
  let result = xml;
  const changes = collectChanges(edit);
  let replacedFormula = false;
  if (changes.cells.size || changes.rowHeights.size) {
    const sheetData = worksheetChild(result, 'sheetData');
    if (!sheetData) throw new EditPlanError('The worksheet has no <sheetData>');
    const prefix = prefixOf(sheetData.name);
    const patched = patchSheetData(result, sheetData, changes, {
      ...context,
      name: (local) => `${prefix}${local}`,
      sharedString: (text) => context.sharedString(text),
      columnStyle: columnStyles(result),
    });
    result = patched.lostShared.length
      ? unshareFormulas(patched.xml, patched.lostShared)
      : patched.xml;
    replacedFormula = patched.replacedFormula;
    result = extendDimension(result, patched.written);
  }
  if (edit.columnWidths && Object.keys(edit.columnWidths).length)
    result = setColumnWidths(result, edit.columnWidths);
  if (edit.merges?.length) result = addMerges(result, edit.merges);
  if (edit.conditionalFormats?.length)
    result = addConditionalFormats(result, edit.conditionalFormats);
  if (edit.removeDataValidations?.length) {
    result = removeDataValidations(result, edit.removeDataValidations);
  }
  if (edit.dataValidations?.length) result = addDataValidations(result, edit.dataValidations);
  if (edit.frozen) result = setFrozenPanes(result, edit.frozen.rows, edit.frozen.columns);
  if (edit.printSetup) result = setPrintSetup(result, edit.printSetup);
  const wroteFormula = edit.cells.some((cell) => cell.write?.kind === 'formula');
  return { xml: result, replacedFormula, wroteFormula };
}

/** Cells by row and column; a cell named twice gets the last write and both styles, merged. */
function collectChanges(edit: SheetEdit): SheetDataChanges {
  const cells = new Map<number, Map<number, CellChange>>();
  for (const cellEdit of edit.cells) {
    const { row, column } = addressOf(cellEdit);
    const line = cells.get(row) ?? new Map<number, CellChange>();
    cells.set(row, line);
    const before = line.get(column);
    line.set(column, {
      write: cellEdit.write ?? before?.write,
      style:
        before?.style && cellEdit.style
          ? mergeStyles(before.style, cellEdit.style)
          : (cellEdit.style ?? before?.style),
    });
  }
  const rowHeights = new Map<number, number>();
  for (const [row, height] of Object.entries(edit.rowHeights ?? {})) {
    if (!(Number(row) >= 1) || !Number.isFinite(height))
      throw new EditPlanError(`Bad row height ${row}: ${height}`);
    rowHeights.set(Number(row) - 1, height);
  }
  return { cells, rowHeights };
}

function addressOf(edit: CellEdit): { row: number; column: number } {
  try {
    return parseCellAddress(edit.address);
  } catch (error) {
    if (error instanceof AddressError) throw new EditPlanError(error.message);
    throw error;
  }
}

function mergeStyles(a: CellStyle, b: CellStyle): CellStyle {
  return {
    ...a,
    ...b,
    font: a.font || b.font ? { ...a.font, ...b.font } : undefined,
    alignment: a.alignment || b.alignment ? { ...a.alignment, ...b.alignment } : undefined,
  };
}

/** Widens `<dimension ref>` to the written cells; a sheet without one keeps none. */
function extendDimension(xml: string, written: { row: number; column: number }[]): string {
  const dimension = worksheetChild(xml, 'dimension');
  if (!dimension || written.length === 0) return xml;
  const tag = startTagOf(xml, dimension);
  let range: CellRange | undefined;
  try {
    range = parseRange(attributesOf(tag).get('ref') ?? '');
  } catch {
    range = undefined;
  }
  for (const { row, column } of written)
    range = union(range, { top: row, left: column, bottom: row, right: column });
  return replaceRange(
    xml,
    dimension.start,
    dimension.openEnd,
    setAttributes(tag, { ref: rangeText(range!) }),
  );
}
