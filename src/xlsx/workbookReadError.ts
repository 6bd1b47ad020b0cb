/**
 * Why a file could not be read. Hosts turn the code into a message from their catalogue; the
 * rest of a multi-file run goes on (DESIGN.md §3).
 */
export type ReadErrorCode =
  'empty' | 'not-a-workbook' | 'ods' | 'csv' | 'encrypted' | 'corrupt' | 'not-found';

export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'WorkbookReadError';
  }
}
