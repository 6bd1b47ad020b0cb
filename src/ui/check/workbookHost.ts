/**
 * What the workbook views need from the host beyond HostPorts as committed: the WorkbookPort
 * and a way to hand the user a file (the CSV export). HostPorts' own comment says later issues
 * add `workbook?` to it; until src/app/ports.ts does, views.tsx reads them through this type.
 */
import type { HostPorts } from '../../app/ports';
import type { WorkbookPort } from '../../app/workbookPort';

/** A file for the user: the web app downloads it, the task pane may offer a save dialog. */
export interface SavedFile {
  name: string;
  /** MIME type, e.g. `text/csv;charset=utf-8`. */
  type: string;
  content: string;
}

export type SaveFile = (file: SavedFile) => void;

export interface WorkbookHostPorts extends HostPorts {
  workbook?: WorkbookPort;
  saveFile?: SaveFile;
}
