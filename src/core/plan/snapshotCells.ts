/**
 * Reading the snapshot the way the plan builders need it: a sheet by name, a cell by address
 * (sheet-qualified or not), what a cell holds as a CellWrite (to journal it and write it back
 * on undo), and whether a cell still holds what an action wrote.
 */
import { parseCellAddress } from '../workbook/address';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';
import type { CellStyle, CellWrite } from './editPlan';
import { SheetNotInSnapshotError } from './planErrors';

export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new SheetNotInSnapshotError(name);
  return sheet;
}

export function cellOf(sheet: SheetSnapshot, address: string): CellSnapshot | undefined {
  const { row, column } = parseCellAddress(address);
  return sheet.cells[row]?.[column];
}

/** `'PL I'!G13` → { sheet: 'PL I', address: 'G13' }; a plain `G13` stays on `sheet`. */
export function resolveCellRef(sheet: string, ref: string): { sheet: string; address: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^!'\s]+))!(.+)$/.exec(ref.trim());
  if (!match) return { sheet, address: ref.trim().replace(/\$/g, '') };
  const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet: name, address: match[3].replace(/\$/g, '') };
}

export function isBlankSnapshotCell(cell: CellSnapshot | undefined): boolean {
  return !cell || (cell.formula === undefined && (cell.value === null || cell.value === ''));
}

/**
 * What a cell holds, as the write that would put it back. An error value typed without a
 * formula has no CellWrite of its own; it is kept as its text ("#N/A"), the closest a host can
 * write back (such cells are rare: errors nearly always come from formulas).
 */
export function contentOf(cell: CellSnapshot | undefined): CellWrite {
  if (!cell) return { kind: 'blank' };
  if (cell.formula !== undefined) return { kind: 'formula', formula: cell.formula };
  const value = cell.value;
  if (value === null || value === '') return { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (isCellError(value)) return { kind: 'text', value: value.error };
  return { kind: 'text', value };
}

/**
 * The style parts an action is about to change, as they are before it, so that undo can put
 * them back. A cell missing from the snapshot is taken to carry the default style (the
 * snapshot's own convention: a missing cell is blank); for a cell that is there, only what the
 * host read is known: its number format always, its fill when read. Parts left unknown stay as
 * the action set them after an undo.
 */
export function knownStyleOf(cell: CellSnapshot | undefined, changes: CellStyle): CellStyle {
  const before: CellStyle = {};
  if (changes.numberFormat !== undefined) before.numberFormat = cell?.numberFormat ?? 'General';
  if (changes.fill !== undefined) {
    const fill = cell ? cell.fill : { pattern: 'none' as const };
    if (fill) before.fill = fill;
  }
  if (!cell && changes.border !== undefined) before.border = 'none';
  if (!cell && changes.font?.bold !== undefined) before.font = { bold: false };
  return before;
}

/**
 * Formulas as hosts read them back may differ in case, spacing and prefixes: Excel files store
 * newer functions as `_xlfn.X` and custom functions as `_xldudf_HTX_X` (office-js issue 5611,
 * https://github.com/OfficeDev/office-js/issues/5611). Compare them on one canonical form.
 */
export function canonicalFormula(formula: string): string {
  let out = '';
  let inString = false;
  for (const ch of formula.replace(/^=/, '')) {
    if (ch === '"') inString = !inString;
    if (!inString && /\s/.test(ch)) continue;
    out += inString ? ch : ch.toUpperCase();
  }
  return out
    .replace(/_XLFN\.|_XLWS\./g, '')
    .replace(/_XLDUDF_HTX_/g, 'HTX.')
    .replace(/\$/g, '');
}

/** True when the cell holds exactly `write` (numbers within rounding noise). */
export function holds(cell: CellSnapshot | undefined, write: CellWrite): boolean {
  const content = contentOf(cell);
  if (content.kind !== write.kind) return false;
  switch (write.kind) {
    case 'formula':
      return (
        canonicalFormula(write.formula) === canonicalFormula((content as typeof write).formula)
      );
    case 'number': {
      const value = (content as typeof write).value;
      return Math.abs(value - write.value) <= 1e-9 * Math.max(1, Math.abs(write.value));
    }
    case 'text':
    case 'boolean':
      return (content as typeof write).value === write.value;
    case 'blank':
      return true;
  }
}
