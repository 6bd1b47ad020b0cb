/**
 * The WorkbookPort over Office.js (DESIGN.md §5): reads and writes in a constant number of
 * `context.sync()` calls per phase, one more per request above Excel's limits; requirement sets
 * checked at run time; Office errors translated into the app's WorkbookErrors where they happen.
 */
import { parseReference } from '../app/cellReference';
import { InvalidAddressError } from '../app/workbookErrors';
import type { WorkbookPort } from '../app/workbookPort';
import { applyEditPlan } from './applyEditPlan';
import { translatingErrors } from './excelErrors';
import { capabilitiesOf, officeHost, runOptionsFor, supports, type ExcelHost } from './excelHost';
import { readJournal } from './excelJournal';
import { readSnapshot } from './readSnapshot';
import { defaultLimits, type RequestLimits } from './requestBudget';
import { createUserEdits } from './userEdits';

export interface ExcelWorkbookOptions {
  /** Defaults to Office.js's `Excel.run` and requirement-set check; tests pass the fake's. */
  host?: ExcelHost;
  limits?: Partial<RequestLimits>;
}

export function createExcelWorkbook(options: ExcelWorkbookOptions = {}): WorkbookPort {
  const host = options.host ?? officeHost();
  const limits = { ...defaultLimits, ...options.limits };
  const reading = runOptionsFor(host, false);
  const userEdits = createUserEdits(host);

  const port: WorkbookPort = {
    capabilities: capabilitiesOf(host),

    readSnapshot: (readOptions = {}) =>
      translatingErrors(() =>
        host.run(reading, (context) => readSnapshot(context, host, readOptions, limits)),
      ),

    applyEditPlan: (plan) => {
      const undoGroup = !plan.removeSheets?.length;
      return userEdits.whileApplying(() =>
        translatingErrors(() =>
          host.run(runOptionsFor(host, undoGroup), (context) =>
            applyEditPlan(context, host, plan, limits),
          ),
        ),
      );
    },

    // Worksheet.delete cannot be undone and clears Excel's undo stack
    // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
    clearsUndoStack: (plan) => (plan.removeSheets?.length ?? 0) > 0,

    selectCell: async (sheet, address) => {
      const reference = parseReference(address);
      if (!reference || reference.sheet !== undefined) throw new InvalidAddressError(address);
      return await translatingErrors(
        () =>
          host.run(reading, async (context) => {
            const worksheet = context.workbook.worksheets.getItem(sheet);
            worksheet.activate();
            worksheet.getRange(reference.area).select();
            await context.sync();
          }),
        { sheet, address },
      );
    },

    readJournal: () => translatingErrors(() => host.run(reading, readJournal)),
  };
  // The live check appears only where Excel raises worksheet events (userEdits.ts).
  if (supports(host, 'worksheetEvents'))
    port.onUserEdit = (listener) => userEdits.onUserEdit(listener);
  return port;
}
