/**
 * Messages between the web app and its worker. A snapshot crosses in pieces (a sheet header,
 * then blocks of rows) so that no single message takes long to copy on the main thread: each
 * piece is its own task there, and a 30 000-row sheet never blocks the page for long.
 */
import type { EditPlan } from '../core/plan/editPlan';
import type { CellSnapshot, SheetSnapshot } from '../core/workbook/snapshot';
import type { OpenedWorkbook, OpenProgress } from './openWorkbookBytes';

export type WorkerRequest =
  | { id: number; kind: 'open'; bytes: Uint8Array }
  | { id: number; kind: 'read'; bytes: Uint8Array }
  | { id: number; kind: 'apply'; bytes: Uint8Array; plan: EditPlan }
  | { id: number; kind: 'journal'; bytes: Uint8Array };

/** An error as data: its class name, and the read error's code when it has one. */
export interface ErrorData {
  name: string;
  message: string;
  code?: string;
  detail?: string;
}

export type WorkerReply =
  | { id: number; kind: 'progress'; progress: OpenProgress }
  | { id: number; kind: 'sheet'; sheet: Omit<SheetSnapshot, 'cells'> }
  | { id: number; kind: 'rows'; start: number; rows: (CellSnapshot | undefined)[][] }
  | { id: number; kind: 'done'; result: unknown }
  | { id: number; kind: 'failed'; error: ErrorData };

/** What `open` and `read` send in their `done` reply: everything but the snapshot's sheets. */
export type OpenedSummary = Omit<OpenedWorkbook, 'snapshot'>;

/** About this many cells per `rows` message. */
export const cellsPerMessage = 20_000;

/** Splits a sheet's rows into blocks of about `cellsPerMessage` cells. */
export function* rowBlocks(
  cells: SheetSnapshot['cells'],
): Generator<{ start: number; rows: SheetSnapshot['cells'] }> {
  let start = 0;
  let count = 0;
  for (let row = 0; row < cells.length; row++) {
    count += cells[row]?.length ?? 0;
    if (count >= cellsPerMessage || row === cells.length - 1) {
      yield { start, rows: cells.slice(start, row + 1) };
      start = row + 1;
      count = 0;
    }
  }
}
