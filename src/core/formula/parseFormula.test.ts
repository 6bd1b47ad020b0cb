import fc from 'fast-check';
import { parseFormula, renderSequence } from './parseFormula';
import { FormulaSyntaxError } from './tokenizeFormula';

describe('parsing a formula into calls and groups', () => {
  it('finds a call with its arguments, nested calls inside', () => {
    const [call] = parseFormula('_xldudf_HTX_ATTAINMENT(SUM(A1:A3), B1)');
    expect(call.kind).toBe('call');
    if (call.kind !== 'call') return;
    expect(call.name.text).toBe('_xldudf_HTX_ATTAINMENT');
    expect(call.args.map(renderSequence)).toEqual(['SUM(A1:A3)', ' B1']);
    expect(call.args[0][0].kind).toBe('call');
  });

  it('keeps commas inside groups and array constants out of the argument list', () => {
    const [call] = parseFormula('SUM((A1,B1),{1,2;3,4})');
    expect(call.kind === 'call' && call.args.length).toBe(2);
  });

  it('tells a call with no argument from one with an empty argument', () => {
    const [none] = parseFormula('NOW()');
    const [empty] = parseFormula('F(,1)');
    expect(none.kind === 'call' && none.args.length).toBe(0);
    expect(empty.kind === 'call' && empty.args.map(renderSequence)).toEqual(['', '1']);
  });

  it.each(['SUM(A1', 'A1)', '(1+2', '{1,2', 'F(1))'])('refuses the unbalanced %j', (formula) => {
    expect(() => parseFormula(formula)).toThrow(FormulaSyntaxError);
  });

  it('renders any balanced formula back to its exact text', () => {
    const leaf = fc.constantFrom('A1', "'PL I'!C5", '"a,b"', '1.5', ' ', '+', '-1', 'x_y');
    const formula: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('expr'), leaf, tie('expr')).map((parts) => parts.join('')),
        fc.array(tie('expr'), { maxLength: 3 }).map((args) => `HTX.SHARE(${args.join(',')})`),
        tie('expr').map((inner) => `(${inner})`),
      ),
    })).expr;
    fc.assert(
      fc.property(formula, (text) => {
        expect(renderSequence(parseFormula(text))).toBe(text);
      }),
    );
  });
});
