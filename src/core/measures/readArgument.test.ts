import { readCell, readMatrix, readNumberArgument, shapeOf } from './readArgument';

describe('readNumberArgument', () => {
  it.each([
    [437, 437],
    [-5.5, -5.5],
    ['1.022,5', 1022.5],
    ['02', 2],
    ['34,3%', 0.343],
    ['khoảng 600', 600],
    ['15 - 20', 17.5],
    ['437 HTX', 437],
    [[[437]], 437],
    [[['1.022']], 1022],
  ])('reads %p as %p', (input, value) => {
    expect(readNumberArgument(input)).toEqual({ ok: true, value });
  });

  it('reads text in the English convention when asked', () => {
    expect(readNumberArgument('1,022.5', 'en')).toEqual({ ok: true, value: 1022.5 });
  });

  it.each([[null], [undefined], [''], ['   '], ['-'], ['x'], ['…'], [[[null]]], [[]], [[[]]]])(
    'treats %p as missing',
    (input) => {
      expect(readNumberArgument(input)).toEqual({ ok: false, error: 'missing' });
    },
  );

  it.each([
    [true, 'true'],
    [false, 'false'],
    ['Tổng số', 'Tổng số'],
    ['#REF!', '#REF!'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [{}, '[object Object]'],
  ])('refuses %p as not a number', (input, text) => {
    expect(readNumberArgument(input)).toEqual({
      ok: false,
      error: 'not-a-number',
      detail: { text },
    });
  });

  it('refuses a range of more than one cell', () => {
    expect(readNumberArgument([[1, 2]])).toEqual({
      ok: false,
      error: 'shape-mismatch',
      detail: { shape: '1×2' },
    });
  });
});

describe('readCell', () => {
  it.each([
    [12, { kind: 'number', value: 12 }],
    ['48.924', { kind: 'number', value: 48924 }],
    [null, { kind: 'blank' }],
    ['', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    ['X', { kind: 'blank' }],
    ['...', { kind: 'blank' }],
    ['1.02.5', { kind: 'invalid', text: '1.02.5' }],
    [true, { kind: 'invalid', text: 'true' }],
  ])('reads the cell %p as %p', (input, reading) => {
    expect(readCell(input)).toEqual(reading);
  });
});

describe('readMatrix', () => {
  it.each([
    [5, [[5]]],
    [[1, 2], [[1, 2]]],
    [
      [[1], [2]],
      [[1], [2]],
    ],
    [[], []],
  ])('reads %p as the rows %p', (input, rows) => {
    expect(readMatrix(input)).toEqual({ ok: true, value: rows });
  });

  it.each([[[[1, 2], [3]]], [[[1], 2]]])('refuses the ragged range %p', (input) => {
    expect(readMatrix(input)).toEqual({
      ok: false,
      error: 'shape-mismatch',
      detail: { shape: 'ragged' },
    });
  });

  it('writes shapes as rows×columns', () => {
    expect(shapeOf([[1], [2], [3]])).toBe('3×1');
    expect(shapeOf([])).toBe('0×0');
  });
});
