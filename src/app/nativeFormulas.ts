/**
 * The native use case: every formula of a workbook that calls an HTX.* function, rewritten as
 * its native Excel equivalent where that is possible (core/plan/nativeFormula.ts), as an edit
 * plan; plus the list of what was rewritten and what was not, and why, for the user to read.
 */
import type { FunctionId } from '../core/catalog/functionCatalog';
import type { CellEdit, EditPlan } from '../core/plan/editPlan';
import type { WriteEntry } from '../core/plan/journal';
import { mentionsHtxFunction } from '../core/plan/htxFunctionName';
import {
  caveatsOf,
  toNativeFormula,
  type NativeCaveat,
  type UnconvertedReason,
} from '../core/plan/nativeFormula';
import { cellAddress } from '../core/workbook/address';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';

export interface NativeConversion {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  functions: FunctionId[];
}

export interface NativeFailure {
  sheet: string;
  cell: string;
  formula: string;
  function: string;
  reason: UnconvertedReason;
}

export interface NativeFormulasResult {
  plan: EditPlan;
  converted: NativeConversion[];
  unconverted: NativeFailure[];
  /** How the converted formulas may differ from the HTX functions they replace. */
  caveats: NativeCaveat[];
}

export function nativeFormulas(snapshot: WorkbookSnapshot, now: Date): NativeFormulasResult {
  const at = now.toISOString();
  const action = `native-${at}`;
  const result: NativeFormulasResult = {
    plan: { edits: [], newSheets: [], journal: [] },
    converted: [],
    unconverted: [],
    caveats: [],
  };
  for (const sheet of snapshot.sheets) {
    const cells: CellEdit[] = [];
    sheet.cells.forEach((row, r) =>
      row?.forEach((snapshotCell, c) => {
        const formula = snapshotCell?.formula;
        if (!formula || !mentionsHtxFunction(formula)) return;
        const cell = cellAddress(r, c);
        const native = toNativeFormula(formula);
        if ('unconverted' in native) {
          result.unconverted.push({ sheet: sheet.name, cell, formula, ...native.unconverted });
          return;
        }
        if (native.converted.length === 0) return;
        cells.push({ address: cell, write: { kind: 'formula', formula: native.formula } });
        result.converted.push({
          sheet: sheet.name,
          cell,
          before: formula,
          after: native.formula,
          functions: native.converted,
        });
        const entry: WriteEntry = {
          kind: 'write',
          action,
          at,
          sheet: sheet.name,
          cell,
          previous: { kind: 'formula', formula },
          // So "Hoàn tác" can tell whether the user changed the cell since.
          written: { kind: 'formula', formula: native.formula },
        };
        result.plan.journal.push(entry);
      }),
    );
    if (cells.length > 0) result.plan.edits.push({ sheet: sheet.name, cells });
  }
  result.caveats = caveatsOf(result.converted.flatMap((conversion) => conversion.functions));
  return result;
}
