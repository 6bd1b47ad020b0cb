/**
 * Test helper: a faithful model of what a workbook holds after a host applies an edit plan,
 * kept as a WorkbookSnapshot (values, formulas, number formats, fills, merges) plus the data
 * validation per cell and the journal. Fonts, borders and alignment are not in snapshots, so
 * the model ignores them. A formula's result is not computed: its cached value becomes null,
 * and `contentsOf` compares workbooks by what they hold (formula or value), not by results.
 */
import { cellAddress, parseCellAddress } from '../workbook/address';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import type { CellEdit, DataValidationRule, EditPlan } from './editPlan';
import type { JournalEntry } from './journal';

export interface ModelWorkbook {
  snapshot: WorkbookSnapshot;
  /** Sheet → address → the rule on the cell. */
  validations: Map<string, Map<string, DataValidationRule>>;
  journal: JournalEntry[];
}

export function modelOf(snapshot: WorkbookSnapshot, journal: JournalEntry[] = []): ModelWorkbook {
  return { snapshot: structuredClone(snapshot), validations: new Map(), journal: [...journal] };
}

/** Every cell of an A1 range ("E8:F9" → E8, F8, E9, F9). */
function cellsOfRange(range: string): string[] {
  const [first, last = first] = range.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  const cells: string[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let col = Math.min(a.column, b.column); col <= Math.max(a.column, b.column); col++) {
      cells.push(cellAddress(row, col));
    }
  }
  return cells;
}

function applyCell(sheet: SheetSnapshot, edit: CellEdit): void {
  const { row, column } = parseCellAddress(edit.address);
  const line = (sheet.cells[row] ??= []);
  const cell: CellSnapshot = line[column] ?? { value: null };
  const write = edit.write;
  if (write) {
    delete cell.formula;
    if (write.kind === 'formula') {
      cell.formula = write.formula;
      cell.value = null;
    } else cell.value = write.kind === 'blank' ? null : write.value;
  }
  const format = edit.style?.numberFormat;
  if (format === 'General') delete cell.numberFormat;
  else if (format !== undefined) cell.numberFormat = format;
  if (edit.style?.fill) cell.fill = edit.style.fill;
  line[column] = cell;
}

function sheetIn(model: ModelWorkbook, name: string): SheetSnapshot {
  const sheet = model.snapshot.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`The plan edits a sheet the workbook does not have: ${name}`);
  return sheet;
}

/** Applies `plan` to a copy of `model`, as a host would in one batched write. */
export function applyPlan(model: ModelWorkbook, plan: EditPlan): ModelWorkbook {
  const next: ModelWorkbook = {
    snapshot: structuredClone(model.snapshot),
    validations: new Map([...model.validations].map(([sheet, cells]) => [sheet, new Map(cells)])),
    journal: [...model.journal, ...plan.journal],
  };
  for (const edit of plan.edits) {
    const sheet = sheetIn(next, edit.sheet);
    edit.cells.forEach((cell) => applyCell(sheet, cell));
    sheet.merges.push(...(edit.merges ?? []));
    const rules = next.validations.get(edit.sheet) ?? new Map<string, DataValidationRule>();
    for (const range of edit.removeDataValidations ?? []) {
      cellsOfRange(range).forEach((address) => rules.delete(address));
    }
    for (const rule of edit.dataValidations ?? []) {
      rule.ranges
        .flatMap((range) => cellsOfRange(range))
        .forEach((address) => rules.set(address, rule));
    }
    next.validations.set(edit.sheet, rules);
  }
  for (const added of plan.newSheets) {
    const sheet: SheetSnapshot = { name: added.name, cells: [], merges: added.merges ?? [] };
    next.snapshot.sheets.push(sheet);
    added.cells.forEach((cell) => applyCell(sheet, cell));
  }
  const removed = new Set(plan.removeSheets ?? []);
  next.snapshot.sheets = next.snapshot.sheets.filter((sheet) => !removed.has(sheet.name));
  return next;
}

/** What each non-empty cell holds, by sheet: `=formula` or the value, with format and fill. */
export function contentsOf(snapshot: WorkbookSnapshot): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const sheet of snapshot.sheets) {
    const cells: Record<string, unknown> = {};
    sheet.cells.forEach((line, row) =>
      line?.forEach((cell, column) => {
        if (!cell) return;
        const held = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
        const entry = {
          ...(held !== null ? { held } : {}),
          ...(cell.numberFormat ? { format: cell.numberFormat } : {}),
          ...(cell.fill && cell.fill.pattern !== 'none' ? { fill: cell.fill } : {}),
        };
        if (Object.keys(entry).length > 0) cells[`R${row + 1}C${column + 1}`] = entry;
      }),
    );
    out[sheet.name] = { ...cells, merges: [...sheet.merges].sort() };
  }
  return out;
}
