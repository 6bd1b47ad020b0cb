import { officeValidationRule } from './sheetFeatures';
import { formulaInput } from './sheetSteps';

describe('formulaInput', () => {
  it.each([
    [{ kind: 'text', value: '=1+1' }, "'=1+1"],
    [{ kind: 'text', value: "'a" }, "''a"],
    [{ kind: 'formula', formula: 'SUM(A1:A3)' }, '=SUM(A1:A3)'],
    [{ kind: 'number', value: 2 }, 2],
    [{ kind: 'boolean', value: false }, false],
    [{ kind: 'blank' }, ''],
  ] as const)('writes %j as %p', (write, input) => {
    expect(formulaInput(write)).toBe(input);
  });
});

describe('officeValidationRule', () => {
  it.each([
    [
      { ranges: [], type: 'whole', formula1: '0' },
      { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
    ],
    [
      { ranges: [], type: 'decimal', formula1: '0', formula2: '=E5' },
      { decimal: { formula1: 0, formula2: '=E5', operator: 'Between' } },
    ],
    [
      { ranges: [], type: 'list', formula1: '"Có,Không"' },
      { list: { inCellDropDown: true, source: 'Có,Không' } },
    ],
    [
      { ranges: [], type: 'custom', formula1: 'ISNUMBER(E5)' },
      { custom: { formula: '=ISNUMBER(E5)' } },
    ],
  ] as const)('turns %j into %j', (rule, expected) => {
    expect(officeValidationRule({ ...rule, ranges: [] })).toEqual(expected);
  });
});
