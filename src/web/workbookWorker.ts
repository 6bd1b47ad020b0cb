/**
 * The web app's worker: reads, checks and writes workbooks off the main thread, so the page
 * stays responsive during long reads (DESIGN.md §8: started from a Blob of this bundle's text,
 * see workerSourceLoader.cjs). Requests are answered in order; each reply carries its id.
 */
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { applyEditPlan } from '../xlsx/write/applyEditPlan';
import { readJournal } from '../xlsx/write/readJournal';
import { openWorkbookBytes } from './openWorkbookBytes';
import { rowBlocks, type ErrorData, type WorkerReply, type WorkerRequest } from './workerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void answer(event.data);
};

async function answer(request: WorkerRequest): Promise<void> {
  const { id } = request;
  try {
    switch (request.kind) {
      case 'open': {
        const { snapshot, ...summary } = await openWorkbookBytes(request.bytes, (progress) =>
          scope.postMessage({ id, kind: 'progress', progress }),
        );
        postSnapshot(id, snapshot);
        scope.postMessage({ id, kind: 'done', result: summary });
        return;
      }
      case 'read': {
        const { snapshot, format } = await readWorkbookBytes(request.bytes);
        postSnapshot(id, snapshot);
        scope.postMessage({ id, kind: 'done', result: { format } });
        return;
      }
      case 'apply': {
        const applied = await applyEditPlan(request.bytes, request.plan);
        scope.postMessage({ id, kind: 'done', result: applied }, [applied.bytes.buffer]);
        return;
      }
      case 'journal':
        scope.postMessage({ id, kind: 'done', result: readJournal(request.bytes) });
        return;
    }
  } catch (error) {
    scope.postMessage({ id, kind: 'failed', error: errorData(error) });
  }
}

function postSnapshot(id: number, snapshot: WorkbookSnapshot): void {
  for (const { cells, ...sheet } of snapshot.sheets) {
    scope.postMessage({ id, kind: 'sheet', sheet });
    for (const block of rowBlocks(cells)) scope.postMessage({ id, kind: 'rows', ...block });
  }
}

function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, detail } = error as { code?: unknown; detail?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' && { code }),
    ...(typeof detail === 'string' && { detail }),
  };
}
