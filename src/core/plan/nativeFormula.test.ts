import { caveatsOf, toNativeFormula } from './nativeFormula';

describe('converting HTX formulas to native Excel formulas', () => {
  it.each([
    ['_xldudf_HTX_ATTAINMENT(E12,D12)', 'E12/D12'],
    ['HTX.ATTAINMENT(E12,D12)', 'E12/D12'],
    ['_xldudf_HTX_PER_UNIT(C8,C5)', 'C8/C5'],
    ['_xldudf_HTX_SHARE(C6,C5)', 'C6/C5'],
    ['_xldudf_HTX_GROWTH(E5,D5)', 'E5/D5-1'],
    ['_xldudf_HTX_IMBALANCE(C5,C6:C9)', 'C5-SUM(C6:C9)'],
    [
      '_xldudf_HTX_WEIGHTED_AVERAGE(D5:D9,C5:C9)',
      'SUMPRODUCT(D5:D9,C5:C9)/SUMPRODUCT(--ISNUMBER(D5:D9),C5:C9)',
    ],
    ['_xldudf_HTX_NUMBER(B4)', 'IF(ISNUMBER(B4),B4,_xlfn.NUMBERVALUE(B4,",","."))'],
    ['_xldudf_HTX_NUMBER("1.022,5")', '1022.5'],
    ['_xldudf_HTX_NUMBER("34,3%")', '0.343'],
  ])('rewrites %s as %s', (formula, native) => {
    expect(toNativeFormula(formula)).toMatchObject({ formula: native });
  });

  it.each([
    ['_xldudf_HTX_CONVERT(E9,"triệu đồng/người/tháng","triệu đồng/người/năm")', 'E9*12'],
    ['_xldudf_HTX_CONVERT(E9,"triệu đồng/người/năm","triệu đồng/người/tháng")', 'E9/12'],
    ['_xldudf_HTX_CONVERT(E9,"tỷ đồng","triệu đồng")', 'E9*1000'],
    ['_xldudf_HTX_CONVERT(E9,"tr.đ","tỷ đ")', 'E9/1000'],
    ['_xldudf_HTX_CONVERT(E9,"nghìn đồng/tháng","triệu đồng/năm")', 'E9*12/1000'],
    ['_xldudf_HTX_CONVERT(E9,"trđ","triệu đồng")', 'E9'],
    ['_xldudf_HTX_CONVERT(E9+1,"tỷ đồng","triệu đồng")', '(E9+1)*1000'],
  ])('converts %s with the exact factor: %s', (formula, native) => {
    expect(toNativeFormula(formula)).toMatchObject({ formula: native });
  });

  it('reads a Vietnamese number literal argument now, the way HTX reads it', () => {
    expect(toNativeFormula('_xldudf_HTX_ATTAINMENT("1.022",D12)')).toMatchObject({
      formula: '1022/D12',
    });
    expect(toNativeFormula('HTX.GROWTH(A1,"-2,5")')).toMatchObject({ formula: 'A1/(-2.5)-1' });
  });

  it('parenthesises arguments and results so precedence is kept', () => {
    expect(toNativeFormula('_xldudf_HTX_GROWTH(A1+A2,B1-B2)*100')).toEqual({
      formula: '((A1+A2)/(B1-B2)-1)*100',
      converted: ['GROWTH'],
    });
    expect(toNativeFormula('2^_xldudf_HTX_SHARE(A1,B1)')).toMatchObject({
      formula: '2^(A1/B1)',
    });
  });

  it('converts nested calls, innermost first', () => {
    expect(toNativeFormula('HTX.ATTAINMENT(HTX.GROWTH(A1,B1),C1)')).toEqual({
      formula: '(A1/B1-1)/C1',
      converted: ['GROWTH', 'ATTAINMENT'],
    });
  });

  it('leaves everything outside the calls byte-identical', () => {
    expect(toNativeFormula('IF( \'PL I\'!A1="x""y" , HTX.SHARE(A1,B1) ,  {1,2} )')).toMatchObject({
      formula: 'IF( \'PL I\'!A1="x""y" , A1/B1 ,  {1,2} )',
    });
  });

  it('recognises names in any case and the Vietnamese names', () => {
    expect(toNativeFormula('htx.tyledat(A1,B1)')).toMatchObject({ formula: 'A1/B1' });
  });

  it('gives a formula without HTX calls back unchanged with nothing converted', () => {
    expect(toNativeFormula('SUM(A1:A3)')).toEqual({ formula: 'SUM(A1:A3)', converted: [] });
  });

  it.each([
    ['_xldudf_HTX_CAPITAL_SPLIT(B2,C2:E2,0)', 'CAPITAL_SPLIT', 'capital-split'],
    ['_xldudf_HTX_CONVERT(E9,D9,"triệu đồng/năm")', 'CONVERT', 'unit-in-cell'],
    ['_xldudf_HTX_CONVERT(E9,"tỷ đồng","HTX")', 'CONVERT', 'incompatible-units'],
    ['_xldudf_HTX_CONVERT(E9,"đô la","tỷ đồng")', 'CONVERT', 'unknown-unit'],
    ['_xldudf_HTX_SHARE(A1)', 'SHARE', 'argument-count'],
    ['_xldudf_HTX_SHARE(,A1)', 'SHARE', 'missing-argument'],
    ['_xldudf_HTX_SHARE("abc",A1)', 'SHARE', 'text-not-a-number'],
    ['_xldudf_HTX_SHARE(A1,B1', 'SHARE', 'unparsable'],
  ])('leaves %s as it is: %s, %s', (formula, id, reason) => {
    expect(toNativeFormula(formula)).toEqual({ unconverted: { function: id, reason } });
  });

  it('leaves the whole formula when one of its calls cannot be converted', () => {
    expect(toNativeFormula('HTX.SHARE(A1,B1)+HTX.CAPITAL_SPLIT(A1,B1:C1)')).toEqual({
      unconverted: { function: 'CAPITAL_SPLIT', reason: 'capital-split' },
    });
  });

  it('lists each caveat once for the functions converted', () => {
    expect(caveatsOf(['ATTAINMENT', 'SHARE', 'NUMBER'])).toEqual([
      'text-numbers',
      'blank-as-zero',
      'negative-plan',
      'number-text-forms',
    ]);
  });
});
