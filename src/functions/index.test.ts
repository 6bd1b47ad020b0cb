import { functionCatalog } from '../core/catalog/functionCatalog';
import { installCustomFunctionsStub } from '../../test/helpers/customFunctionsStub';

// The entry registers as a side effect of loading, so each test loads it afresh.
const loadEntry = () =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jest.isolateModules(() => require('./index'));

describe('the functions entry', () => {
  afterEach(() => jest.resetModules());

  it('registers every function with CustomFunctions.associate when it loads', () => {
    const { stub, restore } = installCustomFunctionsStub();
    try {
      loadEntry();
      expect([...stub.associated.keys()]).toEqual(functionCatalog.map((f) => f.id));
      expect(stub.associated.get('SHARE')!(150, 400)).toBe(0.375);
    } finally {
      restore();
    }
  });

  it('loads without error where there is no Excel to register with', () => {
    const globals = globalThis as { CustomFunctions?: unknown };
    expect(globals.CustomFunctions).toBeUndefined();
    expect(loadEntry).not.toThrow();
  });
});
