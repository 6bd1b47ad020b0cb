/**
 * What the Excel adapter needs from Office.js besides the object model: `Excel.run` with its
 * options and the requirement-set check, injectable so tests pass the fake's. Requirement sets
 * are checked at run time (DESIGN.md §5): a feature the host lacks is hidden or skipped with a
 * note, never called.
 */
import type { WorkbookCapabilities } from '../app/workbookPort';

/**
 * `Excel.run` with options, or with the context of an earlier run: event handlers added in a
 * run are removed in a run on that run's context (`Excel.run(result.context, …)`).
 */
export type ExcelRunWithOptions = <T>(
  options: Excel.RunOptions | OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface ExcelHost {
  run: ExcelRunWithOptions;
  isSetSupported(name: string, version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (options, batch) =>
      'sync' in options ? Excel.run(options, batch) : Excel.run(options, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** ExcelApi minor versions of the features used beyond the pane's floor (ExcelApi 1.9). */
export const excelApi = {
  conditionalFormats: 6,
  /** `charts.add` is 1.1; setting a series' values and categories (addChart.ts) is 1.7. */
  charts: 7,
  freezePanes: 7,
  dataValidation: 8,
  pageLayout: 9,
  /** `worksheets.onChanged` (userEdits.ts). */
  worksheetEvents: 9,
  /** `Excel.run({ delayForCellEdit })`. */
  delayForCellEdit: 11,
  mergedAreas: 13,
  /** `WorksheetChangedEventArgs.triggerSource`: the add-in's own changes tell themselves apart. */
  eventTriggerSource: 14,
  /** `Excel.run({ mergeUndoGroup })` and undo of API changes. */
  undoGroup: 20,
} as const;

export type ExcelFeature = keyof typeof excelApi;

export function supports(host: ExcelHost, feature: ExcelFeature): boolean {
  return host.isSetSupported('ExcelApi', `1.${excelApi[feature]}`);
}

export function capabilitiesOf(host: ExcelHost): WorkbookCapabilities {
  return {
    canWrite: true,
    canUndoNatively: supports(host, 'undoGroup'),
    canSelect: true,
    readsMerges: supports(host, 'mergedAreas'),
    dataValidation: supports(host, 'dataValidation'),
    conditionalFormats: supports(host, 'conditionalFormats'),
    freezePanes: supports(host, 'freezePanes'),
    pageLayout: supports(host, 'pageLayout'),
    charts: supports(host, 'charts'),
  };
}

/**
 * Waiting for the user to leave cell edit mode beats failing the batch
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit); a
 * write is one undo step where Excel can undo API changes
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), except
 * when it deletes sheets: Worksheet.delete cannot be undone and would fail the group.
 */
export function runOptionsFor(host: ExcelHost, undoGroup: boolean): Excel.RunOptions {
  return {
    ...(supports(host, 'delayForCellEdit') && { delayForCellEdit: true }),
    ...(undoGroup && supports(host, 'undoGroup') && { mergeUndoGroup: true }),
  };
}
