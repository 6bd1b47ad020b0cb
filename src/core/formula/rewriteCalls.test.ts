import { rewriteCalls } from './rewriteCalls';

describe('rewriting chosen calls in a formula', () => {
  const upperSums = (formula: string) =>
    rewriteCalls(formula, (call) =>
      call.name === 'SUM' ? `TOTAL[${call.args.join('|')}]${call.alone ? '!' : ''}` : undefined,
    );

  it('replaces only the chosen calls and keeps every other character', () => {
    expect(upperSums('=IF( A1 ,  SUM(B1:B3 ,C1) ,"SUM(x)")')).toBe(
      '=IF( A1 ,  TOTAL[B1:B3|C1]! ,"SUM(x)")',
    );
  });

  it('hands the rewrite its arguments already rewritten, innermost first', () => {
    expect(upperSums('MAX(SUM(SUM(1),2))')).toBe('MAX(TOTAL[TOTAL[1]!|2]!)');
  });

  it('tells a call that is the whole formula from one inside an expression', () => {
    expect(upperSums('=SUM(1)')).toBe('=TOTAL[1]!');
    expect(upperSums('SUM(1)*2')).toBe('TOTAL[1]*2');
    expect(upperSums('(SUM(1))*2')).toBe('(TOTAL[1]!)*2');
  });

  it('leaves a formula without the chosen calls byte-identical', () => {
    const formula = '  \'PL I\'!A1 & "x""y" &{1,2;3,4} ';
    expect(upperSums(formula)).toBe(formula);
  });
});
