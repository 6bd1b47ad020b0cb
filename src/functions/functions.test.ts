import { functionCatalog } from '../core/catalog/functionCatalog';
import {
  installCustomFunctionsStub,
  StubCustomFunctionError,
} from '../../test/helpers/customFunctionsStub';
import {
  attainment,
  capitalSplit,
  convert,
  customFunctionsById,
  growth,
  imbalance,
  number,
  perUnit,
  share,
  weightedAverage,
} from './functions';

let restore: () => void;
beforeEach(() => ({ restore } = installCustomFunctionsStub({ displayLanguage: 'vi-VN' })));
afterEach(() => restore());

/** The error a call throws, as Excel would show it: its code and message. */
function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof StubCustomFunctionError)
      return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the call returned instead of throwing');
}

describe('the HTX functions', () => {
  it.each<[string, () => unknown, unknown]>([
    ['ATTAINMENT divides the actual by the plan', () => attainment(437, 400), 1.0925],
    ['ATTAINMENT reads Vietnamese number text', () => attainment('1.022,5', '1.000'), 1.0225],
    ['ATTAINMENT takes an actual of zero', () => attainment(0, 400), 0],
    ['PER_UNIT divides a total by a count', () => perUnit(52440, 437), 120],
    ['PER_UNIT reads zero-padded counts', () => perUnit('100', '02'), 50],
    [
      'WEIGHTED_AVERAGE weights values by weights',
      () => weightedAverage([[1000], [2000]], [[30], [10]]),
      1250,
    ],
    [
      'WEIGHTED_AVERAGE skips pairs with a blank or text',
      () =>
        weightedAverage(
          [
            [1000, '', 'x'],
            ['2.000', 5, 7],
          ],
          [
            [30, 9, 9],
            [10, null, 'n/a'],
          ],
        ),
      1250,
    ],
    ['SHARE divides the part by the whole', () => share(150, 400), 0.375],
    ['GROWTH is current ÷ previous − 1', () => growth(437, 400), 0.0925],
    ['GROWTH is negative when the figure falls', () => growth('95', 100), -0.05],
    [
      'CAPITAL_SPLIT splits a row and keeps it a row',
      () => capitalSplit(1000, [[50, 30, 20]]),
      [[500, 300, 200]],
    ],
    [
      'CAPITAL_SPLIT splits a column and keeps it a column',
      () => capitalSplit(10, [['33,4'], [33.3], [33.3]], 2),
      [[3.34], [3.33], [3.33]],
    ],
    [
      'CAPITAL_SPLIT rounds to whole units when decimals is omitted',
      () => capitalSplit(100, [[1 / 3, 1 / 3, 1 / 3]]),
      [[34, 33, 33]],
    ],
    [
      'CAPITAL_SPLIT treats a null decimals (an omitted argument) as 0',
      () => capitalSplit(10, [[0.5], [0.5]], null),
      [[5], [5]],
    ],
    [
      'IMBALANCE is the total minus the parts',
      () => imbalance(460, [[100], [200], [137], [null]]),
      23,
    ],
    ['IMBALANCE is 0 when the parts add up', () => imbalance('437', [['100,1'], [336.9]]), 0],
    [
      'CONVERT turns a monthly figure into a yearly one',
      () => convert(4.5, 'triệu đồng/người/tháng', 'triệu đồng/người/năm'),
      54,
    ],
    ['CONVERT turns billions into millions', () => convert('1,5', 'tỷ đồng', 'tr.đ'), 1500],
    ['NUMBER reads thousands separators', () => number('1.022'), 1022],
    ['NUMBER reads a decimal comma', () => number('59,709'), 59.709],
    ['NUMBER reads both', () => number('1.022,5'), 1022.5],
    ['NUMBER reads zero padding', () => number('02'), 2],
    ['NUMBER reads approximations', () => number('khoảng 600'), 600],
    ['NUMBER reads percentages as fractions', () => number('34,3%'), 0.343],
    ['NUMBER returns a number as it is', () => number(12.5), 12.5],
  ])('%s', (_name, call, expected) => {
    expect(call()).toEqual(expected);
  });

  it.each<[string, () => unknown, string, string]>([
    [
      'ATTAINMENT without an actual',
      () => attainment(null, 400),
      '#N/A',
      'Thiếu số liệu: thực hiện',
    ],
    [
      'ATTAINMENT with an empty-text plan',
      () => attainment(437, ''),
      '#N/A',
      'Thiếu số liệu: kế hoạch',
    ],
    [
      'ATTAINMENT with a zero plan',
      () => attainment(437, 0),
      '#DIV/0!',
      'Không chia được cho 0: kế hoạch bằng 0',
    ],
    [
      'ATTAINMENT with a negative plan',
      () => attainment(437, -400),
      '#NUM!',
      'Số kế hoạch là số âm (-400)',
    ],
    [
      'ATTAINMENT with text that is no number',
      () => attainment('nhiều', 400),
      '#VALUE!',
      'Không đọc được "nhiều" thành số (thực hiện)',
    ],
    ['PER_UNIT with a zero count', () => perUnit(100, '0'), '#DIV/0!', 'số lượng bằng 0'],
    ['PER_UNIT with a boolean', () => perUnit(true, 3), '#VALUE!', 'Không đọc được "true"'],
    [
      'WEIGHTED_AVERAGE with ranges of different shapes',
      () => weightedAverage([[1], [2]], [[1, 2]]),
      '#VALUE!',
      '(2×1 và 1×2)',
    ],
    [
      'WEIGHTED_AVERAGE with no pair of numbers',
      () => weightedAverage([['']], [[1]]),
      '#N/A',
      'Thiếu số liệu',
    ],
    [
      'WEIGHTED_AVERAGE with weights summing to zero',
      () => weightedAverage([[1], [2]], [[1], [-1]]),
      '#DIV/0!',
      'các quyền số bằng 0',
    ],
    ['SHARE with a zero whole', () => share(1, 0), '#DIV/0!', 'tổng thể bằng 0'],
    ['GROWTH with a zero previous figure', () => growth(5, 0), '#DIV/0!', 'kỳ trước bằng 0'],
    [
      'GROWTH without a current figure',
      () => growth(undefined, 5),
      '#N/A',
      'Thiếu số liệu: kỳ này',
    ],
    [
      'CAPITAL_SPLIT with shares adding up to 99,5',
      () => capitalSplit(100, [[50, 49.5]]),
      '#VALUE!',
      'Tỷ lệ phân bổ cộng lại bằng 99,5, phải là 100% (hoặc 1)',
    ],
    [
      'CAPITAL_SPLIT with a negative share',
      () => capitalSplit(100, [[120], [-20]]),
      '#VALUE!',
      'Tỷ lệ phân bổ không được âm (hàng 2, cột 1)',
    ],
    [
      'CAPITAL_SPLIT with shares in a block',
      () =>
        capitalSplit(100, [
          [50, 0],
          [50, 0],
        ]),
      '#VALUE!',
      'Vùng tỷ lệ phải là một hàng hoặc một cột (đang là 2×2)',
    ],
    [
      'CAPITAL_SPLIT with a share that is no number',
      () => capitalSplit(100, [[50, 'năm mươi']]),
      '#VALUE!',
      '"năm mươi" thành số (các tỷ lệ, hàng 1, cột 2)',
    ],
    [
      'CAPITAL_SPLIT with fractional decimals',
      () => capitalSplit(100, [[1]], 1.5),
      '#VALUE!',
      'từ -9 đến 9 (đang là 1,5)',
    ],
    [
      'CAPITAL_SPLIT without a total',
      () => capitalSplit(null, [[1]]),
      '#N/A',
      'Thiếu số liệu: tổng vốn',
    ],
    [
      'IMBALANCE with a part that is no number',
      () => imbalance(10, [[1], ['1.02.5']]),
      '#VALUE!',
      '"1.02.5" thành số (các thành phần, hàng 2, cột 1)',
    ],
    [
      'IMBALANCE with no part at all',
      () => imbalance(10, [[null], ['']]),
      '#N/A',
      'Thiếu số liệu: các thành phần',
    ],
    [
      'CONVERT between money and people',
      () => convert(1, 'triệu đồng', 'người'),
      '#VALUE!',
      'Không đổi được đơn vị triệu đồng → người',
    ],
    [
      'CONVERT with an unknown unit',
      () => convert(1, 'quan tiền', 'đồng'),
      '#VALUE!',
      'Không nhận ra đơn vị "quan tiền"',
    ],
    [
      'CONVERT with a number for a unit',
      () => convert(1, 5, 'đồng'),
      '#VALUE!',
      'Không nhận ra đơn vị "5"',
    ],
    [
      'CONVERT without a unit',
      () => convert(1, 'đồng', null),
      '#N/A',
      'Thiếu số liệu: sang đơn vị',
    ],
    ['NUMBER with a blank', () => number(''), '#N/A', 'Thiếu số liệu: chữ số'],
    [
      'NUMBER with text that is no number',
      () => number('không rõ'),
      '#VALUE!',
      'Không đọc được "không rõ" thành số',
    ],
  ])(
    '%s gives the error Excel expects, with a Vietnamese message',
    (_name, call, code, message) => {
      const error = errorOf(call);
      expect(error.code).toBe(code);
      expect(error.message).toContain(message);
    },
  );

  it('registers every catalogued function under its id', () => {
    expect(Object.keys(customFunctionsById)).toEqual(functionCatalog.map((f) => f.id));
  });
});

describe('the language of messages', () => {
  it.each<[string, string | undefined, string]>([
    ['Vietnamese Excel', 'vi-VN', 'Thiếu số liệu: kế hoạch'],
    ['Vietnamese in lower case', 'vi', 'Thiếu số liệu: kế hoạch'],
    ['English Excel', 'en-US', 'Missing value: plan'],
    ['French Excel', 'fr-FR', 'Missing value: plan'],
    ['no Office at all', undefined, 'Missing value: plan'],
  ])('follows the display language: %s', (_name, displayLanguage, message) => {
    restore();
    ({ restore } = installCustomFunctionsStub({ displayLanguage }));
    expect(errorOf(() => attainment(1, null)).message).toBe(message);
  });

  it('writes numbers in English messages the English way', () => {
    restore();
    ({ restore } = installCustomFunctionsStub({ displayLanguage: 'en-GB' }));
    expect(errorOf(() => capitalSplit(1, [[1000.5], [1]])).message).toBe(
      'The shares add up to 1,001.5; they must make 100% (or 1)',
    );
  });

  it('falls back to English when Office has no context yet', () => {
    (globalThis as { Office?: unknown }).Office = {};
    expect(errorOf(() => share(1, 0)).message).toBe('Division by zero: whole is 0');
  });
});
