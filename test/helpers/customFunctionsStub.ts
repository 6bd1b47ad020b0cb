/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides, for tests of
 * src/functions and of the built dist/functions.js. It records every `associate` call, and its
 * Error keeps code and message like the real one (codes are Excel's error strings, as in
 * @types/custom-functions-runtime).
 */
export const stubErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export type StubErrorCode = (typeof stubErrorCode)[keyof typeof stubErrorCode];

export class StubCustomFunctionError extends Error {
  constructor(
    readonly code: StubErrorCode,
    message?: string,
  ) {
    super(message);
    this.name = 'CustomFunctions.Error';
  }
}

export interface CustomFunctionsStub {
  Error: typeof StubCustomFunctionError;
  ErrorCode: typeof stubErrorCode;
  associate(idOrMappings: string | Record<string, unknown>, fn?: unknown): void;
  /** id → function, in the order they were associated. */
  associated: Map<string, (...args: unknown[]) => unknown>;
}

export function createCustomFunctionsStub(): CustomFunctionsStub {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const add = (id: string, fn: unknown) => {
    if (typeof fn !== 'function') throw new TypeError(`associate(${id}): not a function`);
    if (associated.has(id)) throw new Error(`associate(${id}): associated twice`);
    associated.set(id, fn as (...args: unknown[]) => unknown);
  };
  return {
    Error: StubCustomFunctionError,
    ErrorCode: stubErrorCode,
    associated,
    associate(idOrMappings, fn) {
      if (typeof idOrMappings === 'string') add(idOrMappings, fn);
      else Object.entries(idOrMappings).forEach(([id, f]) => add(id, f));
    },
  };
}

type Globals = { CustomFunctions?: unknown; Office?: unknown };

/**
 * Installs a fresh stub as the global `CustomFunctions` (and, when given, a minimal `Office`
 * whose display language is `displayLanguage`) until the returned `restore` is called.
 */
export function installCustomFunctionsStub(options: { displayLanguage?: string } = {}) {
  const globals = globalThis as Globals;
  const previous = { CustomFunctions: globals.CustomFunctions, Office: globals.Office };
  const stub = createCustomFunctionsStub();
  globals.CustomFunctions = stub;
  if (options.displayLanguage !== undefined) {
    globals.Office = { context: { displayLanguage: options.displayLanguage } };
  } else {
    delete globals.Office;
  }
  const restore = () => {
    globals.CustomFunctions = previous.CustomFunctions;
    globals.Office = previous.Office;
    if (previous.CustomFunctions === undefined) delete globals.CustomFunctions;
    if (previous.Office === undefined) delete globals.Office;
  };
  return { stub, restore };
}
