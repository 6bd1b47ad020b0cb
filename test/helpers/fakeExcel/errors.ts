/** Errors shaped like OfficeExtension.Error, with Office.js's codes and wording. */

/** Shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Codes from https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel-error-codes */
export const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: 'The operation attempted is invalid on the object.',
  ApiNotFound: "The API you're trying to use couldn't be found.",
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
};

export const officeError = (code: string, location?: string) =>
  new FakeOfficeError(code, MESSAGES[code] ?? code, location);

export const notLoaded = (name: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** The fake refuses what it does not model, rather than guess how Excel behaves. */
export const notFaked = (what: string) => new Error(`fakeExcel: ${what} is not faked`);
