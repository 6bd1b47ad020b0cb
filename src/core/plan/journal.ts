/**
 * The journal: what htx-plan changed in a workbook, kept in the workbook itself in one custom
 * XML part that every host reads and writes the same way (DESIGN.md §5), so "Xóa đánh dấu"
 * (unmark) and "Hoàn tác" (undo) work after save and reopen, and in another host.
 */
import type { CellStyle, CellWrite, Fill } from './editPlan';

export const journalNamespace = 'urn:htx-plan:journal:1';

interface EntryBase {
  /** Groups the entries of one action, so "Hoàn tác" undoes the action as a whole. */
  action: string;
  /** ISO date-time. */
  at: string;
}

/** A cell filled by "Đánh dấu", with the fill it had before. */
export interface MarkEntry extends EntryBase {
  kind: 'mark';
  sheet: string;
  cell: string;
  previousFill: Fill;
}

/** A cell written by an action (a suggestion applied, a calculation column), with what it held. */
export interface WriteEntry extends EntryBase {
  kind: 'write';
  sheet: string;
  cell: string;
  previous: CellWrite;
  /**
   * What the action wrote, so that "Hoàn tác" can tell whether the user changed the cell since
   * (then the cell is left alone and reported). Absent in entries that did not record it.
   */
  written?: CellWrite;
  /**
   * The style parts the action changed, as they were before, where the snapshot tells them
   * (today the number format; "General" when the cell had none), so undo restores them too.
   */
  previousStyle?: CellStyle;
}

/** Data validation added by htx-plan (its ranges), so it can be removed again. */
export interface ValidationEntry extends EntryBase {
  kind: 'validation';
  sheet: string;
  ranges: string[];
}

/** A sheet htx-plan added ("Kết quả kiểm tra", "Tổng hợp KH 2023"). */
export interface SheetEntry extends EntryBase {
  kind: 'sheet';
  sheet: string;
}

/** A finding the user accepted with a reason; it is still reported, marked accepted. */
export interface AcceptedEntry extends EntryBase {
  kind: 'accepted';
  rule: string;
  sheet: string;
  cell: string;
  reason: string;
}

/**
 * The action with the same `action` id was undone by "Hoàn tác": its other entries are history
 * from then on (an accepted finding is no longer accepted; its validation ranges are gone).
 */
export interface UndoneEntry extends EntryBase {
  kind: 'undone';
  /** Cells (sheet-qualified) left as they were because the user changed them since. */
  skipped?: string[];
}

export type JournalEntry =
  MarkEntry | WriteEntry | ValidationEntry | SheetEntry | AcceptedEntry | UndoneEntry;
