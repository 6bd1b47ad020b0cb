import fc from 'fast-check';
import { parseVietnameseNumber } from './parseVietnameseNumber';

const valueOf = (text: string, convention: 'vi' | 'en' = 'vi') =>
  parseVietnameseNumber(text, convention)?.value;

describe('parseVietnameseNumber in the Vietnamese convention', () => {
  it.each([
    ['1.022', 1022],
    ['59,709', 59.709],
    ['1.022,5', 1022.5],
    ['48.924', 48924],
    ['1.234.567', 1234567],
    ['1.234.567,891', 1234567.891],
    ['717,716', 717.716],
    ['02', 2],
    ['05', 5],
    ['0', 0],
    ['-5', -5],
    ['\u22125', -5],
    ['+5', 5],
    ['-0', 0],
    ['1\u00a0022', 1022],
    ['1\u2009022', 1022],
    ['1\u202f022,5', 1022.5],
    ['1 022', 1022],
    ['  437  ', 437],
    ['0,5', 0.5],
  ])('reads %j as %p', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it.each([
    ['1022.5', 1022.5],
    ['1.02', 1.02],
    ['0.5', 0.5],
    ['0.500', 0.5],
    ['02.000', 2],
    ['-12.3456', -12.3456],
    ['1.5e-7', 1.5e-7],
    ['1e+21', 1e21],
  ])('leniently reads the raw JavaScript value %j as %p', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it('counts the decimals as written', () => {
    expect(parseVietnameseNumber('1.022,50')?.decimals).toBe(2);
    expect(parseVietnameseNumber('1.022')?.decimals).toBe(0);
    expect(parseVietnameseNumber('1022.5')?.decimals).toBe(1);
    expect(parseVietnameseNumber('1.5e-7')?.decimals).toBe(8);
  });

  it('reads a percentage as its fraction and keeps the decimals written', () => {
    expect(parseVietnameseNumber('34,3%')).toEqual({
      value: 0.343,
      decimals: 1,
      percent: true,
      approximate: false,
    });
    expect(valueOf('109 %')).toBe(1.09);
    expect(valueOf('100,5%')).toBe(1.005);
  });

  it.each([
    'khoảng 600',
    'Khoảng 600',
    'trên 600',
    'hơn 600',
    'gần 600',
    'xấp xỉ 600',
    '~600',
    '≈ 600',
  ])('marks %j as approximately 600', (text) => {
    expect(parseVietnameseNumber(text)).toMatchObject({ value: 600, approximate: true });
  });

  it('reads approximations written in decomposed Unicode', () => {
    expect(parseVietnameseNumber('kho\u1ea3ng 600'.normalize('NFD'))?.approximate).toBe(true);
  });

  it.each([
    ['15 - 20', 17.5, [15, 20]],
    ['15-20', 17.5, [15, 20]],
    ['15 – 20', 17.5, [15, 20]],
    ['15 ÷ 20', 17.5, [15, 20]],
    ['15 đến 20', 17.5, [15, 20]],
    ['1.000 - 1.500', 1250, [1000, 1500]],
    ['0,1 - 0,2', 0.15, [0.1, 0.2]],
    ['15 - 20%', 0.175, [0.15, 0.2]],
    ['15% - 20%', 0.175, [0.15, 0.2]],
    ['-5 - 5', 0, [-5, 5]],
  ])('reads the range %j as its midpoint %p', (text, value, range) => {
    expect(parseVietnameseNumber(text)).toMatchObject({ value, range });
  });

  it('reads an approximate range with a unit', () => {
    expect(parseVietnameseNumber('khoảng 15 - 20 HTX')).toEqual({
      value: 17.5,
      decimals: 0,
      percent: false,
      approximate: true,
      range: [15, 20],
      unitText: 'HTX',
    });
  });

  it.each([
    ['2,2 tỷ', 2.2, 'tỷ'],
    ['2,2tỷ', 2.2, 'tỷ'],
    ['717,716 tỷ đồng', 717.716, 'tỷ đồng'],
    ['437 HTX', 437, 'HTX'],
    ['15 triệu đồng/người/tháng', 15, 'triệu đồng/người/tháng'],
    ['109% KH', 1.09, 'KH'],
  ])('reads %j as %p and exposes the unit %j without applying it', (text, value, unitText) => {
    expect(parseVietnameseNumber(text)).toMatchObject({ value, unitText });
  });

  it.each([
    [''],
    ['   '],
    ['x'],
    ['-'],
    ['–'],
    ['#REF!'],
    ['#DIV/0!'],
    ['(5)'],
    ['- 5'],
    ['%'],
    ['1.2.3'],
    ['12.345.67'],
    ['1,2,3'],
    ['1.022,5,3'],
    ['1,022.5'],
    ['15 20'],
    ['20 - 15'],
    ['15% - 20'],
    ['5 HTX 3 THT'],
    ['5,'],
    ['1e400'],
    ['Tổng số'],
  ])('does not read %j as a number', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});

describe('parseVietnameseNumber in the English convention', () => {
  it.each([
    ['1,022', 1022],
    ['59.709', 59.709],
    ['1,022.5', 1022.5],
    ['1,234,567.891', 1234567.891],
    ['1 022.5', 1022.5],
    ['34.3%', 0.343],
    ['about', undefined],
    ['1.022,5', undefined],
    ['1,5', undefined],
  ])('reads %j as %p', (text, value) => {
    expect(valueOf(text, 'en')).toBe(value);
  });
});

describe('parseVietnameseNumber on any input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        parseVietnameseNumber(text);
        parseVietnameseNumber(text, 'en');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings made of number-like characters', () => {
    const pieces = fc.constantFrom(...'0123456789.,-−+% e~'.split(''), ' - ', 'khoảng ', 'tỷ', '%');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const result = parseVietnameseNumber(parts.join(''));
        if (result) expect(Number.isFinite(result.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back any number Intl writes in vi-VN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, k) => {
          const text = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: k }).format(x);
          const parsed = parseVietnameseNumber(text);
          expect(parsed).not.toBeNull();
          const tolerance = 0.5 * 10 ** -k + Math.abs(x) * 1e-15;
          expect(Math.abs(parsed!.value - x)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads back any number Intl writes in en-US, in the English convention', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, k) => {
          const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: k }).format(x);
          const parsed = parseVietnameseNumber(text, 'en');
          expect(parsed).not.toBeNull();
          const tolerance = 0.5 * 10 ** -k + Math.abs(x) * 1e-15;
          expect(Math.abs(parsed!.value - x)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
