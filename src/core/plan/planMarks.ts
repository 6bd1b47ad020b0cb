/**
 * "Đánh dấu" as an edit plan: each finding's cells filled by severity (the most severe when
 * several findings name a cell), the fill each cell had recorded in the journal so it can be
 * restored, and a results sheet listing every finding. Only fills change in the user's sheets;
 * no value, formula or other format is touched.
 */
import { uniqueSheetName } from '../workbook/uniqueSheetName';
import type { Lang } from '../messages/formatMessage';
import type { Finding } from '../rules/finding';
import { parseCellAddress } from '../workbook/address';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { EditPlan, ExistingSheetEdit, Fill } from './editPlan';
import { severityByCell } from './findingCells';
import type { JournalEntry, MarkEntry } from './journal';
import { undoneActions } from './journalActions';
import { markColors } from './markColors';
import { resultsSheet } from './resultsSheet';
import { resultsSheetLabels } from './resultsSheetLabels';

export interface PlanMarksInput {
  findings: readonly Finding[];
  /** The workbook as read: its sheet names and each cell's present fill. */
  snapshot: WorkbookSnapshot;
  /** The workbook's journal so far: a cell marked before keeps its original fill on record. */
  journal?: readonly JournalEntry[];
  lang: Lang;
  now: Date;
}

/** Accepted findings are listed on the results sheet but their cells are not filled. */
export function planMarks({
  findings,
  snapshot,
  journal = [],
  lang,
  now,
}: PlanMarksInput): EditPlan {
  const at = now.toISOString();
  const action = `mark-${at}`;
  const sheetNames = snapshot.sheets.map((sheet) => sheet.name);
  const open = findings.filter((finding) => !finding.accepted);
  const earlierMarks = earlierFills(journal);

  const edits: ExistingSheetEdit[] = [];
  const marks: MarkEntry[] = [];
  for (const [sheet, cells] of severityByCell(open, sheetNames)) {
    if (cells.size === 0) continue;
    const snapshotSheet = snapshot.sheets.find((candidate) => candidate.name === sheet);
    const ordered = [...cells].sort(([a], [b]) => byRowThenColumn(a, b));
    edits.push({
      sheet,
      cells: ordered.map(([address, severity]) => ({
        address,
        style: { fill: { pattern: 'solid', color: markColors[severity] } },
      })),
    });
    for (const [address] of ordered) {
      const { row, column } = parseCellAddress(address);
      const present: Fill = snapshotSheet?.cells[row]?.[column]?.fill ?? { pattern: 'none' };
      const previousFill = earlierMarks.get(`${sheet}!${address}`) ?? present;
      marks.push({ kind: 'mark', action, at, sheet, cell: address, previousFill });
    }
  }

  const name = uniqueSheetName(resultsSheetLabels[lang].sheetName, sheetNames);
  return {
    edits,
    newSheets: [resultsSheet({ findings, name, sheetNames, lang, now })],
    journal: [...marks, { kind: 'sheet', action, at, sheet: name }],
  };
}

/**
 * The first recorded fill of each cell still marked: the user's own, not an earlier mark. Marks
 * of undone actions were taken back, so the cell's present fill is the user's again.
 */
function earlierFills(journal: readonly JournalEntry[]): Map<string, Fill> {
  const undone = undoneActions(journal);
  const fills = new Map<string, Fill>();
  for (const entry of journal) {
    if (entry.kind !== 'mark' || undone.has(entry.action)) continue;
    const key = `${entry.sheet}!${entry.cell}`;
    if (!fills.has(key)) fills.set(key, entry.previousFill);
  }
  return fills;
}

function byRowThenColumn(a: string, b: string): number {
  const [x, y] = [parseCellAddress(a), parseCellAddress(b)];
  return x.row - y.row || x.column - y.column;
}
