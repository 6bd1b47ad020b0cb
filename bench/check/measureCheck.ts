/**
 * Child process of bench/check: reads one generated workbook, then detects and checks it,
 * first cold (as a one-off command-line run sees it) and then warm (median of five more runs,
 * as the task pane or the web app sees a second check), and prints the times and the peak
 * memory (max RSS) as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';

async function timeOnce(bytes: Uint8Array) {
  const readStart = performance.now();
  const { snapshot } = await readWorkbookBytes(bytes);
  const readMs = performance.now() - readStart;
  const checkStart = performance.now();
  const result = checkWorkbook(snapshot);
  const checkMs = performance.now() - checkStart;
  return { readMs, checkMs, sheets: snapshot.sheets.length, tables: result.tables.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function measure(file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const cold = await timeOnce(bytes);
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(await timeOnce(bytes));
  console.log(
    JSON.stringify({
      bytes: bytes.length,
      sheets: cold.sheets,
      tables: cold.tables,
      readMs: cold.readMs,
      checkMs: cold.checkMs,
      warmReadMs: median(warm.map((run) => run.readMs)),
      warmCheckMs: median(warm.map((run) => run.checkMs)),
      peakMiB: resourceUsage().maxRSS / 1024,
    }),
  );
}

void measure(process.argv[2]);
