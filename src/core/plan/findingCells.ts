/**
 * The cells a finding points at, resolved to (sheet, address): plain addresses are on the
 * finding's sheet, `'PL I'!G13` on the sheet named (DESIGN.md §4).
 */
import type { Finding, Severity } from '../rules/finding';
import { cellAddress, parseCellAddress } from '../workbook/address';

export interface SheetCell {
  sheet: string;
  /** A1 without "$". */
  address: string;
}

const QUALIFIED = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;
/** A finding never points at more cells than this through one range. */
const MAX_RANGE_CELLS = 10_000;

export function resolveCell(reference: string, findingSheet: string): SheetCell[] {
  const match = QUALIFIED.exec(reference.trim());
  const sheet = match ? (match[1]?.replace(/''/g, "'") ?? match[2]) : findingSheet;
  const area = (match ? match[3] : reference).replace(/\$/g, '').trim();
  const [first, last = first] = area.split(':');
  let from: { row: number; column: number };
  let to: { row: number; column: number };
  try {
    [from, to] = [parseCellAddress(first), parseCellAddress(last)];
  } catch {
    return []; // Not a cell (a whole column, a name): nothing to mark.
  }
  const cells: SheetCell[] = [];
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++) {
    for (
      let col = Math.min(from.column, to.column);
      col <= Math.max(from.column, to.column);
      col++
    ) {
      if (cells.length >= MAX_RANGE_CELLS) return cells;
      cells.push({ sheet, address: cellAddress(row, col) });
    }
  }
  return cells;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function moreSevere(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Every cell of the findings with the most severe severity among the findings that name it,
 * per sheet; cells on sheets the workbook does not have are left out.
 */
export function severityByCell(
  findings: readonly Finding[],
  sheetNames: readonly string[],
): Map<string, Map<string, Severity>> {
  const bySheet = new Map<string, Map<string, Severity>>(
    sheetNames.map((name) => [name, new Map()]),
  );
  for (const finding of findings) {
    for (const reference of finding.cells) {
      for (const { sheet, address } of resolveCell(reference, finding.sheet)) {
        const cells = bySheet.get(sheet);
        if (!cells) continue;
        const present = cells.get(address);
        cells.set(address, present ? moreSevere(present, finding.severity) : finding.severity);
      }
    }
  }
  return bySheet;
}
