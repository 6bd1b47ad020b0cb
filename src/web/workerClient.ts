/**
 * The main thread's side of the worker: numbered requests, replies matched by id, snapshots
 * put back together from their pieces, and errors rebuilt as the classes the UI knows.
 */
import type { EditPlan } from '../core/plan/editPlan';
import type { JournalEntry } from '../core/plan/journal';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';
import { WorkbookReadError, type ReadErrorCode } from '../xlsx/workbookReadError';
import type { OpenedWorkbook, OpenProgress } from './openWorkbookBytes';
import type { ErrorData, OpenedSummary, WorkerReply, WorkerRequest } from './workerProtocol';

type RequestBody = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  sheets: SheetSnapshot[];
  onProgress?(progress: OpenProgress): void;
  resolve(result: { result: unknown; snapshot: WorkbookSnapshot }): void;
  reject(error: Error): void;
}

/** The worker stopped (its script failed); `onDead` lets the engine fall back. */
export class WorkerDiedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerDiedError';
  }
}

export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly worker: Worker,
    onDead: () => void,
  ) {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onDead();
      const error = new WorkerDiedError(event.message || 'the worker stopped');
      for (const request of this.pending.values()) request.reject(error);
      this.pending.clear();
      worker.terminate();
    };
  }

  async open(bytes: Uint8Array, onProgress: Pending['onProgress']): Promise<OpenedWorkbook> {
    const { result, snapshot } = await this.request({ kind: 'open', bytes }, onProgress);
    return { ...(result as OpenedSummary), snapshot };
  }

  async read(bytes: Uint8Array): Promise<{ snapshot: WorkbookSnapshot; format: 'xlsx' | 'xls' }> {
    const { result, snapshot } = await this.request({ kind: 'read', bytes });
    return { snapshot, format: (result as { format: 'xlsx' | 'xls' }).format };
  }

  async apply(
    bytes: Uint8Array,
    plan: EditPlan,
  ): Promise<{ bytes: Uint8Array; newSheetNames: string[] }> {
    const { result } = await this.request({ kind: 'apply', bytes, plan });
    return result as { bytes: Uint8Array; newSheetNames: string[] };
  }

  async readJournal(bytes: Uint8Array): Promise<JournalEntry[]> {
    return (await this.request({ kind: 'journal', bytes })).result as JournalEntry[];
  }

  private request(
    body: RequestBody,
    onProgress?: Pending['onProgress'],
  ): Promise<{ result: unknown; snapshot: WorkbookSnapshot }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { sheets: [], onProgress, resolve, reject });
      // The bytes are copied, not transferred: the page keeps its workbook.
      this.worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  private receive(reply: WorkerReply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    switch (reply.kind) {
      case 'progress':
        request.onProgress?.(reply.progress);
        return;
      case 'sheet':
        request.sheets.push({ ...reply.sheet, cells: [] });
        return;
      case 'rows': {
        const cells = request.sheets[request.sheets.length - 1].cells;
        reply.rows.forEach((row, i) => (cells[reply.start + i] = row));
        return;
      }
      case 'done':
        this.pending.delete(reply.id);
        request.resolve({ result: reply.result, snapshot: { sheets: request.sheets } });
        return;
      case 'failed':
        this.pending.delete(reply.id);
        request.reject(rebuildError(reply.error));
        return;
    }
  }
}

/** Read errors keep their class and code (the UI words them); others keep name and message. */
export function rebuildError(data: ErrorData): Error {
  if (data.name === 'WorkbookReadError' && data.code) {
    return new WorkbookReadError(data.code as ReadErrorCode, data.detail);
  }
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}
