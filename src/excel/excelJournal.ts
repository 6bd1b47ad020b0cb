/**
 * The journal in Excel: one custom XML part in the journal's namespace (ExcelApi 1.5), the same
 * XML every host reads and writes (DESIGN.md §5). Reading it takes two syncs: the parts first,
 * then their XML, since a method called on a null object is not something to rely on
 * (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection).
 * Should a workbook hold several parts in the namespace (two copies merged by hand), their
 * entries are read in order and the next write folds them into the first.
 */
import { journalNamespace, type JournalEntry } from '../core/plan/journal';
import { journalFromXml, journalToXml } from '../core/plan/journalXml';

/** Queues loading the journal's parts; their `items` are there after the next sync. */
export function loadJournalParts(
  context: Excel.RequestContext,
): Excel.CustomXmlPartScopedCollection {
  return context.workbook.customXmlParts.getByNamespace(journalNamespace).load('items/id');
}

/** Queues reading each part's XML; the entries are there after the next sync. */
export function queueJournalXml(parts: Excel.CustomXmlPartScopedCollection): () => JournalEntry[] {
  const results = parts.items.map((part) => part.getXml());
  return () => results.flatMap((result) => journalFromXml(result.value));
}

/** Queues writing the whole journal (`journalToXml`): into the first part, or a new one. */
export function queueJournalWrite(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection | undefined,
  xml: string,
): void {
  const [first, ...extra] = parts?.items ?? [];
  if (first) first.setXml(xml);
  else context.workbook.customXmlParts.add(xml);
  for (const part of extra) part.delete();
}

export { journalToXml };

export async function readJournal(context: Excel.RequestContext): Promise<JournalEntry[]> {
  const parts = loadJournalParts(context);
  await context.sync();
  if (parts.items.length === 0) return [];
  const entries = queueJournalXml(parts);
  await context.sync();
  return entries();
}
