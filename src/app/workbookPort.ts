/**
 * The WorkbookPort: what the check, mark, apply and calculation views need from a workbook,
 * whichever host holds it. The Excel task pane implements it over Office.js (src/excel), the
 * web app and the command line over an .xlsx file (src/xlsx), tests in memory. Every action is
 * one pass (DESIGN.md §2): one batched read into a snapshot, core builds an edit plan, one
 * batched write applies it. Failures reject with WorkbookError subclasses (workbookErrors.ts);
 * what a host could do only in part is reported as notes, never silently dropped.
 */
import type { EditPlan } from '../core/plan/editPlan';
import type { JournalEntry } from '../core/plan/journal';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';

export interface ReadOptions {
  /** Read only these sheets (names compared without case); default: every sheet. */
  sheets?: string[];
  /**
   * Called as the read goes on, in cells: `done` of `total`. A large workbook is read in
   * several requests (Excel's request limits); this is what a progress bar shows.
   */
  onProgress?(done: number, total: number): void;
}

/** Something a host left out or approximated, with a message key for the UI's catalogue. */
export interface HostNote {
  code: HostNoteCode;
  /** Values the message needs: a sheet name, a requirement set. */
  params: Readonly<Record<string, string>>;
}

export type HostNoteCode =
  /** Merged areas were not read (Excel without ExcelApi 1.13): header detection sees no merges. */
  | 'merges-not-read'
  /** A part of the plan the host cannot write was skipped; `feature` names it. */
  | 'feature-skipped'
  /** A cell's fill had a pattern; its journal entry records the pattern's colour as solid. */
  | 'fill-pattern-approximated';

/** A snapshot as a host read it, with what it could not read. */
export interface HostSnapshot extends WorkbookSnapshot {
  notes: HostNote[];
}

export interface ApplyResult {
  /** The names the plan's new sheets got, in the plan's order (made unique: "Kết quả (2)"). */
  newSheetNames: string[];
  /**
   * The journal entries written, as recorded: a `mark` entry holds the fill the cell had just
   * before (see applyEditPlan).
   */
  journal: JournalEntry[];
  notes: HostNote[];
}

/** What a host can do; the UI hides, with the reason, what it cannot (DESIGN.md §5). */
export interface WorkbookCapabilities {
  /** False for a read-only host (an .xls file, a protected workbook). */
  canWrite: boolean;
  /**
   * Excel's own undo (Ctrl+Z) takes back an applied plan as one step (ExcelApi 1.20). When
   * false, the app's "Hoàn tác" from the journal is the only undo.
   */
  canUndoNatively: boolean;
  /** `selectCell` shows the cell to the user (false in the command line). */
  canSelect: boolean;
  /** Merged areas appear in snapshots (ExcelApi 1.13 in Excel). */
  readsMerges: boolean;
  dataValidation: boolean;
  conditionalFormats: boolean;
  freezePanes: boolean;
  pageLayout: boolean;
  /**
   * Charts of a plan are drawn (Excel with ExcelApi 1.7). Absent or false: they are skipped
   * with a note, and the summary sheet's data bars carry the picture.
   */
  charts?: boolean;
}

export interface WorkbookPort {
  readonly capabilities: WorkbookCapabilities;

  /**
   * The workbook's sheets as a snapshot (values, formulas, number formats, merges), in one
   * batched read. Rejects with SheetNotFoundError when `options.sheets` names a missing sheet.
   */
  readSnapshot(options?: ReadOptions): Promise<HostSnapshot>;

  /**
   * Applies a plan in one batched write: cells, styles, merges, sizes, data validation,
   * conditional formats, new sheets, sheet removals, and the plan's journal entries appended
   * to the workbook's journal. Checks first that every sheet the plan edits exists (rejects
   * with SheetNotFoundError before writing anything).
   *
   * A `mark` entry's `previousFill` is recorded by the host from the cell as it is when the
   * plan is applied, unless the journal already holds a live (not undone) mark of that cell:
   * then the plan's value, the user's original fill, is kept. Hosts whose snapshots carry
   * fills agree with the plan; the others (Excel) learn the fill here, fresh, for only the
   * cells being marked.
   */
  applyEditPlan(plan: EditPlan): Promise<ApplyResult>;

  /**
   * True when applying the plan clears Excel's undo stack (deleting sheets): the UI says so
   * and asks before applying (DESIGN.md §5).
   */
  clearsUndoStack(plan: EditPlan): boolean;

  /** Selects a cell (activating its sheet) so the user sees it; a no-op where nothing shows. */
  selectCell(sheet: string, address: string): Promise<void>;

  /** The workbook's journal, oldest first; empty when htx-plan never wrote to it. */
  readJournal(): Promise<JournalEntry[]>;

  /**
   * Calls `listener` after the user changed cells (typing, pasting), with the sheets changed;
   * returns the unsubscribe function. Optional: only a host that sees the user's edits (Excel's
   * `onChanged` events) offers it, and the UI's live check appears only then. Pasting bypasses
   * Excel's own data validation, which is why a live re-check is worth having (issue 5).
   * Not called for plans applied through this port (the xlsx port's own `onChange` is that).
   */
  onUserEdit?(listener: (change: WorkbookChange) => void): () => void;
}

/** What changed in the workbook, as far as the host tells. */
export interface WorkbookChange {
  /** Names of the sheets with edited cells. */
  sheets: string[];
}
