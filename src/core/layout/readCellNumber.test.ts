import { readCellNumber } from './readCellNumber';

const read = (value: unknown, numberFormat?: string, formula?: string) =>
  readCellNumber('C5', { value: value as never, numberFormat, formula });

describe('readCellNumber', () => {
  it('takes numbers and cached formula results as they are', () => {
    expect(read(437)).toMatchObject({ address: 'C5', number: 437, shownDecimals: 0 });
    expect(read(100.5, undefined, 'F5/E5*100')).toMatchObject({ number: 100.5, shownDecimals: 1 });
    expect(read(437).fromText).toBeUndefined();
  });

  it.each([
    ['0%', 1.09, true, 0],
    ['0.0%', 1.0925, true, 1],
    ['#,##0.00', 2.2, undefined, 2],
    ['#,##0', 48924, undefined, 0],
    ['00', 2, undefined, 0],
    ['"Đạt "0.0"%"', 109.2, undefined, 1],
    ['0.0%;[Red]-0.0%', -0.05, true, 1],
    ['General', 7.1, undefined, 1],
  ])('reads the format %j: percent %s, %d decimals shown', (format, value, percent, decimals) => {
    const cell = read(value, format);
    expect(cell.percent).toBe(percent);
    expect(cell.shownDecimals).toBe(decimals);
    expect(cell.number).toBe(value);
  });

  it.each([
    ['02', 2, {}],
    ['1.022', 1022, {}],
    ['100,5', 100.5, { shownDecimals: 1 }],
    ['34,3%', 0.343, { percent: true, shownDecimals: 1 }],
    ['khoảng 600', 600, { approximate: true }],
    ['15 - 20', 17.5, { approximate: true }],
  ])('reads the text %j as %d', (text, number, extra) => {
    expect(read(text)).toMatchObject({ number, fromText: true, ...extra });
  });

  it.each([
    ['an error value', { error: '#REF!' }],
    ['a boolean', true],
    ['words', 'không có'],
    ['a dash', '-'],
    ['blank text', '  '],
    ['null', null],
    ['infinity', Infinity],
  ])('gives no number for %s and keeps the raw cell', (_name, value) => {
    const cell = read(value);
    expect(cell.number).toBeNull();
    expect(cell.raw).toEqual(expect.objectContaining({ value }));
  });

  it('gives no number for a missing cell', () => {
    expect(readCellNumber('A1', undefined)).toEqual({
      address: 'A1',
      number: null,
      raw: undefined,
    });
  });
});
