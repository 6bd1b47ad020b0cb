/**
 * Reading cell data within Excel's limits: used ranges cut into row chunks of at most one
 * request's worth of cells, chunks of several sheets packed into one request, one sync per
 * request. When Excel still refuses a request as too large (long texts beat the estimate),
 * that request is read again in halves (as Microsoft advises:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 */
import { cellAddress } from '../core/workbook/address';
import { cellsPerRequest, isPayloadLimitError, type RequestLimits } from './requestBudget';

/** A rectangle of one sheet, 0-based. */
export interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

const GRID = 'values,formulas,numberFormat,valueTypes';

export async function readBlocks(
  context: Excel.RequestContext,
  blocks: readonly Block[],
  limits: RequestLimits,
  worksheetOf: (block: Block) => Excel.Worksheet,
  accept: (block: Block, range: Excel.Range) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const total = blocks.reduce((sum, block) => sum + block.rows * block.columns, 0);
  let done = 0;
  const readRequest = async (request: Block[], maxCells: number): Promise<void> => {
    const ranges = request.map((block) => worksheetOf(block).getRange(addressOf(block)).load(GRID));
    try {
      await context.sync();
    } catch (error) {
      const single = request.length === 1 && request[0].rows === 1;
      if (!isPayloadLimitError(error) || single) throw error;
      const smaller = Math.max(1, Math.floor(maxCells / 2));
      for (const half of packRequests(request, smaller)) await readRequest(half, smaller);
      return;
    }
    request.forEach((block, i) => accept(block, ranges[i]));
    done += request.reduce((sum, block) => sum + block.rows * block.columns, 0);
    onProgress?.(done, total);
  };
  const maxCells = cellsPerRequest(limits);
  for (const request of packRequests(blocks, maxCells)) await readRequest(request, maxCells);
}

/** Blocks cut into row chunks of at most `maxCells` and packed, in order, into requests. */
export function packRequests(blocks: readonly Block[], maxCells: number): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const chunk of blocks.flatMap((block) => rowChunks(block, maxCells))) {
    const size = chunk.rows * chunk.columns;
    if (current.length > 0 && cells + size > maxCells) {
      requests.push(current);
      current = [];
      cells = 0;
    }
    current.push(chunk);
    cells += size;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

function rowChunks(block: Block, maxCells: number): Block[] {
  const rowsPerChunk = Math.max(1, Math.floor(maxCells / block.columns));
  const chunks: Block[] = [];
  for (let top = 0; top < block.rows; top += rowsPerChunk) {
    chunks.push({ ...block, top: block.top + top, rows: Math.min(rowsPerChunk, block.rows - top) });
  }
  return chunks;
}

function addressOf(block: Block): string {
  const first = cellAddress(block.top, block.left);
  const last = cellAddress(block.top + block.rows - 1, block.left + block.columns - 1);
  return `${first}:${last}`;
}
