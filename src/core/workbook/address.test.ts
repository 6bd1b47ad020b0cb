import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseCellAddress,
  qualifiedAddress,
} from './address';

describe('cell addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is written %s and read back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('turns row and column indexes into an A1 address and back', () => {
    expect(cellAddress(12, 6)).toBe('G13');
    expect(parseCellAddress('$G$13')).toEqual({ row: 12, column: 6 });
  });

  it('quotes sheet names and doubles their apostrophes', () => {
    expect(qualifiedAddress('PL I', 'G13')).toBe("'PL I'!G13");
    expect(qualifiedAddress("Bà Rịa's", 'A1')).toBe("'Bà Rịa''s'!A1");
  });

  it('rejects text that is not an address', () => {
    expect(() => parseCellAddress('G')).toThrow('Not an A1 cell address');
  });
});
