/**
 * Errors a host raises when it reads or writes a workbook, in the app's own terms. Each host
 * adapter translates its platform's failures into these where they happen (src/excel turns
 * OfficeExtension.Error codes into them); the UI turns `code` into a message from its catalogue.
 */

export type WorkbookErrorCode =
  | 'cell-not-empty'
  | 'sheet-not-found'
  | 'invalid-address'
  | 'cell-edit-mode'
  | 'access-denied'
  | 'host-failed';

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    /** Values the message needs (an address, a sheet name, the host's own wording). */
    readonly params: Readonly<Record<string, string>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WorkbookError';
  }
}

/** The target cell holds a value or a formula and the user has not confirmed replacing it. */
export class CellNotEmptyError extends WorkbookError {
  constructor(
    readonly address: string,
    /** What the cell holds, as its formula or value reads. */
    readonly content: string,
  ) {
    super('cell-not-empty', `Cell ${address} is not empty`, { address, content });
    this.name = 'CellNotEmptyError';
  }
}

export class SheetNotFoundError extends WorkbookError {
  constructor(
    readonly sheet: string,
    options?: { cause?: unknown },
  ) {
    super('sheet-not-found', `No sheet named ${sheet}`, { sheet }, options);
    this.name = 'SheetNotFoundError';
  }
}

export class InvalidAddressError extends WorkbookError {
  constructor(
    readonly address: string,
    options?: { cause?: unknown },
  ) {
    super('invalid-address', `Not a usable cell address: ${address}`, { address }, options);
    this.name = 'InvalidAddressError';
  }
}

/** A failure the app has no specific words for; `detail` keeps the host's own message. */
export class HostError extends WorkbookError {
  constructor(
    code: Extract<WorkbookErrorCode, 'cell-edit-mode' | 'access-denied' | 'host-failed'>,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(code, detail, { detail }, options);
    this.name = 'HostError';
  }
}
