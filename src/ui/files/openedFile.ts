/**
 * The files open in the web app, as data. The UI shows them and knows nothing of how they
 * are read: the host passes a WorkbookOpener (src/web: a worker over the xlsx port).
 */
import type { WorkbookPort } from '../../app/workbookPort';
import type { Finding } from '../../core/rules/finding';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';

export interface OpenProgress {
  /** `read`: unpacking the file (no finer steps); `check`: `done` of `total` sheets. */
  phase: 'read' | 'check';
  done: number;
  total: number;
}

export interface OpenedWorkbook {
  format: 'xlsx' | 'xls';
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  /** Appendix tables found; none means the file is not an appendix workbook. */
  tableCount: number;
}

/** A workbook in memory: the port the views use, its bytes, and the grid's events. */
export interface FileWorkbook extends WorkbookPort {
  readonly fileName: string;
  currentBytes(): Uint8Array;
  /** `selectCell` reaches the listener: the grid scrolls to the cell. */
  onSelect(listener: (sheet: string, address: string) => void): () => void;
  /** Called after every applied plan, with the workbook's new bytes. */
  onChange(listener: (bytes: Uint8Array) => void): () => void;
}

export type FileErrorCode =
  | 'empty'
  | 'not-a-workbook'
  | 'ods'
  | 'csv'
  | 'encrypted'
  | 'corrupt'
  | 'unreadable'
  | 'unexpected';

export type OpenedFile = { id: string; name: string } & (
  | {
      state: 'reading';
      progress?: OpenProgress;
      previous?: OpenedWorkbook;
      workbook?: FileWorkbook;
    }
  | { state: 'ready'; opened: OpenedWorkbook; workbook: FileWorkbook }
  | { state: 'failed'; error: FileErrorCode; detail?: string }
);

export interface WorkbookOpener {
  /** A port over the bytes; nothing is read yet. */
  workbookOf(name: string, bytes: Uint8Array): FileWorkbook;
  /** Reads and checks the workbook's current bytes (again after each change). */
  check(
    workbook: FileWorkbook,
    onProgress: (progress: OpenProgress) => void,
  ): Promise<OpenedWorkbook>;
  /** The bundled example workbook. */
  sample(): Promise<Uint8Array>;
  /** The file read error's code, for the message. */
  errorCode(error: unknown): FileErrorCode;
}

/** The file's open findings (accepted ones do not count; DESIGN.md §4) by severity. */
export function countsOf(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (!finding.accepted) counts[finding.severity]++;
  return counts;
}
