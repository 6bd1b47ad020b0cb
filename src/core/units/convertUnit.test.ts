import fc from 'fast-check';
import { convertUnit } from './convertUnit';

const converted = (value: number, from: string, to: string) => {
  const result = convertUnit(value, from, to);
  if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
  return result.value;
};

describe('convertUnit', () => {
  it.each([
    [1.5, 'tỷ đồng', 'triệu đồng', 1500],
    [1.1, 'tỷ', 'triệu', 1100],
    [2.2, 'tỷ đồng', 'tr.đ', 2200],
    [717.716, 'tỷ đồng', 'triệu đồng', 717716],
    [1500, 'triệu đồng', 'tỷ đồng', 1.5],
    [1, 'triệu đồng', 'đồng', 1e6],
    [48924, 'nghìn đồng', 'triệu đồng', 48.924],
    [0.7, 'tỷ đồng', 'đồng', 7e8],
    [123, 'đ', 'tỷ đồng', 1.23e-7],
    [5, 'triệu đồng', 'Triệu đồng', 5],
  ])('converts %p %s to exactly %p %s', (value, from, to, expected) => {
    expect(converted(value, from, to)).toBe(expected);
  });

  it.each([
    [5, 'triệu đồng/tháng', 'triệu đồng/năm', 60],
    [1.1, 'triệu đồng/người/tháng', 'triệu đồng/người/năm', 13.2],
    [13.2, 'triệu đồng/người/năm', 'triệu đồng/người/tháng', 1.1],
    [60, 'triệu đồng/HTX/năm', 'triệu đồng/HTX/tháng', 5],
    [10, 'triệu đồng/năm', 'triệu đồng/tháng', 10 / 12],
    [4.5, 'triệu đồng/lao động/tháng', 'tỷ đồng/lao động/năm', 0.054],
    [54, 'triệu đồng/lao động/năm', 'nghìn đồng/lao động/tháng', 4500],
  ])('converts %p %s to exactly %p %s', (value, from, to, expected) => {
    expect(converted(value, from, to)).toBe(expected);
  });

  it.each([
    [437, 'HTX', 'HTX'],
    [437, 'HTX', 'hợp tác xã'],
    [12, 'người', 'Người'],
    [0.343, '%', '%'],
  ])('converts the count %p %s only to itself', (value, from, to) => {
    expect(converted(value, from, to)).toBe(value);
  });

  it.each([
    ['triệu đồng/người/tháng', 'triệu đồng/HTX/tháng'],
    ['triệu đồng/người/năm', 'triệu đồng/năm'],
    ['triệu đồng/năm', 'triệu đồng'],
    ['triệu đồng', 'HTX'],
    ['HTX', 'người'],
    ['HTX', 'THT'],
    ['%', 'triệu đồng'],
    ['HTX/năm', 'HTX/tháng'],
  ])('refuses to convert %s to %s', (from, to) => {
    expect(convertUnit(1, from, to)).toEqual({
      ok: false,
      error: 'incompatible-units',
      detail: `${from} → ${to}`,
    });
  });

  it.each([
    ['USD', 'triệu đồng', 'USD'],
    ['triệu đồng', 'đô la', 'đô la'],
  ])('names the unit it does not know in %s → %s', (from, to, unknown) => {
    expect(convertUnit(1, from, to)).toEqual({ ok: false, error: 'unknown-unit', detail: unknown });
  });

  it('passes non-finite values through without throwing', () => {
    expect(converted(NaN, 'tỷ', 'triệu')).toBeNaN();
    expect(converted(Infinity, 'triệu đồng/tháng', 'triệu đồng/năm')).toBe(Infinity);
  });

  // Numbers as typed: at most 15 significant digits, which the ×12 keeps exact in a double.
  const typedNumber = fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, decimals]) => Number(`${digits}e-${decimals}`));

  it('goes there and back to the same number', () => {
    fc.assert(
      fc.property(typedNumber, (x) => {
        expect(converted(converted(x, 'tỷ đồng', 'đồng'), 'đồng', 'tỷ đồng')).toBe(x + 0);
        const yearly = converted(x, 'triệu đồng/người/tháng', 'triệu đồng/người/năm');
        expect(converted(yearly, 'triệu đồng/người/năm', 'triệu đồng/người/tháng')).toBe(x + 0);
      }),
      { numRuns: 2000 },
    );
  });
});
