/**
 * Ports: what the app and the UI need from a host, without saying how the host does it.
 * The Excel task pane implements them over Office.js (src/excel), the web app over an .xlsx
 * file in memory, tests with stubs. The UI receives them by props and never imports a host.
 */
import type { WorkbookPort } from './workbookPort';

/** Writing a formula where the user works: the cells they selected. */
export interface SelectionPort {
  /**
   * The address of the current selection, always sheet-qualified as Excel writes it:
   * `Sheet1!E12`, `'PL I'!C5:C7`.
   */
  getSelectedAddress(): Promise<string>;
  /**
   * Writes a formula (English function names, `,` separators) into one cell. `address` is a
   * single cell, sheet-qualified or on the active sheet. A cell that holds anything is left as
   * it is and the promise rejects with `CellNotEmptyError` (DESIGN.md §3), unless
   * `overwrite` says the user has confirmed.
   */
  writeFormula(address: string, formula: string, options?: WriteOptions): Promise<void>;
}

export interface WriteOptions {
  /** The user confirmed replacing what the cell holds. */
  overwrite?: boolean;
}

/**
 * Small user preferences (the interface language). Synchronous so the first render already
 * knows them; a host with asynchronous storage loads its values before rendering.
 */
export interface SettingsStore {
  get(key: SettingKey): string | undefined;
  set(key: SettingKey, value: string): void;
}

export type SettingKey = 'language';

/** A file for the user: the web app downloads it, the task pane offers it as a download too. */
export interface SavedFile {
  name: string;
  /** MIME type, e.g. `text/csv;charset=utf-8`. */
  type: string;
  content: string;
}

export type SaveFile = (file: SavedFile) => void;

/**
 * Everything a host offers the UI. A missing port means the host cannot do that (the guide
 * opened in a plain browser has no selection, no workbook); the UI shows why instead of failing.
 */
export interface HostPorts {
  selection?: SelectionPort;
  /** Snapshot reads and edit plans: the check, calculation, entry-rule and undo views. */
  workbook?: WorkbookPort;
  /** Hands the user a file (the CSV export). */
  saveFile?: SaveFile;
}
