/**
 * What the e2e flow compares between the input and the download: which package part holds
 * which sheet, and every cell's value, type and formula as read back by the app's own reader.
 */
import { strFromU8, unzipSync } from 'fflate';
import { cellAddress } from '../../src/core/workbook/address';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';

/** Sheet name → worksheet part (e.g. `xl/worksheets/sheet1.xml`), from workbook.xml and its rels. */
export function sheetParts(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(tag)?.[1];
    if (id && target) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const sheets: Record<string, string> = {};
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/\bname="([^"]+)"/.exec(tag)?.[1] ?? '');
    const id = /\br:id="([^"]+)"/.exec(tag)?.[1] ?? '';
    const target = targets.get(id);
    if (target) sheets[name] = target;
  }
  return sheets;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface CellContent {
  type: 'number' | 'string' | 'boolean' | 'error' | 'blank';
  value: unknown;
  formula?: string;
}

function contentOf(cell: CellSnapshot | undefined): CellContent {
  const value = cell?.value ?? null;
  const type =
    value === null
      ? 'blank'
      : typeof value === 'object'
        ? 'error'
        : (typeof value as 'number' | 'string' | 'boolean');
  return cell?.formula !== undefined ? { type, value, formula: cell.formula } : { type, value };
}

/** Sheet name → A1 address → value, type and formula of every non-blank cell. */
export function cellContents(
  snapshot: WorkbookSnapshot,
): Record<string, Record<string, CellContent>> {
  const sheets: Record<string, Record<string, CellContent>> = {};
  for (const sheet of snapshot.sheets) {
    const cells: Record<string, CellContent> = {};
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const content = contentOf(cell);
        if (content.type !== 'blank' || content.formula !== undefined) {
          cells[cellAddress(r, c)] = content;
        }
      }),
    );
    sheets[sheet.name] = cells;
  }
  return sheets;
}

/** Names of the sheets where any cell's value, formula, number format or fill differs. */
export function sheetsThatDiffer(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  return after.sheets
    .filter((sheet) => {
      const old = before.sheets.find((candidate) => candidate.name === sheet.name);
      return JSON.stringify(old?.cells) !== JSON.stringify(sheet.cells);
    })
    .map((sheet) => sheet.name);
}
