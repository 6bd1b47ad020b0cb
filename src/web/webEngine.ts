/**
 * Where the web app's heavy work runs. A worker started from a Blob (the bundled text of
 * workbookWorker.ts, loaded lazily as its own chunk): it works served from a host and opened
 * from disk alike (DESIGN.md §8). Where no worker starts (a strict Content-Security-Policy, a
 * worker that fails to load), the same steps run on the main thread, pausing between sheets.
 */
import type { EditPlan } from '../core/plan/editPlan';
import type { JournalEntry } from '../core/plan/journal';
import type { XlsxEngine } from '../xlsx/xlsxWorkbook';
import { mainThreadEngine } from './mainThreadEngine';
import type { OpenedWorkbook, OpenProgress } from './openWorkbookBytes';
import { WorkerClient } from './workerClient';

export interface WebEngine extends XlsxEngine {
  /** Reads and checks a workbook, reporting progress. */
  open(bytes: Uint8Array, onProgress: (progress: OpenProgress) => void): Promise<OpenedWorkbook>;
  /** Where the work runs, for the benchmark and the tests. */
  readonly where: () => 'worker' | 'main-thread';
}

/** Starts the worker from bundled text; rejects when the browser refuses it. */
export async function startBlobWorker(): Promise<Worker> {
  const { default: source } = await import('./workerSource');
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return new Worker(url, { name: 'htx-plan' });
  } finally {
    // The worker has fetched its script once constructed; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function createWebEngine(start: () => Promise<Worker> = startBlobWorker): WebEngine {
  let client: Promise<WorkerClient | undefined> | undefined;
  let fellBack = false;

  const worker = (): Promise<WorkerClient | undefined> =>
    (client ??= start().then(
      (started) =>
        new WorkerClient(started, () => {
          // The worker died (it failed to load): later requests run on the main thread.
          fellBack = true;
        }),
      () => {
        fellBack = true;
        return undefined;
      },
    ));

  /** Runs on the worker, or on the main thread when the worker is gone or fails to start. */
  async function run<T>(
    onWorker: (client: WorkerClient) => Promise<T>,
    onMain: () => Promise<T>,
  ): Promise<T> {
    const started = fellBack ? undefined : await worker();
    if (!started) return await onMain();
    try {
      return await onWorker(started);
    } catch (error) {
      if (fellBack) return await onMain();
      throw error;
    }
  }

  return {
    where: () => (fellBack ? 'main-thread' : 'worker'),
    open: (bytes, onProgress) =>
      run(
        (c) => c.open(bytes, onProgress),
        () => mainThreadEngine.open(bytes, onProgress),
      ),
    read: (bytes, onProgress) =>
      run(
        (c) => c.read(bytes),
        () => mainThreadEngine.read(bytes, onProgress),
      ),
    apply: (bytes: Uint8Array, plan: EditPlan) =>
      run(
        (c) => c.apply(bytes, plan),
        () => mainThreadEngine.apply(bytes, plan),
      ),
    readJournal: (bytes): Promise<JournalEntry[]> =>
      run(
        (c) => c.readJournal(bytes),
        () => mainThreadEngine.readJournal(bytes),
      ),
  };
}
