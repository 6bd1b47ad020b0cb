/** Tiny builders for the adapter tests: a port over the fake, sheets of numbers. */
import { cellAddress } from '../../src/core/workbook/address';
import { createExcelWorkbook } from '../../src/excel/excelWorkbook';
import type { RequestLimits } from '../../src/excel/requestBudget';
import { createFakeExcel, type FakeExcelSpec, type FakeSheetSpec } from '../helpers/fakeExcel';

export function portOver(spec: FakeExcelSpec, limits?: Partial<RequestLimits>) {
  const excel = createFakeExcel(spec);
  const port = createExcelWorkbook({
    host: { run: excel.run, isSetSupported: excel.requirements.isSetSupported },
    limits,
  });
  return { excel, port };
}

/** `rows` × `columns` numbers from A1: a header row of labels, then row × 10 + column. */
export function numberSheet(rows: number, columns: number): FakeSheetSpec {
  const cells: FakeSheetSpec = {};
  for (let c = 0; c < columns; c++) cells[cellAddress(0, c)] = `Cột ${c + 1}`;
  for (let r = 1; r < rows; r++) {
    for (let c = 0; c < columns; c++) cells[cellAddress(r, c)] = r * 10 + c;
  }
  return cells;
}

/** `count` sheets named "PL 1" … of the same cells. */
export function sheetsOf(count: number, cells: FakeSheetSpec): Record<string, FakeSheetSpec> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`PL ${i + 1}`, cells]));
}
