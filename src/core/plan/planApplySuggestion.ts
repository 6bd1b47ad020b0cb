/**
 * "Áp dụng" and "Bỏ qua" on a finding. Applying writes the suggested value into its cell and
 * journals what the cell held, so "Hoàn tác" can put it back; the UI shows `suggestionChange`
 * (old → new) and asks first, since this is the one action that writes over a non-empty cell
 * (DESIGN.md §3). Accepting records the finding with the user's reason in the journal; every
 * later check reports it as accepted (`applyAccepted`), and it no longer counts (§4).
 */
import type { Finding } from '../rules/finding';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CellWrite, EditPlan } from './editPlan';
import type { AcceptedEntry, JournalEntry } from './journal';
import { undoneActions } from './journalActions';
import { InvalidDateError, MissingReasonError, NoSuggestionError } from './planErrors';
import { cellOf, contentOf, resolveCellRef, sheetNamed } from './snapshotCells';

export interface SuggestionChange {
  sheet: string;
  address: string;
  previous: CellWrite;
  next: CellWrite;
}

/** Where the suggestion writes, what the cell holds now and what it will hold. */
export function suggestionChange(finding: Finding, snapshot: WorkbookSnapshot): SuggestionChange {
  if (!finding.suggestion) throw new NoSuggestionError(finding.rule);
  const { sheet, address } = resolveCellRef(finding.sheet, finding.suggestion.cell);
  const previous = contentOf(cellOf(sheetNamed(snapshot, sheet), address));
  return { sheet, address, previous, next: { kind: 'number', value: finding.suggestion.value } };
}

export function planApplySuggestion(
  finding: Finding,
  snapshot: WorkbookSnapshot,
  action: string,
  at: string = new Date().toISOString(),
): EditPlan {
  const { sheet, address, previous, next } = suggestionChange(finding, snapshot);
  return {
    edits: [{ sheet, cells: [{ address, write: next }] }],
    newSheets: [],
    journal: [{ kind: 'write', action, at, sheet, cell: address, previous, written: next }],
  };
}

/** `date` is the calendar day of the acceptance, YYYY-MM-DD (or an ISO date-time). */
export function planAcceptFinding(
  finding: Finding,
  reason: string,
  date: string,
  action: string,
): EditPlan {
  if (reason.trim() === '') throw new MissingReasonError();
  if (!/^\d{4}-\d{2}-\d{2}(T|$)/.test(date)) throw new InvalidDateError(date);
  const entry: AcceptedEntry = {
    kind: 'accepted',
    action,
    at: date,
    rule: finding.rule,
    sheet: finding.sheet,
    cell: finding.cells[0] ?? '',
    reason: reason.trim(),
  };
  return { edits: [], newSheets: [], journal: [entry] };
}

const acceptanceKey = (rule: string, sheet: string, cell: string) =>
  `${rule}\u0000${sheet}\u0000${cell}`;

/**
 * The findings with `accepted` set from the journal: matched by rule, sheet and first cell;
 * the latest acceptance wins; acceptances undone by "Hoàn tác" no longer count.
 */
export function applyAccepted(
  findings: readonly Finding[],
  journal: readonly JournalEntry[],
): Finding[] {
  const undone = undoneActions(journal);
  const accepted = new Map<string, AcceptedEntry>();
  for (const entry of journal) {
    if (entry.kind !== 'accepted' || undone.has(entry.action)) continue;
    accepted.set(acceptanceKey(entry.rule, entry.sheet, entry.cell), entry);
  }
  return findings.map((finding) => {
    const entry = accepted.get(acceptanceKey(finding.rule, finding.sheet, finding.cells[0] ?? ''));
    if (!entry) return finding;
    return { ...finding, accepted: { reason: entry.reason, date: entry.at.slice(0, 10) } };
  });
}
