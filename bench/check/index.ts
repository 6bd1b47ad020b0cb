/**
 * `npm run bench:check`: time to read each generated workbook, time to detect and check it
 * (separately), and peak memory, each workbook in a fresh process so peaks do not mix.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listWorkbook, nationalWorkbook, provinceWorkbook } from './generateWorkbooks';

const cases = [
  { name: 'province, 4 appendix sheets', make: provinceWorkbook },
  { name: 'national, 63 province sheets', make: nationalWorkbook },
  { name: 'province + 30 000-row list', make: listWorkbook },
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'htx-bench-'));
  console.log(
    '| workbook | size | tables | read (cold) | detect + check (cold) | read (warm) | detect + check (warm) | check ÷ read (warm) | peak memory |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { name, make } of cases) {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(file, await make());
    const runs = [1, 2, 3].map(() => measureOnce(file));
    const best = runs.reduce((a, b) => (a.readMs + a.checkMs <= b.readMs + b.checkMs ? a : b));
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(
      `| ${name} | ${(best.bytes / 1024).toFixed(0)} KB | ${best.tables} | ${ms(best.readMs)} | ` +
        `${ms(best.checkMs)} | ${ms(best.warmReadMs)} | ${ms(best.warmCheckMs)} | ` +
        `${((best.warmCheckMs / best.warmReadMs) * 100).toFixed(1)} % | ` +
        `${Math.max(...runs.map((r) => r.peakMiB)).toFixed(0)} MiB |`,
    );
  }
}

interface Measurement {
  bytes: number;
  tables: number;
  readMs: number;
  checkMs: number;
  warmReadMs: number;
  warmCheckMs: number;
  peakMiB: number;
}

function measureOnce(file: string): Measurement {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'measureCheck.ts'), file],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}');
}

void main();
