/**
 * The workbook the fake holds: cells (content), their formats apart (a formatted empty cell is
 * not part of a values-only used range), and the sheet-level features the adapters write.
 */
import { parseReference, sameSheet, type CellReference } from '../../../src/app/cellReference';
import { cellAddress } from '../../../src/core/workbook/address';
import { FakeOfficeError } from './errors';

export type Scalar = number | string | boolean;

export interface Cell {
  /** For a formula, its cached result; for an error, the error text. */
  value: Scalar;
  formula?: string;
  error?: boolean;
  /** Text typed with a leading apostrophe (Excel's quote prefix). */
  quotePrefix?: boolean;
}

export interface CellFormat {
  numberFormat?: string;
  fill?: { color: string; pattern: string };
  font?: Record<string, unknown>;
  borders?: Record<string, { style?: string; weight?: string }>;
  alignment?: Record<string, unknown>;
}

export interface Validation {
  area: string;
  rule?: unknown;
  ignoreBlanks?: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface ConditionalFormatRecord {
  area: string;
  type: string;
  settings: Record<string, unknown>;
}

export interface Sheet {
  /** Worksheet.id: stays with the sheet through renames; `getItem` takes it as well as the name. */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, Cell>;
  formats: Map<string, CellFormat>;
  merges: string[];
  validations: Validation[];
  conditionalFormats: ConditionalFormatRecord[];
  /** Column letters → points; 1-based row number → points. */
  columnWidths: Map<string, number>;
  rowHeights: Map<number, number>;
  frozen?: { rows: number; columns: number };
  pageLayout: Record<string, unknown>;
  /** Charts added through `worksheet.charts` (charts.ts). */
  charts?: import('./charts').ChartRecord[];
}

export interface XmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export interface State {
  sheets: Sheet[];
  active: Sheet;
  selection: string;
  syncCount: number;
  syncs: SyncRecord[];
  failure: FakeOfficeError | undefined;
  /** The newest ExcelApi 1.x the host supports: 12 means up to ExcelApi 1.12. */
  apiMinor: number;
  payloadLimit: number;
  cellLimit: number;
  xmlParts: XmlPart[];
  nextPartId: number;
  /** Handlers registered on `worksheets.onChanged` (events.ts). */
  changedHandlers: Set<ChangedHandler>;
  /** What the handlers returned, so that tests can wait for them. */
  handlerRuns: Promise<unknown>[];
}

/** The part of Excel.WorksheetChangedEventArgs the fake gives. */
export interface ChangedEvent {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  changeType: 'RangeEdited';
  source: 'Local';
  /** ExcelApi 1.14; absent below it. */
  triggerSource?: 'Unknown' | 'ThisLocalAddin';
}

export type ChangedHandler = (event: ChangedEvent) => Promise<unknown>;

let nextSheetId = 1;

export function emptySheet(name: string): Sheet {
  return {
    id: `{FAKE-SHEET-${nextSheetId++}}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    formats: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: {},
  };
}

export function findSheet(sheets: Sheet[], name: string): Sheet | undefined {
  return sheets.find((sheet) => sameSheet(sheet.name, name));
}

/** As `WorksheetCollection.getItem` looks a sheet up: by name or by id. */
export function findSheetByKey(sheets: Sheet[], key: string): Sheet | undefined {
  return findSheet(sheets, key) ?? sheets.find((sheet) => sheet.id === key);
}

export function area(text: string): CellReference {
  const reference = parseReference(text);
  if (!reference) throw new Error(`fakeExcel: bad area ${text}`);
  return reference;
}

export function eachCell(
  reference: CellReference,
  visit: (key: string, r: number, c: number) => void,
) {
  for (let r = reference.top; r <= reference.bottom; r++) {
    for (let c = reference.left; c <= reference.right; c++) visit(cellAddress(r, c), r, c);
  }
}

export function intersects(a: CellReference, b: CellReference): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
