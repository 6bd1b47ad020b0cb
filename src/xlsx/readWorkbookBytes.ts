/**
 * One entry for every host: bytes in, snapshot out, or a WorkbookReadError saying why not.
 */
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { sniffFormat } from './sniffFormat';
import { readXlsx } from './readXlsx';
import { readXls } from './readXls';
import { WorkbookReadError } from './workbookReadError';

export interface ReadWorkbook {
  snapshot: WorkbookSnapshot;
  /** `.xls` workbooks can be checked but not written (actions need .xlsx). */
  format: 'xlsx' | 'xls';
}

export async function readWorkbookBytes(bytes: Uint8Array): Promise<ReadWorkbook> {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'xlsx':
      return { snapshot: await readXlsx(bytes), format };
    case 'xls':
      return { snapshot: await readXls(bytes), format };
    case 'empty':
      throw new WorkbookReadError('empty');
    case 'ods':
      throw new WorkbookReadError('ods');
    case 'csv':
      throw new WorkbookReadError('csv');
    case 'encrypted':
      throw new WorkbookReadError('encrypted');
    default:
      throw new WorkbookReadError('not-a-workbook');
  }
}
