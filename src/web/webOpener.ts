/**
 * The WorkbookOpener of the web app: each file becomes an xlsx WorkbookPort in memory, read and
 * checked by the engine (a blob worker where it starts); the snapshot read for the check is
 * handed to the port, so the views reading it again get it at once.
 */
import type { FileErrorCode, WorkbookOpener } from '../ui/files/openedFile';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import { createXlsxWorkbook, type XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import type { WebEngine } from './webEngine';

export function createWebOpener(engine: WebEngine): WorkbookOpener {
  return {
    workbookOf: (name, bytes) => createXlsxWorkbook(bytes, name, engine),

    async check(workbook, onProgress) {
      const bytes = workbook.currentBytes();
      const opened = await engine.open(bytes, onProgress);
      (workbook as XlsxWorkbook).prime(bytes, opened.snapshot);
      return opened;
    },

    async sample() {
      const { sampleBytes } = await import('./sampleWorkbook');
      return sampleBytes();
    },

    errorCode(error): FileErrorCode {
      if (!(error instanceof WorkbookReadError)) return 'unexpected';
      return error.code === 'not-found' ? 'unreadable' : error.code;
    },
  };
}
