/**
 * `htx-plan check FILE...`: read each file, check it, print a report (or the JSON document of
 * DESIGN.md §4) and return the exit code. One unreadable file never stops the others.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkWorkbook } from '../app/checkWorkbook';
import { withAccepted } from '../app/markWorkbook';
import { readJournal } from '../xlsx/write/readJournal';
import { errorDocument, reportDocument, type ReportDocument } from '../app/reportDocument';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { cliMessage } from './messages/cliMessage';
import type { CliRequest } from './parseArgs';
import { renderReport } from './renderReport';

export interface Output {
  out(text: string): void;
  err(text: string): void;
  isTerminal: boolean;
}

export async function checkCommand(request: CliRequest, output: Output): Promise<number> {
  const documents: ReportDocument[] = [];
  for (const file of request.files) documents.push(await checkFile(file, request));
  if (request.json) {
    output.out(JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2));
  } else {
    const color = request.color === 'auto' ? output.isTerminal : request.color;
    output.out(renderReport(documents, request.lang, color));
  }
  return exitCodeOf(documents);
}

async function checkFile(file: string, request: CliRequest): Promise<ReportDocument> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
    return errorDocument(file, cliMessage(`read.${code}`, { file: basename(file) }, request.lang));
  }
  try {
    const { snapshot, format } = await readWorkbookBytes(bytes);
    const checked = checkWorkbook(snapshot);
    // Findings accepted in the pane or the web app are kept in the workbook's journal: they are
    // still reported, marked accepted, and do not count (DESIGN.md §4).
    const journal = format === 'xlsx' ? readJournal(bytes) : [];
    const result = { ...checked, findings: withAccepted(checked.findings, journal) };
    if (result.tables.length === 0) {
      return errorDocument(
        file,
        cliMessage('read.no-table', { file: basename(file) }, request.lang),
      );
    }
    return reportDocument(file, result, request.lang);
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      return errorDocument(
        file,
        cliMessage(`read.${error.code}`, { file: basename(file) }, request.lang),
      );
    }
    throw error;
  }
}

/** 2: a file could not be read or holds no appendix table; else 1 when errors; else 0. */
export function exitCodeOf(documents: ReportDocument[]): number {
  if (documents.some((document) => document.error !== null)) return 2;
  if (documents.some((document) => document.summary.errors > 0)) return 1;
  return 0;
}
