import { en } from './en';
import {
  formatMessage,
  formatNumber,
  formatSuggestion,
  placeholdersOf,
  UnknownMessageKeyError,
} from './formatMessage';
import { vi } from './vi';
import type { SuggestionReason } from '../rules/finding';
import { ruleIds } from '../rules/ruleCatalog';

describe('message catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.keys(vi))('%s has the same placeholders in both languages', (key) => {
    expect(placeholdersOf(en[key as keyof typeof en])).toEqual(
      placeholdersOf(vi[key as keyof typeof vi]),
    );
  });

  it('have at least one finding message per rule besides its description', () => {
    for (const id of ruleIds) {
      const keys = Object.keys(vi).filter((key) => key === id || key.startsWith(`${id}.`));
      expect(keys.length).toBeGreaterThan(0);
    }
  });

  it('have a message for every suggestion reason', () => {
    const reasons: SuggestionReason[] = [
      'wrong-digit',
      'swapped-digits',
      'missing-digit',
      'extra-digit',
      'sign',
      'scale-1000',
      'monthly-12',
      'rounding',
      'recompute',
    ];
    for (const reason of reasons) expect(vi).toHaveProperty([`suggestion.${reason}`]);
  });
});

describe('formatNumber', () => {
  it.each([
    [1022.5, '1.022,5', '1,022.5'],
    [48924, '48.924', '48,924'],
    [717.716, '717,716', '717.716'],
    [-23, '-23', '-23'],
    [100.49253, '100,493', '100.493'],
    [0, '0', '0'],
    [1234567.1, '1.234.567,1', '1,234,567.1'],
  ])('%p → %p (vi), %p (en)', (value, inVietnamese, inEnglish) => {
    expect(formatNumber(value, 'vi')).toBe(inVietnamese);
    expect(formatNumber(value, 'en')).toBe(inEnglish);
  });
});

describe('formatMessage', () => {
  const params = {
    label: 'Tổng số HTX',
    totalCell: 'C10',
    total: 437,
    partsSum: 460,
    gap: 23,
    period: 'Ước TH 2022',
  };

  it('writes a reviewer’s sentence in Vietnamese by default', () => {
    expect(formatMessage('sum-of-parts.sectors', params)).toBe(
      'Tổng số HTX (C10 = 437) khác tổng các lĩnh vực (460) ở cột Ước TH 2022: chênh lệch 23.',
    );
  });

  it('writes numbers the English way in English', () => {
    expect(formatMessage('sum-of-parts.sectors', { ...params, total: 1022.5 }, 'en')).toContain(
      '(C10 = 1,022.5)',
    );
  });

  it('leaves cell addresses as they are', () => {
    expect(formatMessage('cell-error', { valueCell: "'PL I'!G13", error: '#REF!' })).toBe(
      "Ô 'PL I'!G13 báo lỗi #REF!: các số liệu liên quan không kiểm tra được.",
    );
  });

  it('throws a named error for a key in neither catalogue', () => {
    expect(() => formatMessage('no-such-key', {})).toThrow(UnknownMessageKeyError);
  });

  it('words suggestions', () => {
    expect(formatSuggestion({ cell: 'C10', value: 437, reason: 'swapped-digits' })).toBe(
      'Có thể gõ đảo hai chữ số: sửa C10 thành 437.',
    );
  });
});
