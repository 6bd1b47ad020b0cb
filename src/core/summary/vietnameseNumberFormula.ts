/**
 * Vietnamese number text ("1.022,5", "-437", "109") built by a native formula, the same under
 * every locale. TEXT and FIXED would be shorter, but their format codes follow the reader's
 * machine (`TEXT(1022.5,"#,##0.0")` is "1,022.5" under en and "1.022,5000" under vi in
 * LibreOffice, DESIGN.md §3). Here only whole numbers below 1 000 are ever turned into text
 * (`&`), which reads the same everywhere, and the separators are string literals.
 *
 * No LET in LibreOffice 7.4, so the expression is repeated: pass a cell reference or a short
 * product (`G12*100`), not a long formula.
 */

export interface VietnameseNumberOptions {
  /**
   * Drop zeros at the end of the decimals, and the "," with them: 109,0 → "109", 100,50 →
   * "100,5" (how report sentences write percentages). Default false: always `decimals` digits.
   */
  trimZeros?: boolean;
}

/** Formulas without a leading "=". Whole numbers up to 10^15 are grouped; beyond, Excel's precision ends anyway. */
export function vietnameseNumberFormula(
  expression: string,
  decimals: number,
  options: VietnameseNumberOptions = {},
): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be a whole number from 0 to 6, not ${decimals}`);
  }
  const e = `(${expression})`;
  const rounded = `ROUND(ABS${e},${decimals})`;
  const whole = `INT(${rounded})`;
  const sign = `IF(ROUND(${e},${decimals})<0,"-","")`;
  return `${sign}&${groupedWhole(whole)}${decimalPart(rounded, whole, decimals, options)}`;
}

/** 1022 → "1.022": the leading group as is, then each lower group as "." and three digits. */
function groupedWhole(whole: string): string {
  const groups = `((${whole}>=1000)+(${whole}>=1000000)+(${whole}>=1000000000)+(${whole}>=1000000000000))`;
  const group = (power: number) => {
    const value = power === 0 ? `MOD(${whole},1000)` : `MOD(INT(${whole}/1E${power}),1000)`;
    return `"."&RIGHT("00"&${value},3)`;
  };
  const lower = [9, 6, 3, 0].map(group).join('&');
  return `INT(${whole}/1000^${groups})&RIGHT(${lower},4*${groups})`;
}

function decimalPart(
  rounded: string,
  whole: string,
  decimals: number,
  { trimZeros = false }: VietnameseNumberOptions,
): string {
  if (decimals === 0) return '';
  // The rounded value's decimals as a whole number of units of the last digit, e.g. 5 for ,5.
  const units = `ROUND((${rounded}-${whole})*1E${decimals},0)`;
  const padded = (value: string, digits: number) =>
    `RIGHT("${'0'.repeat(digits)}"&${value},${digits})`;
  if (!trimZeros) return `&","&${padded(units, decimals)}`;
  // The shortest form: try one digit, then two, …; zero units show no decimal part at all.
  let shortest = `","&${padded(units, decimals)}`;
  for (let digits = decimals - 1; digits >= 1; digits--) {
    const step = 10 ** (decimals - digits);
    shortest = `IF(MOD(${units},${step})=0,","&${padded(`${units}/${step}`, digits)},${shortest})`;
  }
  return `&IF(${units}=0,"",${shortest})`;
}
