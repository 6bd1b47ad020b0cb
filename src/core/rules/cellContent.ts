/**
 * What a cell holds rather than what it means: numbers stored as text (info, one finding per
 * table listing the cells, since SUM skips them), text where a figure belongs (info), and Excel
 * errors such as #REF! (warning, one per cell: each breaks the figures that depend on it).
 */
import type { AppendixTable, TableCell } from '../layout/appendixTable';
import { isCellError } from '../workbook/snapshot';
import type { Finding } from './finding';
import type { Rule } from './rule';

/** Dashes and "x" mean "none" or "not applicable" in these tables: not worth a note. */
const PLACEHOLDER = /^[\s\-–—_.…xX/]*$/;

function figureCells(table: AppendixTable): TableCell[] {
  const columns = table.columns.filter(
    (column) => column.period !== 'unit' && column.period !== 'note',
  );
  return table.rows.flatMap((row) =>
    columns.flatMap((column) => (row.cells[column.column] ? [row.cells[column.column]] : [])),
  );
}

function listFinding(
  table: AppendixTable,
  rule: 'number-as-text' | 'not-a-number',
  cells: TableCell[],
  example?: string,
): Finding[] {
  if (cells.length === 0) return [];
  const params: Record<string, string | number> = {
    count: cells.length,
    firstCell: cells[0].address,
  };
  if (example !== undefined) params.example = example;
  return [
    {
      rule,
      severity: 'info',
      sheet: table.sheet,
      cells: cells.map((cell) => cell.address),
      messageKey: rule,
      params,
    },
  ];
}

export const numberAsText: Rule = {
  id: 'number-as-text',
  severity: 'info',
  appliesTo: () => true,
  check: (table) =>
    listFinding(
      table,
      'number-as-text',
      figureCells(table).filter(
        (cell) => cell.fromText && cell.number !== null && !cell.approximate,
      ),
    ),
};

export const notANumber: Rule = {
  id: 'not-a-number',
  severity: 'info',
  appliesTo: () => true,
  check: (table) => {
    const cells = figureCells(table).filter(
      (cell) =>
        cell.number === null &&
        typeof cell.raw?.value === 'string' &&
        !PLACEHOLDER.test(cell.raw.value),
    );
    return listFinding(
      table,
      'not-a-number',
      cells,
      cells.length > 0 ? String(cells[0].raw?.value).trim() : undefined,
    );
  },
};

export const cellError: Rule = {
  id: 'cell-error',
  severity: 'warning',
  appliesTo: () => true,
  check: (table) =>
    figureCells(table).flatMap((cell): Finding[] => {
      const value = cell.raw?.value;
      if (value === undefined || value === null || !isCellError(value)) return [];
      return [
        {
          rule: 'cell-error',
          severity: 'warning',
          sheet: table.sheet,
          cells: [cell.address],
          messageKey: 'cell-error',
          params: { valueCell: cell.address, error: value.error },
        },
      ];
    }),
};
