/**
 * Excel 97-2003 (.xls) files, still common in district offices, are read for checking only.
 * SheetJS 0.20 (republished on the registry as @e965/xlsx; the `xlsx` 0.18 package there is
 * stale with published advisories) is loaded only when such a file appears.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';
import { WorkbookReadError } from './workbookReadError';

type SheetJs = typeof import('@e965/xlsx');
type SheetJsCell = import('@e965/xlsx').CellObject;

export async function readXls(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const XLSX: SheetJs = await import('@e965/xlsx');
  let workbook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellFormula: true,
      cellNF: true,
      cellHTML: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(
      /password|encrypt/i.test(message) ? 'encrypted' : 'corrupt',
      message,
    );
  }
  const hiddenByName = new Map(
    (workbook.Workbook?.Sheets ?? []).map((sheet) => [sheet.name, Boolean(sheet.Hidden)]),
  );
  return {
    sheets: workbook.SheetNames.map((name) =>
      readSheet(XLSX, name, workbook.Sheets[name], hiddenByName.get(name) ?? false),
    ),
  };
}

function readSheet(
  XLSX: SheetJs,
  name: string,
  sheet: import('@e965/xlsx').WorkSheet,
  hidden: boolean,
): SheetSnapshot {
  const cells: (CellSnapshot | undefined)[][] = [];
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    const snapshot = readCell(sheet[key] as SheetJsCell);
    if (!snapshot) continue;
    (cells[r] ??= [])[c] = snapshot;
  }
  const merges = (sheet['!merges'] ?? []).map((range) => XLSX.utils.encode_range(range));
  return { name, hidden, cells, merges };
}

function readCell(cell: SheetJsCell): CellSnapshot | undefined {
  if (cell.t === 'z' || (cell.v === undefined && !cell.f)) return undefined;
  const snapshot: CellSnapshot = { value: null };
  if (cell.t === 'e') snapshot.value = { error: cell.w ?? '#N/A' };
  else if (cell.t === 'd' && cell.v instanceof Date) snapshot.value = serialOf(cell.v);
  else if (
    typeof cell.v === 'number' ||
    typeof cell.v === 'string' ||
    typeof cell.v === 'boolean'
  ) {
    snapshot.value = cell.v;
  }
  if (cell.f) snapshot.formula = cell.f;
  const format = typeof cell.z === 'string' ? cell.z : undefined;
  if (format && format !== 'General') snapshot.numberFormat = format;
  return snapshot;
}

function serialOf(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}
