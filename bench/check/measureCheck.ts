/**
 * Child process of bench/check: reads one generated workbook, then detects and checks it,
 * and prints the times and the peak memory (max RSS) as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';

async function measure(file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const readStart = performance.now();
  const { snapshot } = await readWorkbookBytes(bytes);
  const readMs = performance.now() - readStart;
  const checkStart = performance.now();
  const result = checkWorkbook(snapshot);
  const checkMs = performance.now() - checkStart;
  console.log(
    JSON.stringify({
      bytes: bytes.length,
      sheets: snapshot.sheets.length,
      tables: result.tables.length,
      findings: result.findings.length,
      readMs,
      checkMs,
      peakMiB: resourceUsage().maxRSS / 1024,
    }),
  );
}

void measure(process.argv[2]);
