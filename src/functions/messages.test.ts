import type { MeasureError } from '../core/measures';
import { cellPosition, formatNumber, messageFor } from './messages';

const codes: MeasureError[] = [
  'missing',
  'div-by-zero',
  'not-a-number',
  'incompatible-units',
  'shares-not-whole',
  'negative-plan',
  'shape-mismatch',
  'unknown-unit',
];

describe('messages', () => {
  it.each(codes)('has a Vietnamese and an English message for %s, even with no facts', (code) => {
    const vi = messageFor(code, {}, 'vi');
    const en = messageFor(code, {}, 'en');
    expect(vi).not.toBe(en);
    for (const text of [vi, en]) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|\s{2}|\s$|\s[:,]/);
    }
  });

  it('says "Thiếu số liệu" / "Missing value" for a missing value, as the issue asks', () => {
    expect(messageFor('missing', {}, 'vi')).toBe('Thiếu số liệu');
    expect(messageFor('missing', {}, 'en')).toBe('Missing value');
  });

  it('says what the shares add up to', () => {
    expect(messageFor('shares-not-whole', { value: '99,5' }, 'vi')).toBe(
      'Tỷ lệ phân bổ cộng lại bằng 99,5, phải là 100% (hoặc 1)',
    );
  });

  it.each<[number, string, string]>([
    [99.5, '99,5', '99.5'],
    [100, '100', '100'],
    [1022.5, '1.022,5', '1,022.5'],
    [-400, '-400', '-400'],
    [0.1 + 0.2, '0,3', '0.3'],
    [1234567.125, '1.234.567,125', '1,234,567.125'],
  ])('writes %p as %p in Vietnamese and %p in English', (value, vi, en) => {
    expect(formatNumber(value, 'vi')).toBe(vi);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it('counts rows and columns from 1 for people', () => {
    expect(cellPosition(0, 2, 'vi')).toBe('hàng 1, cột 3');
    expect(cellPosition(4, 0, 'en')).toBe('row 5, column 1');
  });
});
