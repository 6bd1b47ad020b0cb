/**
 * `npm run bench:write`: on the 30 000-row workbook of bench/check, the time and peak memory
 * to mark 1 000 cells and add a sheet (package patching), against the time to read the file.
 * Each measurement runs in a fresh process; the best of three is printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listWorkbook } from '../check/generateWorkbooks';

function run(file: string, phase: string): { ms: number; peakMiB: number } {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'measureWrite.ts'), file, phase],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}');
}

async function main(): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'htx-bench-')), 'list-30000.xlsx');
  writeFileSync(file, await listWorkbook());
  const best = (phase: string) =>
    [1, 2, 3].map(() => run(file, phase)).reduce((a, b) => (a.ms <= b.ms ? a : b));
  const read = best('read');
  const write = best('write');
  console.log('| step (30 000-row workbook) | time | peak memory |');
  console.log('|---|---|---|');
  console.log(`| read (ExcelJS) | ${read.ms.toFixed(0)} ms | ${read.peakMiB.toFixed(0)} MiB |`);
  console.log(
    `| mark 1 000 cells + add a sheet (patch) | ${write.ms.toFixed(0)} ms | ${write.peakMiB.toFixed(0)} MiB |`,
  );
  console.log(`\nwriting ÷ reading: ${((write.ms / read.ms) * 100).toFixed(0)} %`);
}

void main();
