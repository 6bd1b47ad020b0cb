/**
 * Excel's request limits (5 MB per request and per response in Excel on the web, 5 million
 * cells per read on every platform:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins)
 * and the one way the adapter respects them: work is cut into steps with an estimated size,
 * steps are packed into as few `context.sync()` calls as fit the budget, never one per sheet or
 * per cell (DESIGN.md §5).
 */

export interface RequestLimits {
  /** Bytes one request or response may carry; below the 5 MB limit, for the envelope. */
  bytes: number;
  /**
   * The estimated response size of one cell read with values, formulas, number format and
   * value type: about 40 bytes for a number, a few hundred for a long label; 100 is a
   * conservative average for appendix sheets. A request that still proves too large is
   * retried in halves.
   */
  bytesPerCell: number;
  /** Cells one read may hold. */
  cells: number;
}

export const defaultLimits: RequestLimits = {
  bytes: 4_000_000,
  bytesPerCell: 100,
  cells: 5_000_000,
};

/** Cells per read request under these limits. */
export function cellsPerRequest(limits: RequestLimits): number {
  return Math.max(1, Math.min(limits.cells, Math.floor(limits.bytes / limits.bytesPerCell)));
}

/** One unit of queued work. */
export interface Step {
  /** Its estimated share of a request (writes) or response (reads), in bytes. */
  bytes: number;
  /** Queues its operations; what it returns runs after the sync that carried them. */
  queue(context: Excel.RequestContext): (() => void) | void;
}

/** Bytes of one action besides its arguments, a generous figure for the request envelope. */
export const ACTION_BYTES = 100;

export const bytesOf = (argument: unknown): number =>
  ACTION_BYTES + (argument === undefined ? 0 : JSON.stringify(argument).length);

/**
 * Queues the steps in order, syncing whenever the next step would overflow the budget and once
 * at the end; returns the number of syncs. A step larger than the budget goes alone.
 */
export async function runSteps(
  context: Excel.RequestContext,
  steps: readonly Step[],
  limits: RequestLimits,
): Promise<number> {
  let used = 0;
  let syncs = 0;
  let after: (() => void)[] = [];
  const flush = async () => {
    await context.sync();
    syncs += 1;
    for (const harvest of after) harvest();
    after = [];
    used = 0;
  };
  for (const step of steps) {
    if (used > 0 && used + step.bytes > limits.bytes) await flush();
    const harvest = step.queue(context);
    if (typeof harvest === 'function') after.push(harvest);
    used += step.bytes;
  }
  if (used > 0) await flush();
  return syncs;
}

/** Office's codes for a request or response over the limits. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'RangeExceedsLimit'
  );
}
