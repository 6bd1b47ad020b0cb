import fc from 'fast-check';
import { FormulaSyntaxError, tokenizeFormula, type TokenKind } from './tokenizeFormula';

const kinds = (formula: string) =>
  tokenizeFormula(formula).map((token) => [token.kind, token.text]);
const joined = (formula: string) =>
  tokenizeFormula(formula)
    .map((token) => token.text)
    .join('');

describe('tokenizing a formula', () => {
  it.each([
    '_xldudf_HTX_ATTAINMENT(E12,D12)',
    "HTX.ATTAINMENT('PL I'!G13, 'PL I'!F13)*100",
    '=SUM(A1:A10)+IF(B2<>"",  B2 , -1.5E+3)',
    '"He said ""hi"""&A1',
    "'It''s'!A1+'[1]Other sheet'!$B$2",
    '{1,2;3,-4}',
    'SUMPRODUCT(--ISNUMBER(C5:C9),D5:D9)/100%',
    '_xlfn.NUMBERVALUE(A1,",",".")',
    'Table1[[#This Row],[Amount]]*2',
    'Sheet1!#REF!+#DIV/0!',
    'SUM(1:3)+SUM(A:A)',
    'IF(TRUE,"Tổng số","")\n+ 1',
    'A1#+@B2',
  ])('gives back %j when the tokens are joined', (formula) => {
    expect(joined(formula)).toBe(formula);
  });

  it('reads a sheet-qualified reference with quotes as one token', () => {
    expect(kinds("'PL I'!G13:G20")).toEqual([
      ['reference', "'PL I'!G13"],
      ['operator', ':'],
      ['reference', 'G20'],
    ]);
  });

  it('reads strings with doubled quotes as one token', () => {
    expect(kinds('"a""b",1')).toEqual([
      ['string', '"a""b"'],
      ['separator', ','],
      ['number', '1'],
    ]);
  });

  it('tells function names, names, booleans and errors apart', () => {
    const found = tokenizeFormula('_xldudf_HTX_GROWTH(Revenue,TRUE,#N/A)').map(
      (token) => token.kind,
    );
    expect(found).toEqual<TokenKind[]>([
      'function',
      'open',
      'name',
      'separator',
      'boolean',
      'separator',
      'error',
      'close',
    ]);
  });

  it('keeps the _xlfn. prefix as part of the function name', () => {
    expect(tokenizeFormula('_xlfn.NUMBERVALUE(A1)')[0]).toMatchObject({
      kind: 'function',
      text: '_xlfn.NUMBERVALUE',
    });
  });

  it('reads array constants with their row and column separators', () => {
    expect(kinds('{1,2;3}').map(([kind]) => kind)).toEqual([
      'arrayOpen',
      'number',
      'separator',
      'number',
      'rowSeparator',
      'number',
      'arrayClose',
    ]);
  });

  it.each(['"unterminated', "'Sheet!A1", 'A1~B2', 'T[[x]'])('refuses %j', (formula) => {
    expect(() => tokenizeFormula(formula)).toThrow(FormulaSyntaxError);
  });

  it('gives back any formula assembled from its pieces', () => {
    const piece = fc.constantFrom(
      'A1',
      '$B$2',
      "'PL I'!G13",
      'Sheet2!C5:C9',
      '"text ""quoted"""',
      '1.5E-3',
      '42',
      '+',
      '-',
      '*',
      '/',
      '^',
      '&',
      '<>',
      ' ',
      ',',
      'SUM(',
      '_xldudf_HTX_SHARE(',
      'HTX.GROWTH(',
      '(',
      ')',
      '{1,2;3,4}',
      '#N/A',
      'TRUE',
      '%',
      'Tổng_số',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const formula = pieces.join('');
        expect(joined(formula)).toBe(formula);
      }),
    );
  });
});
