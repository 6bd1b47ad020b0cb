import {
  containsCell,
  formatReference,
  isSingleCell,
  parseReference,
  quoteSheet,
} from './cellReference';

describe('parseReference', () => {
  it.each([
    ['E12', undefined, 'E12', [11, 4, 11, 4]],
    ['e12', undefined, 'E12', [11, 4, 11, 4]],
    ['$C$5:$C$7', undefined, '$C$5:$C$7', [4, 2, 6, 2]],
    ['C7:C5', undefined, 'C7:C5', [4, 2, 6, 2]],
    ['A:B', undefined, 'A:B', [0, 0, 1_048_575, 1]],
    ['3:5', undefined, '3:5', [2, 0, 4, 16_383]],
    ['Sheet1!E12', 'Sheet1', 'E12', [11, 4, 11, 4]],
    ["'PL I'!G13", 'PL I', 'G13', [12, 6, 12, 6]],
    ["'Bà Rịa''s'!A1:B2", "Bà Rịa's", 'A1:B2', [0, 0, 1, 1]],
    ['Tổng_hợp!A1', 'Tổng_hợp', 'A1', [0, 0, 0, 0]],
    ['XFD1048576', undefined, 'XFD1048576', [1_048_575, 16_383, 1_048_575, 16_383]],
  ])('reads %s', (text, sheet, area, [top, left, bottom, right]) => {
    expect(parseReference(text)).toEqual({
      ...(sheet !== undefined && { sheet }),
      area,
      top,
      left,
      bottom,
      right,
    });
  });

  it.each([
    '',
    'E',
    '12',
    'E0',
    'XFE1',
    'A1048577',
    'E12:',
    ':E12',
    'A1:B2:C3',
    'PL I!A1',
    "'PL I!A1",
    "'PL I'A1",
    'E12!',
    'A1:3',
  ])('refuses %p', (text) => {
    expect(parseReference(text)).toBeUndefined();
  });
});

describe('formatReference', () => {
  it.each([
    [undefined, 'E12', 'E12'],
    ['Sheet1', 'E12', 'Sheet1!E12'],
    ['PL I', 'G13', "'PL I'!G13"],
    ["It's", 'A1', "'It''s'!A1"],
    ['A1', 'B2', "'A1'!B2"],
    ['Tổng hợp', 'B2', "'Tổng hợp'!B2"],
  ])('writes sheet %p and area %s as %s', (sheet, area, expected) => {
    expect(formatReference({ sheet, area })).toBe(expected);
  });

  it('round-trips through parseReference', () => {
    for (const text of ["'PL I'!G13", 'Sheet1!A1:B2', "'It''s'!C3"]) {
      expect(formatReference(parseReference(text)!)).toBe(text);
    }
  });

  it('quotes names that need it', () => {
    expect(quoteSheet('Data_2023')).toBe('Data_2023');
    expect(quoteSheet('2023')).toBe("'2023'");
  });
});

describe('geometry', () => {
  it('tells a single cell from a range and finds a cell inside a range', () => {
    expect(isSingleCell(parseReference('E12')!)).toBe(true);
    expect(isSingleCell(parseReference('E12:E13')!)).toBe(false);
    expect(containsCell(parseReference('C5:C7')!, 5, 2)).toBe(true);
    expect(containsCell(parseReference('C5:C7')!, 7, 2)).toBe(false);
  });
});
