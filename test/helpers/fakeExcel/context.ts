/**
 * The request context: operations queue until `sync()`, which counts itself, enforces the
 * host's request limits and requirement sets, applies the operations in order and only then
 * hands loaded values to their proxies.
 */
import { FakeOfficeError, officeError } from './errors';
import { dispatch } from './events';
import type { ChangedEvent, State } from './state';
import type { FakeWorkbook } from './workbook';

export interface Operation {
  run(): void;
  /** What the operation adds to the request payload (written values, method arguments). */
  requestBytes?: number;
  /** The ExcelApi 1.x minor version the operation needs. */
  api?: number;
}

/** Overhead of one action in the request, besides its arguments. */
const ACTION_BYTES = 50;

export class FakeContext {
  private queue: Operation[] = [];
  private staged: (() => void)[] = [];
  private responseBytes = 0;
  private cellsRead = 0;
  private closed = false;
  /** Changes made by this sync's operations, raised as events when it ends. */
  private events: ChangedEvent[] = [];
  workbook!: FakeWorkbook;

  constructor(readonly state: State) {}

  enqueue(operation: Operation): void {
    if (this.closed) throw officeError('InvalidObjectPath');
    this.queue.push(operation);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  /** `Excel.run(context, …)`: a later run on this context (to remove its event handlers). */
  reopen(): void {
    this.closed = false;
  }

  /** Called while an operation runs: the change is raised as an event when the sync ends. */
  raise(event: ChangedEvent): void {
    this.events.push(event);
  }

  /** Called while an operation runs: `commit` hands a loaded value over once the sync succeeds. */
  stage(commit: () => void, value?: unknown, cells = 0): void {
    this.staged.push(commit);
    if (value !== undefined) this.responseBytes += JSON.stringify(value).length;
    this.cellsRead += cells;
  }

  async sync(): Promise<void> {
    if (this.closed) throw officeError('InvalidObjectPath');
    const { state } = this;
    state.syncCount += 1;
    const operations = this.queue;
    this.queue = [];
    this.staged = [];
    this.responseBytes = 0;
    this.cellsRead = 0;
    const failure = state.failure;
    state.failure = undefined;
    if (failure) throw failure;
    try {
      this.runOperations(operations);
    } finally {
      // Operations applied before a failure stay applied, and their changes are raised.
      const events = this.events;
      this.events = [];
      for (const event of events) void dispatch(state, event);
    }
  }

  private runOperations(operations: Operation[]): void {
    const { state } = this;
    const requestBytes = operations.reduce(
      (sum, op) => sum + ACTION_BYTES + (op.requestBytes ?? 0),
      0,
    );
    state.syncs.push({ requestBytes, responseBytes: 0 });
    // Excel on the web refuses the whole request before running any of it.
    if (requestBytes > state.payloadLimit) throw officeError('RequestPayloadSizeLimitExceeded');
    // Operations before a failing one stay applied, as in Office.js (a batch is not a transaction).
    for (const operation of operations) {
      if (operation.api !== undefined && operation.api > state.apiMinor) {
        throw new FakeOfficeError('ApiNotFound', `ExcelApi 1.${operation.api} is not supported`);
      }
      operation.run();
    }
    state.syncs[state.syncs.length - 1].responseBytes = this.responseBytes;
    if (this.cellsRead > state.cellLimit) throw officeError('RangeExceedsLimit');
    if (this.responseBytes > state.payloadLimit) {
      throw officeError('ResponsePayloadSizeLimitExceeded');
    }
    for (const commit of this.staged) commit();
    this.staged = [];
  }
}

/** The size of a written argument in the request. */
export const sizeOf = (value: unknown): number =>
  value === undefined ? 0 : JSON.stringify(value).length;
