/**
 * Reading the input of a writing command (`mark`, `native`): its bytes, snapshot and journal, or
 * the message key that says why it cannot be used. `.xls` files are read by `check` but cannot be
 * written: they must be saved as .xlsx first.
 */
import { readFile } from 'node:fs/promises';
import type { JournalEntry } from '../core/plan/journal';
import { JournalXmlError } from '../core/plan/journalXml';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import { readJournal } from '../xlsx/write/readJournal';

export type InputReading =
  | { ok: true; bytes: Uint8Array; snapshot: WorkbookSnapshot; journal: JournalEntry[] }
  | { ok: false; messageKey: string };

export async function readInput(file: string): Promise<InputReading> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
    return { ok: false, messageKey: `read.${code}` };
  }
  try {
    const { snapshot, format } = await readWorkbookBytes(bytes);
    if (format === 'xls') return { ok: false, messageKey: 'write.xls' };
    return { ok: true, bytes, snapshot, journal: readJournal(bytes) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, messageKey: `read.${error.code}` };
    // A damaged record of earlier actions: writing on would lose it for good.
    if (error instanceof JournalXmlError) return { ok: false, messageKey: 'read.journal' };
    throw error;
  }
}
