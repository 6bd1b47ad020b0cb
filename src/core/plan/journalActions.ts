/** Reading the journal by action: which actions were undone, and one action's entries. */
import type { JournalEntry } from './journal';

/** Actions undone by "Hoàn tác" (or whose entry rules were removed): their entries are history. */
export function undoneActions(journal: readonly JournalEntry[]): Set<string> {
  return new Set(journal.filter((entry) => entry.kind === 'undone').map((entry) => entry.action));
}

export function entriesOf(journal: readonly JournalEntry[], action: string): JournalEntry[] {
  return journal.filter((entry) => entry.action === action);
}
