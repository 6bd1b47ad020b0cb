/**
 * The shipped dist/functions.js on its own, as Excel's functions runtime loads it: a fresh
 * JavaScript realm with a `CustomFunctions` global and nothing else (no Office, no window, no
 * document), which is stricter than the bare functions page.
 */
import fs from 'fs';
import vm from 'vm';
import { functionCatalog } from '../../src/core/catalog/functionCatalog';
import { createCustomFunctionsStub, StubCustomFunctionError } from '../helpers/customFunctionsStub';
import { distFile } from '../helpers/distFile';

function loadBundle(globals: Record<string, unknown> = {}) {
  const code = fs.readFileSync(distFile('functions.js'), 'utf8');
  const stub = createCustomFunctionsStub();
  const context = vm.createContext({ CustomFunctions: stub, ...globals });
  vm.runInContext(code, context, { filename: 'functions.js' });
  return { stub, context };
}

describe('dist/functions.js', () => {
  it('registers every function id on its own, with no Office, window or document', () => {
    const { stub } = loadBundle();
    expect([...stub.associated.keys()].sort()).toEqual(functionCatalog.map((f) => f.id).sort());
  });

  it('computes through a registered function', () => {
    const { stub } = loadBundle();
    expect(stub.associated.get('ATTAINMENT')!('1.022,5', 1000)).toBe(1.0225);
    expect(stub.associated.get('CAPITAL_SPLIT')!(10, [[33.4], [33.3], [33.3]], 2)).toEqual([
      [3.34],
      [3.33],
      [3.33],
    ]);
  });

  it('throws CustomFunctions errors, in English without Office', () => {
    const { stub } = loadBundle();
    let thrown: unknown;
    try {
      stub.associated.get('SHARE')!(1, 0);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StubCustomFunctionError);
    expect(thrown).toMatchObject({ code: '#DIV/0!', message: 'Division by zero: whole is 0' });
  });

  it('writes Vietnamese messages when Excel is displayed in Vietnamese', () => {
    const { stub } = loadBundle({ Office: { context: { displayLanguage: 'vi-VN' } } });
    expect(() => stub.associated.get('ATTAINMENT')!(437, null)).toThrow('Thiếu số liệu: kế hoạch');
  });

  it('holds no UI code', () => {
    const code = fs.readFileSync(distFile('functions.js'), 'utf8');
    expect(code).not.toMatch(/react|fluentui|createElement|document\./i);
  });

  it('loads without error where there is no CustomFunctions global', () => {
    const code = fs.readFileSync(distFile('functions.js'), 'utf8');
    expect(() => vm.runInContext(code, vm.createContext({}))).not.toThrow();
  });
});
