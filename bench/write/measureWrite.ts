/**
 * Child process of bench/write: reads the workbook (timed), or applies a plan that marks 1 000
 * cells and adds a sheet (timed), and prints the time and the peak memory as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { emptyPlan, type EditPlan } from '../../src/core/plan/editPlan';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';

function markPlan(sheet: string): EditPlan {
  const plan = emptyPlan();
  const cells = Array.from({ length: 1000 }, (_, i) => ({
    address: `E${2 + i * 29}`,
    style: { fill: { pattern: 'solid' as const, color: 'FFFFC7CE' } },
  }));
  plan.edits.push({ sheet, cells });
  plan.newSheets.push({
    name: 'Kết quả kiểm tra',
    cells: Array.from({ length: 1000 }, (_, i) => ({
      address: `A${i + 1}`,
      write: { kind: 'text' as const, value: `Phát hiện ${i + 1}` },
    })),
  });
  return plan;
}

async function measure(file: string, phase: 'read' | 'write'): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  if (phase === 'read') await readWorkbookBytes(bytes);
  else await applyEditPlan(bytes, markPlan('Danh sách HTX'));
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMiB: resourceUsage().maxRSS / 1024 }));
}

void measure(process.argv[2], process.argv[3] as 'read' | 'write');
