/**
 * What the HTX functions themselves give for a formula's calls: each `_xldudf_HTX_…` call
 * replaced by the number core's measure computes from the same inputs (read from the workbook
 * snapshot). The rest of the formula (ROUND, *100, …) is left for the spreadsheet engine, so a
 * reference formula and a native formula can be recalculated side by side by LibreOffice.
 */
import type { FunctionId } from '../../src/core/catalog/functionCatalog';
import { numberLiteral } from '../../src/core/formula/formulaOperand';
import { rewriteCalls } from '../../src/core/formula/rewriteCalls';
import {
  attainment,
  growth,
  imbalance,
  perUnit,
  readNamedArgument,
  share,
  weightedAverage,
  type MeasureResult,
} from '../../src/core/measures';
import { htxFunctionOf } from '../../src/core/plan/htxFunctionName';
import { parseCellAddress } from '../../src/core/workbook/address';
import type { SheetSnapshot } from '../../src/core/workbook/snapshot';
import { convertUnits } from '../../src/functions/convertUnits';

type Measure = (...args: unknown[]) => MeasureResult<number>;

const measures: Partial<Record<FunctionId, Measure>> = {
  ATTAINMENT: attainment,
  PER_UNIT: perUnit,
  SHARE: share,
  GROWTH: growth,
  IMBALANCE: imbalance,
  WEIGHTED_AVERAGE: weightedAverage,
  CONVERT: convertUnits,
  NUMBER: (text) => readNamedArgument(text, 'text'),
};

export function referenceFormula(formula: string, sheet: SheetSnapshot): string {
  return rewriteCalls(formula, (call) => {
    const id = htxFunctionOf(call.name);
    if (!id) return undefined;
    const measure = measures[id];
    if (!measure) throw new Error(`No reference for ${id}`);
    const result = measure(...call.args.map((arg) => argumentValue(arg, sheet)));
    if (!result.ok) throw new Error(`${formula}: ${result.error}`);
    return `(${numberLiteral(result.value)})`;
  });
}

/** The few argument forms the fixture uses: literals, cells, ranges, and `cell*number`. */
function argumentValue(text: string, sheet: SheetSnapshot): unknown {
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const product = /^(.+)([*/])(.+)$/.exec(text);
  if (product) {
    const [a, b] = [argumentValue(product[1], sheet), argumentValue(product[3], sheet)];
    return product[2] === '*' ? Number(a) * Number(b) : Number(a) / Number(b);
  }
  const range = /^(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)$/.exec(text);
  if (range) {
    const [from, to] = [parseCellAddress(range[1]), parseCellAddress(range[2])];
    const rows: unknown[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: unknown[] = [];
      for (let c = from.column; c <= to.column; c++) row.push(valueAt(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }
  const { row, column } = parseCellAddress(text);
  return valueAt(sheet, row, column);
}

function valueAt(sheet: SheetSnapshot, row: number, column: number): unknown {
  const value = sheet.cells[row]?.[column]?.value;
  return value === undefined ? null : value;
}
