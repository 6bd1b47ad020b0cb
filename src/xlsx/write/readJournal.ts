/** The journal recorded in an .xlsx package, oldest entry first; empty when it has none. */
import type { JournalEntry } from '../../core/plan/journal';
import { journalFromXml } from '../../core/plan/journalXml';
import { XlsxPackage } from './xlsxPackage';
import { findJournalPart } from './journalPart';

export function readJournal(bytes: Uint8Array): JournalEntry[] {
  const pkg = XlsxPackage.open(bytes);
  const path = findJournalPart(pkg);
  return path ? journalFromXml(pkg.text(path)) : [];
}
