/**
 * Reads an .xlsx package into a WorkbookSnapshot with ExcelJS (DESIGN.md §3: reading may use a
 * library; writing patches the package). Formulas give their cached results, shared formulas
 * their translated text, rich text its plain text, error cells their error code.
 */
import ExcelJS from 'exceljs';
import type { Fill } from '../core/plan/editPlan';
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
  const fill = fillOf(cell.fill);
  if (fill.pattern !== 'none') snapshot.fill = fill;
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

/**
 * The cell's background as a plan's Fill (none, or solid with an ARGB colour), the fill a mark
 * records so it can be restored. Files also colour cells by palette index or theme colour;
 * those are turned into their ARGB colours (the legacy palette; the default Office theme with
 * its tint, an approximation when the workbook has another theme). A patterned fill is kept as
 * its foreground colour, a gradient as its first stop.
 */
export function fillOf(fill: ExcelJS.Fill | undefined): Fill {
  if (!fill) return { pattern: 'none' };
  if (fill.type === 'gradient') {
    const color = colorOf(fill.stops[0]?.color);
    return color ? { pattern: 'solid', color } : { pattern: 'none' };
  }
  if (fill.pattern === 'none') return { pattern: 'none' };
  const color = colorOf(fill.fgColor) ?? colorOf(fill.bgColor);
  return color ? { pattern: 'solid', color } : { pattern: 'none' };
}

/** ExcelJS leaves `indexed` and `tint` out of its Color type; the parsed objects carry them. */
type FileColor = Partial<ExcelJS.Color> & { indexed?: number; tint?: number };

const LEGACY_PALETTE = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 ' +
  '0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 ' +
  '9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF ' +
  '800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 ' +
  '993300 993366 333399 333333 000000 FFFFFF'
).split(' ');

/** lt1, dk1, lt2, dk2, accent1–6, hyperlinks: the order SpreadsheetML indexes theme colours. */
const OFFICE_THEME =
  'FFFFFF 000000 E7E6E6 44546A 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47 0563C1 954F72'.split(' ');

function colorOf(color: FileColor | undefined): string | undefined {
  if (!color) return undefined;
  if (typeof color.argb === 'string') return color.argb.toUpperCase().padStart(8, 'F');
  const base =
    color.indexed !== undefined
      ? LEGACY_PALETTE[color.indexed]
      : color.theme !== undefined
        ? OFFICE_THEME[color.theme]
        : undefined;
  return base ? `FF${applyTint(base, color.tint ?? 0)}` : undefined;
}

/** A tint lightens (> 0) or darkens (< 0); ECMA-376 §18.8.19 does it on HSL luminance, this per channel, close enough to restore a mark. */
function applyTint(rgb: string, tint: number): string {
  if (tint === 0) return rgb;
  return [0, 2, 4]
    .map((offset) => {
      const channel = parseInt(rgb.slice(offset, offset + 2), 16);
      const tinted = tint < 0 ? channel * (1 + tint) : channel + (255 - channel) * tint;
      return Math.round(tinted).toString(16).padStart(2, '0').toUpperCase();
    })
    .join('');
}
