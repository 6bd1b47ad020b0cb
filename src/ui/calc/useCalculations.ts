/**
 * The state of "Tính toán": the tables detected in the workbook, the user's choice, and the
 * preview of exactly the cells the insert will write. Any change to the choice drops the
 * preview, so "Chèn" only ever writes what is on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  detectWorkbookTables,
  insertCalculations,
  planCalculations,
  type CalculationChoice,
} from '../../app/insertCalculations';
import type { WorkbookPort } from '../../app/workbookPort';
import type { AppendixTable } from '../../core/layout/appendixTable';
import type { CalculationStyle } from '../../core/plan/calculationFormula';
import type { CalculationKind } from '../../core/plan/calculationSpecs';
import type { PreviewCell } from '../../core/plan/planCalculationColumns';
import { useMessages } from '../messages/useMessages';
import type { Notice } from '../notice';
import { successNotice, useWorkbookAction } from '../check/useWorkbookAction';

export interface CalculationForm {
  table?: string;
  kinds: CalculationKind[];
  style: CalculationStyle;
  column: string;
}

export const tableKey = (table: AppendixTable) => `${table.sheet}!${table.range}`;

const COLUMN = /^[A-Za-z]{1,3}$/;

export function useCalculations(port: WorkbookPort) {
  const { language } = useMessages();
  const action = useWorkbookAction();
  const { run: perform } = action;
  const [tables, setTables] = useState<AppendixTable[]>();
  const [form, setForm] = useState<CalculationForm>({
    kinds: ['attainment'],
    style: 'native',
    column: '',
  });
  const [preview, setPreview] = useState<{ cells: PreviewCell[]; columns: string[] }>();

  const load = useCallback(
    () =>
      perform(async () => {
        const found = detectWorkbookTables(await port.readSnapshot());
        setTables(found);
        setForm((old) => ({
          ...old,
          table: found.some((t) => tableKey(t) === old.table) ? old.table : keyOf(found[0]),
        }));
        if (found.length === 0) return { intent: 'info', message: 'calc.no-tables' };
      }),
    [perform, port],
  );
  useEffect(() => void load(), [load]);

  const change = (next: Partial<CalculationForm>) => {
    setForm((old) => ({ ...old, ...next }));
    setPreview(undefined);
  };

  const columnInvalid = form.column.trim() !== '' && !COLUMN.test(form.column.trim());
  const choice = (): CalculationChoice | undefined => {
    const table = tables?.find((candidate) => tableKey(candidate) === form.table);
    if (!table || form.kinds.length === 0 || columnInvalid) return undefined;
    const column = form.column.trim().toUpperCase();
    return {
      sheet: table.sheet,
      range: table.range,
      kinds: form.kinds,
      style: form.style,
      ...(column ? { column } : {}),
      lang: language,
    };
  };

  const show = (planned: ReturnType<typeof planCalculations>): Notice | undefined => {
    if ('error' in planned) {
      setPreview(undefined);
      return planned.error === 'table-not-found'
        ? {
            intent: 'warning',
            message: 'calc.table-not-found',
            params: { table: form.table ?? '' },
          }
        : {
            intent: 'warning',
            message: 'calc.refused',
            params: { detail: planned.detail.message },
          };
    }
    setPreview({ cells: planned.preview, columns: planned.columns });
    return undefined;
  };

  const onPreview = () =>
    perform(async () => {
      const chosen = choice();
      if (!chosen) return;
      const snapshot = await port.readSnapshot({ sheets: [chosen.sheet] });
      return show(planCalculations(snapshot, chosen, new Date()));
    });

  const onInsert = () =>
    perform(async () => {
      const chosen = choice();
      if (!chosen || !preview) return;
      const outcome = await insertCalculations(port, chosen, preview.cells, new Date());
      if (outcome.status === 'changed') {
        return show(outcome.planned) ?? { intent: 'warning', message: 'calc.changed' };
      }
      setPreview(undefined);
      const count = outcome.preview.filter((cell) => cell.kind === 'formula').length;
      return successNotice('calc.inserted', { count, columns: outcome.columns.join(', ') });
    });

  return {
    ...action,
    tables,
    form,
    change,
    columnInvalid,
    preview,
    canPreview: choice() !== undefined,
    load,
    onPreview,
    onInsert,
  };
}

function keyOf(table: AppendixTable | undefined): string | undefined {
  return table && tableKey(table);
}
