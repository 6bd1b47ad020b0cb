/**
 * Office.js failures in the app's own terms (src/app/workbookErrors.ts), translated here where
 * they happen so that nothing above src/excel sees an OfficeExtension.Error. Codes are listed at
 * https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel-error-codes
 */
import {
  HostError,
  InvalidAddressError,
  SheetNotFoundError,
  WorkbookError,
} from '../app/workbookErrors';

/** The fields of OfficeExtension.Error we rely on. */
export interface OfficeErrorLike {
  name: string;
  code: string;
  message: string;
}

/** What the failing call was about, to name it in the message. */
export interface ErrorContext {
  /** The sheet the call asked for by name. */
  sheet?: string;
  /** The address the call was given. */
  address?: string;
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  if (typeof OfficeExtension !== 'undefined' && error instanceof OfficeExtension.Error) return true;
  // Office.js names its errors "RichApi.Error"; checking the shape also lets the tests' fake in.
  return (
    error instanceof Error &&
    error.name === 'RichApi.Error' &&
    typeof (error as Partial<OfficeErrorLike>).code === 'string'
  );
}

export function translateExcelError(error: unknown, context: ErrorContext = {}): WorkbookError {
  if (error instanceof WorkbookError) return error;
  if (!isOfficeError(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new HostError('host-failed', detail, { cause: error });
  }
  const options = { cause: error };
  switch (error.code) {
    case 'ItemNotFound':
      if (context.sheet !== undefined) return new SheetNotFoundError(context.sheet, options);
      break;
    case 'InvalidArgument':
    case 'InvalidReference':
      if (context.address !== undefined) return new InvalidAddressError(context.address, options);
      break;
    case 'InvalidOperationInCellEditMode':
      // Excel refuses every API call while the user is typing in a cell.
      return new HostError('cell-edit-mode', error.message, options);
    case 'AccessDenied':
      // Most often a protected sheet.
      return new HostError('access-denied', error.message, options);
  }
  return new HostError('host-failed', `${error.code}: ${error.message}`, options);
}

/** Runs a host call and turns whatever it throws into a WorkbookError. */
export async function translatingErrors<T>(
  call: () => Promise<T>,
  context: ErrorContext = {},
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateExcelError(error, context);
  }
}
