import { snapshotCell } from './snapshotCell';

describe('snapshotCell', () => {
  it.each([
    ['an empty cell', ['', '', 'General', 'Empty'], undefined],
    [
      'a number with its format',
      [1022.5, 1022.5, '#,##0.0', 'Double'],
      { value: 1022.5, numberFormat: '#,##0.0' },
    ],
    ['a formula', [874, '=C3*2', 'General', 'Double'], { value: 874, formula: 'C3*2' }],
    ['an error', ['#REF!', '#REF!', 'General', 'Error'], { value: { error: '#REF!' } }],
    [
      'a formula giving an error',
      ['#DIV/0!', '=1/0', 'General', 'Error'],
      { value: { error: '#DIV/0!' }, formula: '1/0' },
    ],
    ['text that reads "#REF!"', ['#REF!', '#REF!', 'General', 'String'], { value: '#REF!' }],
    ['quote-prefixed text "=1+1"', ['=1+1', '=1+1', 'General', 'String'], { value: '=1+1' }],
    ['a formula giving ""', ['', '=""', 'General', 'Empty'], { value: null, formula: '""' }],
  ] as const)('reads %s', (_, [value, formula, format, type], expected) => {
    expect(snapshotCell(value, formula, format, type)).toEqual(expected);
  });
});
