import { functionInfo } from '../core/catalog/functionCatalog';
import { buildFunctionFormula, parseArgument } from './functionFormula';

const attainment = functionInfo('ATTAINMENT');
const capitalSplit = functionInfo('CAPITAL_SPLIT');
const convert = functionInfo('CONVERT');

describe('parseArgument', () => {
  it.each([
    ['4.5', '4.5'],
    ['4,5', '4.5'],
    ['-2', '-2'],
    ['+2', '2'],
    [',5', '0.5'],
    ['0.500', '0.500'],
    ['1022.5', '1022.5'],
  ])('reads the number %s as %s', (raw, text) => {
    expect(parseArgument(raw, {})).toEqual({ value: { kind: 'number', text } });
  });

  it.each([
    ['"triệu đồng"', '"triệu đồng"'],
    ['“tr.đ”', '"tr.đ"'],
    ['"say ""hi"""', '"say ""hi"""'],
    ['"tri\u00EA\u0300u"', '"tri\u1EC1u"'],
  ])('reads the quoted text %s', (raw, text) => {
    expect(parseArgument(raw, {})).toEqual({ value: { kind: 'text', text } });
  });

  it.each([
    ['1.022', {}, 'ambiguous-number'],
    ['E12:', {}, 'not-understood'],
    ['triệu đồng', {}, 'not-understood'],
    ['"a"b"', {}, 'not-understood'],
    ['5', { range: true }, 'needs-range'],
    ['E12:E14', {}, 'needs-cell'],
    ['"x"', { range: true }, 'needs-range'],
  ])('refuses %s (%p) as %s', (raw, parameter, problem) => {
    expect(parseArgument(raw, parameter)).toEqual({ problem });
  });

  it('leaves a blank argument blank', () => {
    expect(parseArgument('   ', {})).toEqual({});
  });
});

describe('buildFunctionFormula', () => {
  it('writes the English id with comma separators', () => {
    const draft = buildFunctionFormula(attainment, ['E12', 'D12']);
    expect(draft.formula).toBe('=HTX.ATTAINMENT(E12,D12)');
    expect(draft.problems).toEqual([undefined, undefined]);
  });

  it('drops the sheet name of references into the sheet of the formula', () => {
    const draft = buildFunctionFormula(attainment, ["'PL I'!E12", "'PL II'!D12"], {
      sheet: 'pl i',
    });
    expect(draft.formula).toBe("=HTX.ATTAINMENT(E12,'PL II'!D12)");
  });

  it('omits a blank optional argument at the end', () => {
    expect(buildFunctionFormula(capitalSplit, ['10', 'C5:C7', '']).formula).toBe(
      '=HTX.CAPITAL_SPLIT(10,C5:C7)',
    );
    expect(buildFunctionFormula(capitalSplit, ['10', 'C5:C7', '2']).formula).toBe(
      '=HTX.CAPITAL_SPLIT(10,C5:C7,2)',
    );
  });

  it('writes text arguments as Excel strings', () => {
    const draft = buildFunctionFormula(convert, ['4,5', '"triệu đồng/người/tháng"', 'B2']);
    expect(draft.formula).toBe('=HTX.CONVERT(4.5,"triệu đồng/người/tháng",B2)');
  });

  it('names each problem and previews what is there', () => {
    const draft = buildFunctionFormula(attainment, ['E12', '']);
    expect(draft.formula).toBeUndefined();
    expect(draft.problems).toEqual([undefined, 'missing']);
    expect(draft.preview).toBe('=HTX.ATTAINMENT(E12,…)');
  });

  it('lists the references it points at', () => {
    const draft = buildFunctionFormula(capitalSplit, ['A1', 'Sheet2!C5:C7', '']);
    expect(draft.references.map((r) => [r.sheet, r.area])).toEqual([
      [undefined, 'A1'],
      ['Sheet2', 'C5:C7'],
    ]);
  });
});
