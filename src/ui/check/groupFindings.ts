/**
 * The findings as the list shows them: by sheet (in workbook order), then by severity (errors
 * first), with counts that leave accepted findings out (DESIGN.md §4) while still listing them.
 */
import { resolveCell, type SheetCell } from '../../core/plan/findingCells';
import type { Finding, Severity } from '../../core/rules/finding';

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export interface ListedFinding {
  /** Stable within one check: the finding's position in the check's list. */
  key: string;
  finding: Finding;
}

export interface SeverityGroup {
  severity: Severity;
  findings: ListedFinding[];
  /** Findings not accepted. */
  open: number;
}

export interface SheetGroup {
  sheet: string;
  open: number;
  accepted: number;
  severities: SeverityGroup[];
}

export function groupFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
): SheetGroup[] {
  const bySheet = new Map<string, ListedFinding[]>();
  findings.forEach((finding, index) => {
    const listed = bySheet.get(finding.sheet) ?? [];
    listed.push({ key: `${index}-${finding.rule}-${finding.cells[0] ?? ''}`, finding });
    bySheet.set(finding.sheet, listed);
  });
  const position = (sheet: string) => {
    const at = sheetOrder.indexOf(sheet);
    return at < 0 ? sheetOrder.length : at;
  };
  return [...bySheet]
    .sort(([a], [b]) => position(a) - position(b))
    .map(([sheet, listed]) => {
      const groups = severities
        .map((severity) => {
          const inGroup = listed.filter((item) => item.finding.severity === severity);
          return { severity, findings: inGroup, open: openCount(inGroup) };
        })
        .filter((group) => group.findings.length > 0);
      const open = openCount(listed);
      return { sheet, open, accepted: listed.length - open, severities: groups };
    });
}

function openCount(listed: readonly ListedFinding[]): number {
  return listed.filter((item) => !item.finding.accepted).length;
}

/** The cell a finding points at first (the likeliest culprit), resolved to its sheet. */
export function firstCell(finding: Finding): SheetCell | undefined {
  const reference = finding.cells[0];
  return reference === undefined ? undefined : resolveCell(reference, finding.sheet)[0];
}
