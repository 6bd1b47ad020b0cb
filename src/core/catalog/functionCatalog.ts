/**
 * The HTX.* worksheet functions as data: names, descriptions, parameters and one example each,
 * in Vietnamese (the primary language) and English. The task pane's function guide, the
 * Vietnamese functions metadata (functions.vi-VN.json) and the function reference in docs/ are
 * all built from this one table, so a wording fixed here is fixed everywhere.
 *
 * This file is pure data with no imports: the build reads it by transpiling it on the fly
 * (scripts/loadFunctionCatalog.js). Ids are permanent (DESIGN.md §4); add, never rename.
 */

export type FunctionId =
  | 'ATTAINMENT'
  | 'PER_UNIT'
  | 'WEIGHTED_AVERAGE'
  | 'SHARE'
  | 'GROWTH'
  | 'CAPITAL_SPLIT'
  | 'IMBALANCE'
  | 'CONVERT'
  | 'NUMBER';

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface FunctionParameterInfo {
  /** ASCII, exactly the parameter name in src/functions/functions.ts. */
  id: string;
  /** Short label, lower case, words separated by spaces ("thực hiện"). */
  name: LocalizedText;
  description: LocalizedText;
  optional?: boolean;
  /** The parameter takes a range (declared `any[][]`). */
  range?: boolean;
}

/** An Excel error value the function can return, and when. */
export interface FunctionErrorInfo {
  code: '#N/A' | '#DIV/0!' | '#VALUE!' | '#NUM!';
  when: LocalizedText;
}

export interface FunctionInfo {
  id: FunctionId;
  /** The name Excel shows when its display language is Vietnamese (ASCII, no namespace). */
  viName: string;
  description: LocalizedText;
  parameters: FunctionParameterInfo[];
  /** What the function returns, in a sentence. */
  result: LocalizedText;
  /** Errors beyond the ones every function shares (see commonErrors). */
  errors: FunctionErrorInfo[];
  example: {
    /** As an English Excel shows it: "=HTX.ATTAINMENT(E12, D12)". */
    en: string;
    /** As a Vietnamese Excel shows it: "=HTX.TYLEDAT(E12; D12)". */
    vi: string;
    result: LocalizedText;
  };
}

export const functionNamespace = 'HTX';

const numberHint: LocalizedText = {
  vi: 'một số, một ô, hoặc chữ số viết kiểu Việt Nam như "1.022,5"',
  en: 'a number, a cell, or a number written the Vietnamese way such as "1.022,5"',
};

const divisionByZero = (vi: string, en: string): FunctionErrorInfo => ({
  code: '#DIV/0!',
  when: { vi, en },
});

/** Errors every function can return: a missing value, and text that is not a number. */
export const commonErrors: readonly FunctionErrorInfo[] = [
  {
    code: '#N/A',
    when: {
      vi: 'Thiếu số liệu: một đối số bắt buộc để trống.',
      en: 'Missing value: a required argument is blank.',
    },
  },
  {
    code: '#VALUE!',
    when: {
      vi: 'Một đối số là chữ nhưng không đọc được thành số.',
      en: 'An argument is text that cannot be read as a number.',
    },
  },
];

export const functionCatalog: readonly FunctionInfo[] = [
  {
    id: 'ATTAINMENT',
    viName: 'TYLEDAT',
    description: {
      vi: 'Tỷ lệ đạt kế hoạch: số thực hiện chia cho số kế hoạch.',
      en: 'Percent of plan: the actual figure divided by the plan.',
    },
    parameters: [
      {
        id: 'actual',
        name: { vi: 'thực hiện', en: 'actual' },
        description: {
          vi: `Số thực hiện hoặc ước thực hiện: ${numberHint.vi}.`,
          en: `The actual or estimated figure: ${numberHint.en}.`,
        },
      },
      {
        id: 'plan',
        name: { vi: 'kế hoạch', en: 'plan' },
        description: {
          vi: 'Số kế hoạch của cùng chỉ tiêu, cùng đơn vị tính; không được âm.',
          en: 'The planned figure of the same indicator, in the same unit; not negative.',
        },
      },
    ],
    result: {
      vi: 'Một phân số: 1,0925 nghĩa là đạt 109,25% kế hoạch (định dạng ô theo phần trăm để thấy 109,25%).',
      en: 'A fraction: 1.0925 means 109.25% of plan (format the cell as a percentage to see 109.25%).',
    },
    errors: [
      divisionByZero('Số kế hoạch bằng 0.', 'The plan is zero.'),
      { code: '#NUM!', when: { vi: 'Số kế hoạch là số âm.', en: 'The plan is negative.' } },
    ],
    example: {
      en: '=HTX.ATTAINMENT(E12, D12)',
      vi: '=HTX.TYLEDAT(E12; D12)',
      result: {
        vi: 'Với E12 = 437 (ước thực hiện) và D12 = 400 (kế hoạch): 1,0925, tức 109,25%.',
        en: 'With E12 = 437 (estimate) and D12 = 400 (plan): 1.0925, that is 109.25%.',
      },
    },
  },
  {
    id: 'PER_UNIT',
    viName: 'BINHQUAN',
    description: {
      vi: 'Bình quân trên một đơn vị: tổng số chia cho số lượng (doanh thu bình quân một HTX, thu nhập bình quân một lao động…).',
      en: 'Average per unit: a total divided by a count (average revenue per cooperative, average income per worker…).',
    },
    parameters: [
      {
        id: 'total',
        name: { vi: 'tổng số', en: 'total' },
        description: {
          vi: `Tổng của chỉ tiêu (tổng doanh thu, tổng thu nhập…): ${numberHint.vi}.`,
          en: `The total of the indicator (total revenue, total income…): ${numberHint.en}.`,
        },
      },
      {
        id: 'count',
        name: { vi: 'số lượng', en: 'count' },
        description: {
          vi: 'Số đơn vị để chia: số HTX, số thành viên hoặc số lao động.',
          en: 'The number of units to divide by: cooperatives, members or workers.',
        },
      },
    ],
    result: {
      vi: 'Tổng số chia cho số lượng, cùng đơn vị tính với tổng số.',
      en: 'The total divided by the count, in the unit of the total.',
    },
    errors: [divisionByZero('Số lượng bằng 0.', 'The count is zero.')],
    example: {
      en: '=HTX.PER_UNIT(F20, F5)',
      vi: '=HTX.BINHQUAN(F20; F5)',
      result: {
        vi: 'Với F20 = 52.440 (triệu đồng doanh thu) và F5 = 437 (HTX): 120 triệu đồng/HTX.',
        en: 'With F20 = 52,440 (million đồng of revenue) and F5 = 437 (cooperatives): 120 million đồng per cooperative.',
      },
    },
  },
  {
    id: 'WEIGHTED_AVERAGE',
    viName: 'BINHQUANGIAQUYEN',
    description: {
      vi: 'Bình quân gia quyền: tổng (giá trị × quyền số) chia cho tổng quyền số, chỉ tính những cặp ô mà cả hai đều là số.',
      en: 'Weighted average: the sum of value × weight divided by the sum of the weights, over the pairs of cells that both hold numbers.',
    },
    parameters: [
      {
        id: 'values',
        name: { vi: 'các giá trị', en: 'values' },
        description: {
          vi: 'Vùng các giá trị bình quân (ví dụ doanh thu bình quân của từng lĩnh vực). Ô trống hoặc chữ không phải số thì bỏ qua cặp đó.',
          en: 'The range of averages (for example the average revenue of each sector). A blank cell or text that is not a number skips its pair.',
        },
        range: true,
      },
      {
        id: 'weights',
        name: { vi: 'các quyền số', en: 'weights' },
        description: {
          vi: 'Vùng quyền số cùng kích thước với vùng giá trị (ví dụ số HTX của từng lĩnh vực).',
          en: 'The range of weights, the same shape as the values (for example the number of cooperatives in each sector).',
        },
        range: true,
      },
    ],
    result: {
      vi: 'Giá trị bình quân chung, cùng đơn vị tính với các giá trị.',
      en: 'The overall average, in the unit of the values.',
    },
    errors: [
      divisionByZero(
        'Tổng quyền số bằng 0, hoặc không có cặp nào cả hai ô đều là số.',
        'The weights sum to zero, or no pair has a number in both cells.',
      ),
      {
        code: '#VALUE!',
        when: {
          vi: 'Hai vùng không cùng kích thước.',
          en: 'The two ranges are not the same shape.',
        },
      },
    ],
    example: {
      en: '=HTX.WEIGHTED_AVERAGE(E5:E6, C5:C6)',
      vi: '=HTX.BINHQUANGIAQUYEN(E5:E6; C5:C6)',
      result: {
        vi: 'Với E5:E6 = 1.000 và 2.000 (doanh thu bình quân), C5:C6 = 30 và 10 (số HTX): 1.250.',
        en: 'With E5:E6 = 1,000 and 2,000 (average revenue) and C5:C6 = 30 and 10 (cooperatives): 1,250.',
      },
    },
  },
  {
    id: 'SHARE',
    viName: 'TYTRONG',
    description: {
      vi: 'Tỷ trọng: phần chia cho tổng thể (tỷ trọng HTX nông nghiệp trong tổng số HTX…).',
      en: 'Share: a part divided by the whole (the share of agricultural cooperatives among all cooperatives…).',
    },
    parameters: [
      {
        id: 'part',
        name: { vi: 'bộ phận', en: 'part' },
        description: {
          vi: `Số của bộ phận: ${numberHint.vi}.`,
          en: `The figure of the part: ${numberHint.en}.`,
        },
      },
      {
        id: 'whole',
        name: { vi: 'tổng thể', en: 'whole' },
        description: {
          vi: 'Số của tổng thể chứa bộ phận đó.',
          en: 'The figure of the whole the part belongs to.',
        },
      },
    ],
    result: {
      vi: 'Một phân số: 0,375 nghĩa là chiếm 37,5%.',
      en: 'A fraction: 0.375 means 37.5%.',
    },
    errors: [divisionByZero('Tổng thể bằng 0.', 'The whole is zero.')],
    example: {
      en: '=HTX.SHARE(C6, C5)',
      vi: '=HTX.TYTRONG(C6; C5)',
      result: {
        vi: 'Với C6 = 150 (HTX nông nghiệp) và C5 = 400 (tổng số HTX): 0,375, tức 37,5%.',
        en: 'With C6 = 150 (agricultural cooperatives) and C5 = 400 (all cooperatives): 0.375, that is 37.5%.',
      },
    },
  },
  {
    id: 'GROWTH',
    viName: 'TANGTRUONG',
    description: {
      vi: 'Tốc độ tăng trưởng: số kỳ này chia cho số kỳ trước, trừ 1 (âm khi giảm).',
      en: 'Growth rate: this period divided by the previous period, minus 1 (negative when it falls).',
    },
    parameters: [
      {
        id: 'current',
        name: { vi: 'kỳ này', en: 'current' },
        description: {
          vi: `Số của kỳ này (năm nay): ${numberHint.vi}.`,
          en: `The figure of this period (this year): ${numberHint.en}.`,
        },
      },
      {
        id: 'previous',
        name: { vi: 'kỳ trước', en: 'previous' },
        description: {
          vi: 'Số của kỳ trước (năm trước) của cùng chỉ tiêu.',
          en: 'The figure of the previous period (last year) of the same indicator.',
        },
      },
    ],
    result: {
      vi: 'Một phân số: 0,0925 nghĩa là tăng 9,25%; −0,05 nghĩa là giảm 5%.',
      en: 'A fraction: 0.0925 means a rise of 9.25%; −0.05 means a fall of 5%.',
    },
    errors: [divisionByZero('Số kỳ trước bằng 0.', 'The previous figure is zero.')],
    example: {
      en: '=HTX.GROWTH(F12, E12)',
      vi: '=HTX.TANGTRUONG(F12; E12)',
      result: {
        vi: 'Với F12 = 437 (năm 2022) và E12 = 400 (năm 2021): 0,0925, tức tăng 9,25%.',
        en: 'With F12 = 437 (2022) and E12 = 400 (2021): 0.0925, a rise of 9.25%.',
      },
    },
  },
  {
    id: 'CAPITAL_SPLIT',
    viName: 'PHANBOVON',
    description: {
      vi: 'Phân bổ vốn theo tỷ lệ: chia tổng số theo các tỷ lệ, làm tròn từng phần sao cho các phần cộng lại đúng bằng tổng đã làm tròn.',
      en: 'Capital split: divides a total by shares, rounding each amount so that the amounts add up exactly to the rounded total.',
    },
    parameters: [
      {
        id: 'total',
        name: { vi: 'tổng vốn', en: 'total' },
        description: {
          vi: `Tổng số cần phân bổ: ${numberHint.vi}.`,
          en: `The total to split: ${numberHint.en}.`,
        },
      },
      {
        id: 'shares',
        name: { vi: 'các tỷ lệ', en: 'shares' },
        description: {
          vi: 'Một hàng hoặc một cột tỷ lệ: phân số cộng lại bằng 1 hoặc phần trăm cộng lại bằng 100.',
          en: 'A row or a column of shares: fractions adding up to 1 or percents adding up to 100.',
        },
        range: true,
      },
      {
        id: 'decimals',
        name: { vi: 'số chữ số thập phân', en: 'decimals' },
        description: {
          vi: 'Số chữ số thập phân của mỗi phần; bỏ trống là 0 (làm tròn đến hàng đơn vị).',
          en: 'The number of decimals of each amount; blank means 0 (whole units).',
        },
        optional: true,
      },
    ],
    result: {
      vi: 'Các phần đã phân bổ, xếp theo cùng chiều với vùng tỷ lệ (hàng hoặc cột); tổng của chúng đúng bằng tổng vốn làm tròn đến số chữ số thập phân đã chọn.',
      en: 'The amounts, laid out like the shares (a row or a column); they add up exactly to the total rounded to the chosen decimals.',
    },
    errors: [
      {
        code: '#VALUE!',
        when: {
          vi: 'Các tỷ lệ không cộng lại bằng 100% (hoặc 1); thông báo nói chúng cộng lại bằng bao nhiêu. Hoặc vùng tỷ lệ không phải một hàng hay một cột.',
          en: 'The shares do not add up to 100% (or 1); the message says what they add up to. Or the shares are not a single row or column.',
        },
      },
    ],
    example: {
      en: '=HTX.CAPITAL_SPLIT(10, C5:C7, 2)',
      vi: '=HTX.PHANBOVON(10; C5:C7; 2)',
      result: {
        vi: 'Với C5:C7 = 33,4; 33,3 và 33,3 (%): 3,34; 3,33 và 3,33 trong ba ô theo cột, cộng lại đúng 10.',
        en: 'With C5:C7 = 33.4, 33.3 and 33.3 (%): 3.34, 3.33 and 3.33 down three cells, adding up to exactly 10.',
      },
    },
  },
  {
    id: 'IMBALANCE',
    viName: 'CHENHLECH',
    description: {
      vi: 'Chênh lệch: tổng số trừ đi tổng các thành phần; bằng 0 khi các thành phần cộng lại khớp với tổng.',
      en: 'Imbalance: a total minus the sum of its parts; 0 when the parts add up.',
    },
    parameters: [
      {
        id: 'total',
        name: { vi: 'tổng số', en: 'total' },
        description: {
          vi: `Số tổng: ${numberHint.vi}.`,
          en: `The total: ${numberHint.en}.`,
        },
      },
      {
        id: 'parts',
        name: { vi: 'các thành phần', en: 'parts' },
        description: {
          vi: 'Vùng các thành phần (theo lĩnh vực, theo huyện, theo nguồn vốn…); ô trống được bỏ qua.',
          en: 'The range of parts (by sector, by district, by funding source…); blank cells are skipped.',
        },
        range: true,
      },
    ],
    result: {
      vi: 'Tổng số trừ tổng các thành phần: dương khi các thành phần thiếu, âm khi thừa.',
      en: 'The total minus the sum of the parts: positive when the parts fall short, negative when they exceed it.',
    },
    errors: [],
    example: {
      en: '=HTX.IMBALANCE(C10, C11:C14)',
      vi: '=HTX.CHENHLECH(C10; C11:C14)',
      result: {
        vi: 'Với C10 = 460 và các thành phần C11:C14 cộng lại bằng 437: 23.',
        en: 'With C10 = 460 and parts C11:C14 adding up to 437: 23.',
      },
    },
  },
  {
    id: 'CONVERT',
    viName: 'DOIDONVI',
    description: {
      vi: 'Đổi đơn vị tính: giữa đồng, nghìn đồng, triệu đồng, tỷ đồng (kể cả cách viết tắt như tr.đ, trđ, tỷ đ) và giữa tính theo tháng và theo năm.',
      en: 'Converts units: between đồng, nghìn đồng, triệu đồng and tỷ đồng (with abbreviations such as tr.đ, trđ, tỷ đ) and between per-month and per-year figures.',
    },
    parameters: [
      {
        id: 'value',
        name: { vi: 'giá trị', en: 'value' },
        description: {
          vi: `Số cần đổi: ${numberHint.vi}.`,
          en: `The figure to convert: ${numberHint.en}.`,
        },
      },
      {
        id: 'from_unit',
        name: { vi: 'từ đơn vị', en: 'from unit' },
        description: {
          vi: 'Đơn vị hiện tại, ví dụ "triệu đồng/người/tháng".',
          en: 'The unit of the value, for example "triệu đồng/người/tháng".',
        },
      },
      {
        id: 'to_unit',
        name: { vi: 'sang đơn vị', en: 'to unit' },
        description: {
          vi: 'Đơn vị muốn đổi sang, ví dụ "triệu đồng/người/năm".',
          en: 'The unit wanted, for example "triệu đồng/người/năm".',
        },
      },
    ],
    result: {
      vi: 'Giá trị tính theo đơn vị mới.',
      en: 'The value in the new unit.',
    },
    errors: [
      {
        code: '#VALUE!',
        when: {
          vi: 'Không nhận ra đơn vị, hoặc hai đơn vị không đổi được cho nhau (ví dụ đồng và người).',
          en: 'A unit is not recognised, or the two units cannot be converted into each other (for example đồng and people).',
        },
      },
    ],
    example: {
      en: '=HTX.CONVERT(4.5, "triệu đồng/người/tháng", "triệu đồng/người/năm")',
      vi: '=HTX.DOIDONVI(4,5; "triệu đồng/người/tháng"; "triệu đồng/người/năm")',
      result: {
        vi: '54 (4,5 triệu đồng một tháng là 54 triệu đồng một năm).',
        en: '54 (4.5 million đồng a month is 54 million đồng a year).',
      },
    },
  },
  {
    id: 'NUMBER',
    viName: 'DOCSO',
    description: {
      vi: 'Đọc số viết kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân, số có số 0 đứng đầu, chữ "khoảng", "trên"… và dấu %.',
      en: 'Reads a number written the Vietnamese way: "." between thousands, "," before decimals, leading zeros, words such as "khoảng" (about) and a % sign.',
    },
    parameters: [
      {
        id: 'text',
        name: { vi: 'chữ số', en: 'text' },
        description: {
          vi: 'Ô hoặc chuỗi chứa số viết dạng chữ, ví dụ "1.022,5", "02", "khoảng 600", "34,3%".',
          en: 'A cell or string holding a number written as text, for example "1.022,5", "02", "khoảng 600", "34,3%".',
        },
      },
    ],
    result: {
      vi: 'Con số mà chữ đó biểu thị: "1.022" → 1022; "59,709" → 59,709; "02" → 2; "khoảng 600" → 600; "34,3%" → 0,343.',
      en: 'The number the text means: "1.022" → 1022; "59,709" → 59.709; "02" → 2; "khoảng 600" → 600; "34,3%" → 0.343.',
    },
    errors: [],
    example: {
      en: '=HTX.NUMBER("1.022,5")',
      vi: '=HTX.DOCSO("1.022,5")',
      result: {
        vi: '1022,5 (một con số, cộng trừ được như mọi số khác).',
        en: '1022.5 (a number that adds and subtracts like any other).',
      },
    },
  },
];

/** The catalogue entry of an id; throws on an unknown id, which is a programming mistake. */
export function functionInfo(id: FunctionId): FunctionInfo {
  const info = functionCatalog.find((entry) => entry.id === id);
  if (!info) throw new RangeError(`Unknown function id: ${id}`);
  return info;
}
