import { shiftFormula } from './shiftFormula';

describe('moving a formula like Excel fills it', () => {
  it.each([
    ['A1*2', 1, 0, 'A2*2'],
    ['SUM($A$1:A3)+B$2', 2, 1, 'SUM($A$1:B5)+C$2'],
    ["'PL I'!G13+Sheet2!B1", 1, 1, "'PL I'!H14+Sheet2!C2"],
    ['"A1"&A1', 1, 0, '"A1"&A2'],
    ['SUM(A:A)+SUM(1:1)', 1, 1, 'SUM(B:B)+SUM(2:2)'],
    ['LOG10(A1)+Table1[Col1]', 0, 1, 'LOG10(B1)+Table1[Col1]'],
    ['A1', -1, 0, '#REF!'],
    ['_xlfn.STDEV.S(A1:A2)', 1, 0, '_xlfn.STDEV.S(A2:A3)'],
  ])('%s moved by %i rows and %i columns reads %s', (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});
