/**
 * Ports: what the app and the UI need from a host, without saying how the host does it.
 * The Excel task pane implements them over Office.js (src/excel), the web app over an .xlsx
 * file in memory, tests with stubs. The UI receives them by props and never imports a host.
 */

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

/**
 * Everything a host offers the UI. A missing port means the host cannot do that (the guide
 * opened in a plain browser has no selection); the UI shows why instead of failing.
 * Later issues add `workbook?: WorkbookPort` (snapshot reads, edit plans) beside it.
 */
export interface HostPorts {
  selection?: SelectionPort;
}
