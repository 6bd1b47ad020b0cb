/**
 * The cells the findings point at, by sheet, each with the most severe finding's severity:
 * the grid colours them the way "Đánh dấu" fills them in the workbook (core/plan/markColors).
 * Accepted findings are not marked (DESIGN.md §4: they are listed but do not count).
 */
import { parseReference } from '../../app/cellReference';
import type { Finding, Severity } from '../../core/rules/finding';

export interface Mark {
  severity: Severity;
  /** The finding's first cell: the one most likely holding the mistake (DESIGN.md §4). */
  culprit: boolean;
}

export type SheetMarks = Map<number, Mark>;

const rank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
/** A finding naming a whole area marks at most this many of its cells. */
const maxCellsPerArea = 500;

export const cellKey = (row: number, column: number) => row * 16_384 + column;

export function findingMarks(findings: readonly Finding[]): Map<string, SheetMarks> {
  const bySheet = new Map<string, SheetMarks>();
  for (const finding of findings) {
    if (finding.accepted) continue;
    for (const [index, cell] of finding.cells.entries()) {
      const reference = parseReference(cell);
      if (!reference) continue;
      const sheet = reference.sheet ?? finding.sheet;
      const marks: SheetMarks = bySheet.get(sheet) ?? new Map();
      bySheet.set(sheet, marks);
      let count = 0;
      for (let row = reference.top; row <= reference.bottom && count < maxCellsPerArea; row++) {
        for (
          let column = reference.left;
          column <= reference.right && count < maxCellsPerArea;
          column++, count++
        ) {
          const key = cellKey(row, column);
          const present = marks.get(key);
          const culprit = index === 0 || present?.culprit === true;
          if (!present || rank[finding.severity] > rank[present.severity]) {
            marks.set(key, { severity: finding.severity, culprit });
          } else if (culprit) marks.set(key, { ...present, culprit });
        }
      }
    }
  }
  return bySheet;
}

/** Open findings per sheet (a sheet tab shows the count). */
export function findingCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (!finding.accepted) counts.set(finding.sheet, (counts.get(finding.sheet) ?? 0) + 1);
  }
  return counts;
}
