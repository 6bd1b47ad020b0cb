import { compactRanges, inRanges } from './compactRanges';

describe('compactRanges', () => {
  it.each([
    [['E8'], ['E8']],
    [['E8', 'E9', 'E10'], ['E8:E10']],
    [['E10', 'E8', 'E9', 'E8'], ['E8:E10']],
    [
      ['E8', 'E10'],
      ['E8', 'E10'],
    ],
    [['E8', 'E9', 'F8', 'F9', 'G8', 'G9'], ['E8:G9']],
    [
      ['E8', 'E9', 'F8', 'G8', 'G9'],
      ['E8:E9', 'F8', 'G8:G9'],
    ],
    [
      ['E8', 'G8'],
      ['E8', 'G8'],
    ],
    [['Z5', 'AA5', 'AB5'], ['Z5:AB5']],
  ])('%j → %j', (cells, ranges) => {
    expect(compactRanges(cells)).toEqual(ranges);
  });
});

describe('inRanges', () => {
  it.each([
    ['E8', ['E8'], true],
    ['E9', ['E8'], false],
    ['F9', ['E8:G10'], true],
    ['E1000', ['E:E'], true],
    ['F8', ['E:E'], false],
    ['Q8', ['8:8'], true],
    ['E8', ['$E$8:$E$9'], true],
    ['E8', ['MyName'], false],
  ])('%s in %j: %s', (address, ranges, inside) => {
    expect(inRanges(address, ranges)).toBe(inside);
  });
});
