import { en } from './en';
import { formatMessage } from './useMessages';
import { vi, type MessageCode } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codes = Object.keys(vi) as MessageCode[];

describe('message catalogues', () => {
  it.each(codes)('%s uses the same placeholders in both languages', (code) => {
    expect(placeholders(en[code])).toEqual(placeholders(vi[code]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('vi', 'insert.cancelled', { address: 'A1' })).toBe(
      'Chưa ghi gì: ô A1 giữ nguyên.',
    );
    expect(formatMessage('en', 'insert.cancelled')).toBe(
      'Nothing written: cell {address} is unchanged.',
    );
  });
});
