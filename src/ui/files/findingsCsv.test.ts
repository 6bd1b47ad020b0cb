import type { Finding } from '../../core/rules/finding';
import { formatMessage } from '../messages/useMessages';
import { byteOrderMark, csvField, findingsCsv } from './findingsCsv';

const t = (
  code: Parameters<typeof formatMessage>[1],
  params?: Parameters<typeof formatMessage>[2],
) => formatMessage('vi', code, params);

const finding: Finding = {
  rule: 'sum-of-parts',
  severity: 'error',
  sheet: 'PL II',
  cells: ['C10', 'C5'],
  messageKey: 'sum-of-parts.rows',
  params: {
    label: 'Tổng số HTX',
    totalCell: 'C10',
    total: 437,
    partsSum: 460,
    period: 'KH 2024',
    gap: 23,
  },
  expected: 460,
  actual: 437.5,
  suggestion: { cell: 'C10', value: 460, reason: 'recompute' },
};

describe('findingsCsv', () => {
  const csv = findingsCsv(
    [
      { file: 'Huyện A.xlsx', findings: [finding] },
      {
        file: 'Huyện "B", 2024.xlsx',
        findings: [
          {
            ...finding,
            severity: 'warning',
            sheet: '=cmd',
            expected: -5,
            suggestion: undefined,
            accepted: { reason: 'đã xác minh', date: '2025-01-02' },
          },
        ],
      },
    ],
    t,
    'vi',
  );
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte-order mark so Excel reads Vietnamese as UTF-8', () => {
    expect(csv.startsWith(byteOrderMark)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has a header row and one row per finding of every file', () => {
    expect(lines[0]).toBe(
      'Tệp,Trang tính,Ô,Quy tắc,Mức độ,Nội dung,Giá trị đúng,Giá trị hiện có,Đề xuất,Đã chấp nhận',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe(
      'Huyện A.xlsx,PL II,C10,sum-of-parts,Lỗi,Tổng số HTX (C10 = 437) khác tổng các dòng chi tiết (460) ở cột KH 2024: chênh lệch 23.,460,437.5,Tính lại: sửa C10 thành 460.,',
    );
  });

  it('quotes fields with commas and quotes, and defuses text Excel would run as a formula', () => {
    expect(lines[2].startsWith(`"Huyện ""B"", 2024.xlsx",'=cmd,C10,sum-of-parts,Cảnh báo,`)).toBe(
      true,
    );
    expect(lines[2].endsWith(',-5,437.5,,2025-01-02: đã xác minh')).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['+84 912', "'+84 912"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-12.5', '-12.5'],
  ])('writes %j as %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });
});
