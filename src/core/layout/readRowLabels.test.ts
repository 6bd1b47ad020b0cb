import { isTotalLabel, parseMarker, readPrefix } from './readRowLabels';
import { tokensOf } from './phrases';

describe('parseMarker', () => {
  it.each([
    ['I', 'roman', 'I', ''],
    ['II. Hợp tác xã', 'roman', 'II', 'Hợp tác xã'],
    ['IV', 'roman', 'IV', ''],
    ['A', 'upper', 'A', ''],
    ['B. Tổ hợp tác', 'upper', 'B', 'Tổ hợp tác'],
    ['1', 'decimal1', '1', ''],
    ['2. Tổng số thành viên', 'decimal1', '2', 'Tổng số thành viên'],
    ['1.1', 'decimal2', '1.1', ''],
    ['1.1.1. Tổ hợp tác (THT)', 'decimal3', '1.1.1', 'Tổ hợp tác (THT)'],
    ['a)', 'lower', 'a', ''],
    ['b) Hợp tác xã (HTX)', 'lower', 'b', 'Hợp tác xã (HTX)'],
    ['(1)', 'paren', '(1)', ''],
    ['- Số HTX đang hoạt động', 'dash', '-', 'Số HTX đang hoạt động'],
    ['– Nông nghiệp', 'dash', '-', 'Nông nghiệp'],
    ['+ Trình độ trung cấp', 'plus', '+', 'Trình độ trung cấp'],
    ['* Ghi chú', 'star', '*', 'Ghi chú'],
  ])('reads %j as %s %j', (text, kind, marker, rest) => {
    expect(parseMarker(text)).toEqual({ kind, marker, rest });
  });

  it.each(['Tổng số HTX', 'Ước thực hiện', '2022', 'Huyện A', 'An Nhơn', '-5'])(
    'finds no marker in %j',
    (text) => {
      expect(parseMarker(text).kind).toBe('none');
    },
  );
});

describe('readPrefix', () => {
  it.each([
    ['Trong đó:', 'of-which', ''],
    ['Trong đó: HTX thành lập mới', 'of-which', 'HTX thành lập mới'],
    ['Trong do: - Số HTX đang hoạt động', 'of-which', '- Số HTX đang hoạt động'],
    ['Chia ra:', 'part', ''],
    ['Bao gồm:', 'part', ''],
  ])('reads %j', (text, prefix, rest) => {
    expect(readPrefix(text)).toEqual({ prefix, rest });
  });

  it('leaves other labels alone', () => {
    expect(readPrefix('Số HTX phân theo lĩnh vực')).toEqual({ rest: 'Số HTX phân theo lĩnh vực' });
  });
});

describe('isTotalLabel', () => {
  it.each(['Tổng số', 'Tổng cộng', 'Cộng', 'TOÀN TỈNH', 'Tổng cộng (I+II+III)', 'Tổng số chung'])(
    '%j is a total',
    (text) => {
      expect(isTotalLabel(text, tokensOf(text))).toBe(true);
    },
  );
  it.each(['Tổng số HTX', 'Tổng số thành viên', 'Công nghiệp', 'Cộng đồng'])(
    '%j is not',
    (text) => {
      expect(isTotalLabel(text, tokensOf(text))).toBe(false);
    },
  );
});
