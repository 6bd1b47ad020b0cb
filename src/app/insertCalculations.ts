/**
 * "Tính toán": calculation columns beside a detected table. `planCalculations` gives the plan
 * and the exact list of cells it writes (the preview the user confirms); `insertCalculations`
 * reads the workbook again, plans again, and writes only when the plan still writes exactly
 * the cells previewed — otherwise the fresh preview comes back to be confirmed, so what the
 * user saw is what gets written (DESIGN.md §3).
 */
import type { AppendixTable } from '../core/layout/appendixTable';
import { detectTables } from '../core/layout/detectTables';
import type { CalculationStyle } from '../core/plan/calculationFormula';
import type { CalculationKind } from '../core/plan/calculationSpecs';
import {
  planCalculationColumns,
  type CalculationError,
  type CalculationPlan,
  type PreviewCell,
} from '../core/plan/planCalculationColumns';
import { sheetNamed } from '../core/plan/snapshotCells';
import type { Lang } from '../core/messages/formatMessage';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { actionId } from './actionIds';
import type { ApplyResult, WorkbookPort } from './workbookPort';

export interface CalculationChoice {
  /** The table, by its sheet and range as detected. */
  sheet: string;
  range: string;
  kinds: CalculationKind[];
  style: CalculationStyle;
  /** An empty column the user picked; default: the first empty ones right of the table. */
  column?: string;
  lang: Lang;
}

export function detectWorkbookTables(snapshot: WorkbookSnapshot): AppendixTable[] {
  return snapshot.sheets.flatMap((sheet) => detectTables(sheet).tables);
}

/** No table at that place any more (the user moved it since the tables were listed). */
export type MissingTable = { error: 'table-not-found'; detail: { message: string } };

export function planCalculations(
  snapshot: WorkbookSnapshot,
  choice: CalculationChoice,
  now: Date,
): CalculationPlan | CalculationError | MissingTable {
  const table = detectWorkbookTables(snapshot).find(
    (candidate) => candidate.sheet === choice.sheet && candidate.range === choice.range,
  );
  if (!table) {
    return { error: 'table-not-found', detail: { message: `${choice.sheet}!${choice.range}` } };
  }
  const { kinds, style, column, lang } = choice;
  return planCalculationColumns(table, sheetNamed(snapshot, choice.sheet), {
    kinds,
    style,
    ...(column ? { column } : {}),
    lang,
    action: actionId('calc', now),
    at: now.toISOString(),
  });
}

export type InsertOutcome =
  | { status: 'inserted'; preview: PreviewCell[]; columns: string[]; applied: ApplyResult }
  /** The workbook changed since the preview: nothing written, here is the new preview. */
  | { status: 'changed'; planned: CalculationPlan | CalculationError | MissingTable };

export async function insertCalculations(
  port: WorkbookPort,
  choice: CalculationChoice,
  previewed: readonly PreviewCell[],
  now: Date,
): Promise<InsertOutcome> {
  const snapshot = await port.readSnapshot({ sheets: [choice.sheet] });
  const planned = planCalculations(snapshot, choice, now);
  if ('error' in planned || !samePreview(planned.preview, previewed)) {
    return { status: 'changed', planned };
  }
  const applied = await port.applyEditPlan(planned.plan);
  return { status: 'inserted', preview: planned.preview, columns: planned.columns, applied };
}

function samePreview(a: readonly PreviewCell[], b: readonly PreviewCell[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
