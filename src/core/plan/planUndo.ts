/**
 * "Hoàn tác": one action reverted from the journal, which lives in the workbook, so it works
 * after save and reopen and in another host (DESIGN.md §5). Written cells get back what they
 * held, but only while they still hold what the action wrote: a cell the user changed since is
 * left alone and reported as a conflict (§3: never lose the user's data). Marked cells get
 * their previous fill back; our data validation ranges are removed; sheets the action added
 * are deleted (which clears Excel's undo stack: the host says so first).
 */
import { qualifiedAddress } from '../workbook/address';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CellEdit, EditPlan, ExistingSheetEdit } from './editPlan';
import { entriesOf, undoneActions } from './journalActions';
import type { JournalEntry, WriteEntry } from './journal';
import { UndoError } from './planErrors';
import { cellOf, contentOf, holds } from './snapshotCells';

export interface UndoConflict {
  sheet: string;
  cell: string;
  /** What the action wrote, and what the cell holds now instead. */
  written: WriteEntry['written'];
  now: WriteEntry['previous'];
}

export type UndoPlan = EditPlan & { conflicts: UndoConflict[] };

class SheetEdits {
  private readonly bySheet = new Map<string, ExistingSheetEdit>();

  of(sheet: string): ExistingSheetEdit {
    let edit = this.bySheet.get(sheet);
    if (!edit) this.bySheet.set(sheet, (edit = { sheet, cells: [] }));
    return edit;
  }

  /** One edit per cell: the earliest entry's state is the one to restore. */
  setCell(sheet: string, cell: CellEdit): void {
    const cells = this.of(sheet).cells;
    const at = cells.findIndex((existing) => existing.address === cell.address);
    if (at >= 0)
      cells[at] = { ...cells[at], ...cell, style: { ...cells[at].style, ...cell.style } };
    else cells.push(cell);
  }

  all(): ExistingSheetEdit[] {
    return [...this.bySheet.values()];
  }
}

/**
 * A cell written by the action, perhaps more than once: it must still hold the latest write,
 * and gets back what it held before the first.
 */
function undoWrites(
  writes: readonly WriteEntry[],
  snapshot: WorkbookSnapshot,
  edits: SheetEdits,
): UndoConflict | undefined {
  const [first, latest] = [writes[0], writes[writes.length - 1]];
  const sheet = snapshot.sheets.find((candidate) => candidate.name === first.sheet);
  const present = sheet && cellOf(sheet, first.cell);
  // Entries that did not record what they wrote cannot be checked; they are restored.
  if (!sheet || (latest.written && !holds(present, latest.written))) {
    return {
      sheet: first.sheet,
      cell: first.cell,
      written: latest.written,
      now: contentOf(present),
    };
  }
  const style = first.previousStyle;
  edits.setCell(first.sheet, {
    address: first.cell,
    write: first.previous,
    ...(style && Object.keys(style).length > 0 ? { style } : {}),
  });
  return undefined;
}

function writesByCell(entries: readonly JournalEntry[]): WriteEntry[][] {
  const byCell = new Map<string, WriteEntry[]>();
  for (const entry of entries) {
    if (entry.kind !== 'write') continue;
    const key = qualifiedAddress(entry.sheet, entry.cell);
    byCell.set(key, [...(byCell.get(key) ?? []), entry]);
  }
  return [...byCell.values()];
}

export function planUndo(
  journal: readonly JournalEntry[],
  action: string,
  snapshot: WorkbookSnapshot,
  at: string = new Date().toISOString(),
): UndoPlan {
  const entries = entriesOf(journal, action);
  if (entries.length === 0) throw new UndoError(action, 'unknown-action');
  if (undoneActions(entries).has(action)) throw new UndoError(action, 'already-undone');

  const edits = new SheetEdits();
  const conflicts: UndoConflict[] = [];
  const removeSheets: string[] = [];
  for (const writes of writesByCell(entries)) {
    const conflict = undoWrites(writes, snapshot, edits);
    if (conflict) conflicts.push(conflict);
  }
  // Latest first, so that a cell marked twice by one action ends as it was before the first.
  for (const entry of [...entries].reverse()) {
    switch (entry.kind) {
      case 'mark':
        edits.setCell(entry.sheet, { address: entry.cell, style: { fill: entry.previousFill } });
        break;
      case 'validation': {
        const edit = edits.of(entry.sheet);
        edit.removeDataValidations = [...(edit.removeDataValidations ?? []), ...entry.ranges];
        break;
      }
      case 'sheet':
        if (snapshot.sheets.some((sheet) => sheet.name === entry.sheet))
          removeSheets.push(entry.sheet);
        break;
      case 'write':
      case 'accepted':
      case 'undone':
        break; // Writes are done above; an acceptance ends with the 'undone' entry below.
    }
  }
  // Cells on a sheet that is being deleted need no restoring.
  const kept = edits.all().filter((edit) => !removeSheets.includes(edit.sheet));
  const skipped = conflicts.map((c) => qualifiedAddress(c.sheet, c.cell));
  return {
    edits: kept,
    newSheets: [],
    journal: [{ kind: 'undone', action, at, ...(skipped.length > 0 ? { skipped } : {}) }],
    ...(removeSheets.length > 0 ? { removeSheets } : {}),
    conflicts,
  };
}
