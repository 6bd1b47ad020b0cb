/**
 * Reads an .xlsx package into a WorkbookSnapshot with ExcelJS (DESIGN.md §3: reading may use a
 * library; writing patches the package). Formulas give their cached results, shared formulas
 * their translated text, rich text its plain text, error cells their error code.
 */
import ExcelJS from 'exceljs';
import type {
  CellSnapshot,
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../core/workbook/snapshot';
import { WorkbookReadError } from './workbookReadError';

export async function readXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for a Node Buffer; it accepts any ArrayBuffer-backed bytes.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError('corrupt', error instanceof Error ? error.message : String(error));
  }
  return { sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells: (CellSnapshot | undefined)[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: (CellSnapshot | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const snapshot = readCell(cell);
      if (snapshot) line[columnNumber - 1] = snapshot;
    });
    cells[rowNumber - 1] = line;
  });
  return {
    name: worksheet.name,
    hidden: worksheet.state !== 'visible' && worksheet.state !== undefined,
    cells,
    merges: mergesOf(worksheet),
  };
}

/** ExcelJS keeps merges in `_merges`; its public `model` getter would rebuild every row. */
function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { range: string }> })._merges;
  return merges ? Object.values(merges).map((merge) => merge.range) : [];
}

function readCell(cell: ExcelJS.Cell): CellSnapshot | undefined {
  const raw = cell.value;
  if (raw === null || raw === undefined) return undefined;
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const snapshot: CellSnapshot = { value: null };
  if (numberFormat) snapshot.numberFormat = numberFormat;
  if (typeof raw === 'object' && !(raw instanceof Date)) {
    if ('formula' in raw || 'sharedFormula' in raw) {
      snapshot.formula = cell.formula;
      snapshot.value = plainValue(raw.result);
    } else if ('richText' in raw) {
      snapshot.value = raw.richText.map((run) => run.text).join('');
      snapshot.richText = true;
    } else if ('error' in raw) {
      snapshot.value = { error: raw.error };
    } else if ('text' in raw) {
      snapshot.value = typeof raw.text === 'string' ? raw.text : plainText(raw.text);
    }
    return snapshot;
  }
  snapshot.value = plainValue(raw);
  return snapshot;
}

function plainText(text: { richText: { text: string }[] }): string {
  return text.richText.map((run) => run.text).join('');
}

const excelEpoch = Date.UTC(1899, 11, 30);

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  // Dates are kept as Excel serial numbers, the way a formula would see them.
  if (value instanceof Date) return (value.getTime() - excelEpoch) / 86_400_000;
  if (typeof value === 'object' && 'error' in value) {
    return { error: String((value as { error: unknown }).error) };
  }
  return null;
}
