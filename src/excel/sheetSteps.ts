/**
 * One sheet's part of a plan as write steps: cell contents in blocks through `range.formulas`,
 * styles in blocks, then merges, sizes, data validation, conditional formats, panes and page
 * setup. Parts the host's requirement sets lack are skipped with a note.
 */
import type { HostNote } from '../app/workbookPort';
import type { CellStyle, CellWrite, SheetEdit } from '../core/plan/editPlan';
import { cellBlocks } from './cellBlocks';
import { supports, excelApi, type ExcelFeature, type ExcelHost } from './excelHost';
import { applyStyle, columnWidthPoints } from './officeStyle';
import { bytesOf, type Step } from './requestBudget';
import { addChart } from './addChart';
import { addConditionalFormat, addValidation, freeze, setUpPrinting } from './sheetFeatures';

export interface SheetTarget {
  name: string;
  /** The worksheet proxy in this context (the one `add` returned, for a new sheet). */
  worksheet(context: Excel.RequestContext): Excel.Worksheet;
}

/**
 * What a cell write becomes in `range.formulas`, where Excel reads every string as typed
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 * Text always gets Excel's quote prefix, an apostrophe that is not part of the value: without
 * it "=1+1", "+84…" or "-A1" would become formulas (DESIGN.md §3, formula injection) and
 * "02", "1.022,5", "5/6" or "TRUE" numbers, dates or booleans, depending on the user's locale.
 * Setting the number format to "@" first would also keep text, but changes the cell's format.
 */
export function formulaInput(write: CellWrite): string | number | boolean {
  switch (write.kind) {
    case 'number':
    case 'boolean':
      return write.value;
    case 'formula':
      return `=${write.formula.replace(/^=/, '')}`;
    case 'text':
      return `'${write.value}`;
    case 'blank':
      return '';
  }
}

export function sheetSteps(
  target: SheetTarget,
  edit: SheetEdit,
  host: ExcelHost,
  notes: HostNote[],
): Step[] {
  const range = (context: Excel.RequestContext, address: string) =>
    target.worksheet(context).getRange(address);
  const steps: Step[] = [];
  // Write steps return nothing: no result to harvest after the sync.
  const step = (argument: unknown, queue: (context: Excel.RequestContext) => unknown) =>
    steps.push({ bytes: bytesOf(argument), queue: (context) => void queue(context) });
  const feature = (name: ExcelFeature, present: unknown): boolean => {
    if (!present) return false;
    if (supports(host, name)) return true;
    const requirement = `ExcelApi 1.${excelApi[name]}`;
    notes.push({
      code: 'feature-skipped',
      params: { feature: name, sheet: target.name, requirement },
    });
    return false;
  };

  // Our validation goes first, so a rule added again below is not cleared after.
  if (feature('dataValidation', edit.removeDataValidations?.length)) {
    for (const address of edit.removeDataValidations!) {
      step(address, (context) => range(context, address).dataValidation.clear());
    }
  }

  const writes = edit.cells.flatMap((cell) =>
    cell.write ? [{ address: cell.address, item: cell.write }] : [],
  );
  for (const block of cellBlocks(writes, () => 'write')) {
    const grid = block.grid.map((row) => row.map(formulaInput));
    step(grid, (context) => (range(context, block.address).formulas = grid));
  }

  const formats = edit.cells.flatMap((cell) =>
    cell.style?.numberFormat !== undefined
      ? [{ address: cell.address, item: cell.style.numberFormat }]
      : [],
  );
  for (const block of cellBlocks(formats, (format) => format)) {
    step(block.grid, (context) => (range(context, block.address).numberFormat = block.grid));
  }

  const styles = edit.cells.flatMap((cell) => {
    const rest: CellStyle = { ...cell.style, numberFormat: undefined };
    return cell.style && Object.values(rest).some((v) => v !== undefined)
      ? [{ address: cell.address, item: rest }]
      : [];
  });
  for (const block of cellBlocks(styles, (style) => JSON.stringify(style))) {
    const style = block.grid[0][0];
    step(style, (context) =>
      applyStyle(range(context, block.address), style, block.rows * block.columns > 1),
    );
  }

  for (const address of edit.merges ?? []) {
    step(address, (context) => range(context, address).merge(false));
  }
  for (const [column, width] of Object.entries(edit.columnWidths ?? {})) {
    const points = columnWidthPoints(width);
    step(points, (context) => (range(context, `${column}:${column}`).format.columnWidth = points));
  }
  for (const [row, height] of Object.entries(edit.rowHeights ?? {})) {
    step(height, (context) => (range(context, `${row}:${row}`).format.rowHeight = height));
  }
  if (feature('dataValidation', edit.dataValidations?.length)) {
    for (const rule of edit.dataValidations!) {
      for (const address of rule.ranges) {
        step(rule, (context) => addValidation(range(context, address), rule));
      }
    }
  }
  if (feature('conditionalFormats', edit.conditionalFormats?.length)) {
    for (const format of edit.conditionalFormats!) {
      step(format, (context) => addConditionalFormat(range(context, format.range), format));
    }
  }
  const frozen = edit.frozen;
  if (frozen && feature('freezePanes', true)) {
    step(frozen, (context) => freeze(target.worksheet(context), frozen.rows, frozen.columns));
  }
  const printSetup = edit.printSetup;
  if (printSetup && feature('pageLayout', true)) {
    step(printSetup, (context) => setUpPrinting(target.worksheet(context), printSetup));
  }
  // Charts last: they are drawn over the cells written above, in the same batch.
  if (feature('charts', edit.charts?.length)) {
    for (const chart of edit.charts!) {
      step(chart, (context) => addChart(target.worksheet(context), chart));
    }
  }
  return steps;
}
