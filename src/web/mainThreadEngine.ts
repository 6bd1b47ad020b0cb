/**
 * The web app's work on the main thread, for browsers where no worker starts: the reader and
 * the writer load lazily, and opening pauses between sheets whenever ~30 ms have passed, so
 * the page still repaints and answers clicks (one long file read remains one long task).
 */
import { lazyXlsxEngine } from '../xlsx/xlsxWorkbook';
import type { OpenedWorkbook, OpenProgress, Pause } from './openWorkbookBytes';

const sliceMs = 30;

function pauseEvery(ms: number): Pause {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < ms) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}

export const mainThreadEngine = {
  ...lazyXlsxEngine,
  async open(
    bytes: Uint8Array,
    onProgress: (progress: OpenProgress) => void,
  ): Promise<OpenedWorkbook> {
    const { openWorkbookBytes } = await import('./openWorkbookBytes');
    return await openWorkbookBytes(bytes, onProgress, pauseEvery(sliceMs));
  },
};
