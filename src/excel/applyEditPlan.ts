/**
 * The write phase: one batched write of an edit plan in a constant number of syncs, whatever
 * its size below Excel's limits (one more per request above them):
 *
 * 1. the sheets there are and the journal's parts, so that a missing sheet fails before
 *    anything is written and new sheets get free names;
 * 2. (when the plan marks cells or a journal exists) the fills of the cells being marked and
 *    the journal's XML;
 * 3. the writes, the journal first: should a later request fail, the journal already records
 *    every change the plan meant, and "Hoàn tác" restoring a cell that was not reached is
 *    harmless.
 */
import { sameSheet } from '../app/cellReference';
import { SheetNotFoundError } from '../app/workbookErrors';
import type { ApplyResult, HostNote } from '../app/workbookPort';
import type { EditPlan, Fill } from '../core/plan/editPlan';
import type { JournalEntry, MarkEntry } from '../core/plan/journal';
import { undoneActions } from '../core/plan/journalActions';
import type { ExcelHost } from './excelHost';
import { journalToXml, loadJournalParts, queueJournalWrite, queueJournalXml } from './excelJournal';
import { fillFromOffice } from './officeStyle';
import { ACTION_BYTES, bytesOf, runSteps, type RequestLimits, type Step } from './requestBudget';
import { uniqueSheetName } from '../core/workbook/uniqueSheetName';
import { sheetSteps, type SheetTarget } from './sheetSteps';

export async function applyEditPlan(
  context: Excel.RequestContext,
  host: ExcelHost,
  plan: EditPlan,
  limits: RequestLimits,
): Promise<ApplyResult> {
  const notes: HostNote[] = [];
  const worksheets = context.workbook.worksheets.load('items/name');
  const parts = plan.journal.length > 0 ? loadJournalParts(context) : undefined;
  await context.sync();

  const names = worksheets.items.map((worksheet) => worksheet.name);
  const actualName = (sheet: string) => {
    const found = names.find((name) => sameSheet(name, sheet));
    if (found === undefined) throw new SheetNotFoundError(sheet);
    return found;
  };
  const proxies = new Map<string, Excel.Worksheet>();
  const existing = (name: string): SheetTarget => {
    const actual = actualName(name);
    const worksheet = (ctx: Excel.RequestContext) => {
      if (!proxies.has(actual)) proxies.set(actual, ctx.workbook.worksheets.getItem(actual));
      return proxies.get(actual)!;
    };
    return { name: actual, worksheet };
  };
  const edited = plan.edits.map((edit) => ({ edit, target: existing(edit.sheet) }));
  const removed = (plan.removeSheets ?? []).map(existing);
  const marks = plan.journal.filter((entry): entry is MarkEntry => entry.kind === 'mark');
  for (const mark of marks) actualName(mark.sheet);

  // 2. What the marked cells look like now, and the journal so far.
  let journal: JournalEntry[] = [];
  const fills = new Map<string, Fill>();
  const prepare: Step[] = [];
  if (parts && parts.items.length > 0) {
    prepare.push({
      bytes: ACTION_BYTES * parts.items.length,
      queue: () => {
        const entries = queueJournalXml(parts);
        return () => (journal = entries());
      },
    });
  }
  for (const mark of marks) {
    prepare.push({
      bytes: 2 * ACTION_BYTES,
      queue: (ctx) => {
        const fill = existing(mark.sheet).worksheet(ctx).getRange(mark.cell).format.fill;
        fill.load('color,pattern');
        const where = `${mark.sheet}!${mark.cell}`;
        return () =>
          fills.set(markKey(mark), fillFromOffice(fill.color, fill.pattern, notes, where));
      },
    });
  }
  await runSteps(context, prepare, limits);
  const recorded = recordFills(plan.journal, journal, fills);

  // 3. The writes.
  const steps: Step[] = [];
  if (recorded.length > 0) {
    const xml = journalToXml([...journal, ...recorded]);
    steps.push({ bytes: bytesOf(xml), queue: (ctx) => queueJournalWrite(ctx, parts, xml) });
  }
  for (const { edit, target } of edited) steps.push(...sheetSteps(target, edit, host, notes));
  const taken = [...names];
  const newSheetNames: string[] = [];
  for (const sheet of plan.newSheets) {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    newSheetNames.push(name);
    let added: Excel.Worksheet | undefined;
    steps.push({
      bytes: bytesOf(name),
      queue: (ctx) => void (added = ctx.workbook.worksheets.add(name)),
    });
    steps.push(...sheetSteps({ name, worksheet: () => added! }, sheet, host, notes));
    if (sheet.activate) steps.push({ bytes: ACTION_BYTES, queue: () => added!.activate() });
  }
  for (const target of removed) {
    steps.push({ bytes: ACTION_BYTES, queue: (ctx) => target.worksheet(ctx).delete() });
  }
  await runSteps(context, steps, limits);
  return { newSheetNames, journal: recorded, notes };
}

const markKey = (entry: { sheet: string; cell: string }) =>
  `${entry.sheet.toLowerCase()}!${entry.cell.toUpperCase()}`;

/**
 * Each mark records the fill its cell has now, unless a live (not undone) mark of the cell is
 * in the journal: then the cell shows our mark, and the plan's previousFill (the user's own
 * fill, from that earlier entry) is the one to keep.
 */
function recordFills(
  entries: JournalEntry[],
  journal: JournalEntry[],
  fills: Map<string, Fill>,
): JournalEntry[] {
  const undone = undoneActions(journal);
  const live = new Set(
    journal
      .filter((e) => e.kind === 'mark' && !undone.has(e.action))
      .map((e) => markKey(e as MarkEntry)),
  );
  return entries.map((entry) => {
    if (entry.kind !== 'mark' || live.has(markKey(entry))) return entry;
    return { ...entry, previousFill: fills.get(markKey(entry)) ?? entry.previousFill };
  });
}
