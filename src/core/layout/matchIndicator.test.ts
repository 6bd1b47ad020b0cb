import { blockOf, matchFunding, matchIndicator, matchSector } from './matchIndicator';
import { tokensOf } from './phrases';

const code = (label: string, block?: 'htx' | 'lhhtx' | 'tht') =>
  matchIndicator(tokensOf(label), block);

describe('matchIndicator', () => {
  it.each([
    ['Tổng số hợp tác xã', 'htx.count'],
    ['Tổng số HTX hiện có', 'htx.count'],
    ['Số lượng hợp tác xã', 'htx.count'],
    ['TONG SO HOP TAC XA', 'htx.count'],
    ['Số HTX đang hoạt động', 'htx.active'],
    ['Đang hoạt động', 'htx.active'],
    ['Tạm ngừng hoạt động', 'htx.paused'],
    ['Số HTX ngừng hoạt động', 'htx.paused'],
    ['Đang giải thể', 'htx.dissolving'],
    ['Số HTX giải thể', 'htx.dissolved'],
    ['Số HTX thành lập mới', 'htx.new'],
    ['Số HTX chuyển đổi thành doanh nghiệp', 'htx.converted'],
    ['Số HTX hoạt động hiệu quả (tốt, khá)', 'htx.rated-good'],
    ['Số HTX nông nghiệp ứng dụng công nghệ cao', 'htx.high-tech'],
    ['Số HTX nông nghiệp liên kết với doanh nghiệp theo chuỗi giá trị', 'htx.value-chain'],
    ['Số lượng thành viên', 'htx.members'],
    ['Tổng số thành viên hợp tác xã', 'htx.members'],
    ['Số thành viên mới gia nhập', 'htx.new-members'],
    ['Tổng số lao động thường xuyên trong HTX', 'htx.workers'],
    ['Số lao động là thành viên HTX', 'htx.member-workers'],
    ['Tổng số cán bộ quản lý HTX', 'htx.managers'],
    ['Trình độ sơ, trung cấp', 'htx.managers-intermediate'],
    ['Trình độ cao đẳng, đại học trở lên', 'htx.managers-college'],
    ['Doanh thu bình quân của HTX', 'htx.avg-revenue'],
    ['Doanh thu bình quân một hợp tác xã', 'htx.avg-revenue'],
    ['Doanh thu trung bình của HTX', 'htx.avg-revenue'],
    ['DT bq 01 HTX', 'htx.avg-revenue'],
    ['Doanh thu của HTX với thành viên', 'htx.avg-revenue-members'],
    ['Lãi bình quân', 'htx.avg-profit'],
    ['Lợi nhuận bình quân 1 HTX', 'htx.avg-profit'],
    ['Thu nhập bình quân của lao động thường xuyên', 'htx.avg-income'],
    ['Thu nhập bình quân của người lao động trong HTX', 'htx.avg-income'],
    ['Vốn điều lệ', 'htx.charter-capital'],
    ['Tổng số LHHTX', 'lhhtx.count'],
    ['Tổng số liên hiệp hợp tác xã', 'lhhtx.count'],
    ['Số LH HTX đang hoạt động', 'lhhtx.active'],
    ['Tổng số hợp tác xã thành viên', 'lhhtx.member-htx'],
    ['Tổng số tổ hợp tác', 'tht.count'],
    ['Số THT thành lập mới', 'tht.new'],
    ['Doanh thu bình quân một THT', 'tht.avg-revenue'],
  ])('matches %j to %s', (label, expected) => {
    expect(code(label)).toBe(expected);
  });

  it('takes the block from the block row when the label names none', () => {
    expect(code('Tổng số thành viên', 'tht')).toBe('tht.members');
    expect(code('Doanh thu bình quân', 'lhhtx')).toBe('lhhtx.avg-revenue');
  });

  it('does not take the income of members for the income of workers', () => {
    expect(code('Thu nhập bình quân của thành viên')).not.toBe('htx.avg-income');
  });

  it.each(['Ghi chú', 'Huyện Đức Trọng', 'Đào tạo, bồi dưỡng nguồn nhân lực'])(
    'matches nothing for %j',
    (label) => {
      expect(code(label)).toBeUndefined();
    },
  );
});

describe('matchSector', () => {
  it.each([
    ['Nông, lâm, ngư nghiệp', 'sector.agriculture'],
    ['HTX nông nghiệp', 'sector.agriculture'],
    ['NN', 'sector.agriculture'],
    ['Công nghiệp - TTCN', 'sector.industry'],
    ['Tiểu thủ công nghiệp', 'sector.industry'],
    ['Xây dựng', 'sector.construction'],
    ['Thương mại - dịch vụ', 'sector.trade-services'],
    ['TM-DV', 'sector.trade-services'],
    ['Vận tải', 'sector.transport'],
    ['Giao thông vận tải', 'sector.transport'],
    ['Quỹ tín dụng nhân dân', 'sector.credit'],
    ['QTDND', 'sector.credit'],
    ['Môi trường', 'sector.environment'],
    ['Khác', 'sector.other'],
    ['Lĩnh vực khác', 'sector.other'],
  ])('matches %j to %s', (label, expected) => {
    expect(matchSector(tokensOf(label))).toBe(expected);
  });

  it.each(['Xây dựng mô hình HTX kiểu mới', 'Phi nông nghiệp', 'Huyện Lâm Hà', 'Tổng số'])(
    'is strict: %j is no sector',
    (label) => {
      expect(matchSector(tokensOf(label))).toBeUndefined();
    },
  );
});

describe('matchFunding', () => {
  it.each([
    ['Tổng số', 'funding.total'],
    ['NSTW', 'funding.central'],
    ['Ngân sách trung ương', 'funding.central'],
    ['NSĐP', 'funding.local'],
    ['Ngân sách địa phương', 'funding.local'],
    ['Khác', 'funding.other'],
    ['Vốn khác', 'funding.other'],
    ['Nguồn hợp pháp khác', 'funding.other'],
  ])('matches %j to %s', (header, expected) => {
    expect(matchFunding(tokensOf(header))).toBe(expected);
  });
});

describe('blockOf', () => {
  it.each([
    ['Hợp tác xã', 'htx'],
    ['HỢP TÁC XÃ', 'htx'],
    ['Liên hiệp HTX', 'lhhtx'],
    ['Liên hiệp hợp tác xã', 'lhhtx'],
    ['Tổ hợp tác (THT)', 'tht'],
    ['Khu vực hợp tác xã', 'htx'],
  ])('reads %j as block %s', (label, block) => {
    expect(blockOf(tokensOf(label))).toBe(block);
  });

  it('does not take an indicator naming an entity for a block row', () => {
    expect(blockOf(tokensOf('Tổng số hợp tác xã'))).toBeUndefined();
    expect(blockOf(tokensOf('Hợp tác xã nông nghiệp'))).toBeUndefined();
  });
});
