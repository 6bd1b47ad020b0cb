import type { PeriodColumn } from './appendixTable';
import { classifyTable, type TableEvidence } from './classifyTable';
import { tokensOf } from './phrases';

const column = (letter: string, extra: Partial<PeriodColumn> = {}): PeriodColumn => ({
  column: letter,
  index: letter.charCodeAt(0) - 65,
  period: 'actual',
  header: '',
  periodFrom: 'header',
  ...extra,
});

const evidence = (extra: Partial<TableEvidence>): TableEvidence => ({
  columns: [column('D'), column('E')],
  blockRows: 0,
  measureRows: 0,
  sectorRows: 0,
  totalRows: 0,
  breakdownLabel: false,
  listLabel: false,
  titleTokens: [],
  headerTokens: [],
  ...extra,
});

describe('classifyTable', () => {
  it('reads support words in the column headers as a table of support delivered', () => {
    // "Đào tạo cán bộ quản lý HTX", "Thành lập mới HTX": support contents that name indicators.
    const kind = classifyTable(
      evidence({
        measureRows: 3,
        titleTokens: tokensOf('Kết quả thực hiện chính sách hỗ trợ HTX năm 2023'),
        headerTokens: tokensOf('Nội dung hỗ trợ Số lượng được hỗ trợ Kinh phí thực hiện'),
      }),
    );
    expect(kind).toBe('support');
  });

  it('keeps a main table with indicator rows as indicators though its title speaks of support', () => {
    const kind = classifyTable(
      evidence({
        measureRows: 6,
        titleTokens: tokensOf('Chỉ tiêu phát triển HTX và chính sách hỗ trợ năm 2023'),
        headerTokens: tokensOf('Chỉ tiêu Đơn vị tính Thực hiện 2022 Kế hoạch 2023'),
      }),
    );
    expect(kind).toBe('indicators');
  });

  it('keeps blocks of indicators as indicators whatever the headers say', () => {
    const kind = classifyTable(
      evidence({ blockRows: 2, measureRows: 6, headerTokens: tokensOf('Nội dung hỗ trợ') }),
    );
    expect(kind).toBe('indicators');
  });

  it('gives no kind to a list of cooperatives, whatever its title and columns say', () => {
    const kind = classifyTable(
      evidence({
        columns: [
          column('F', { indicator: 'htx.members', periodFrom: 'title' }),
          column('G', { indicator: 'htx.charter-capital', periodFrom: 'title' }),
        ],
        listLabel: true,
      }),
    );
    expect(kind).toBeUndefined();
  });
});
