/**
 * Cells grouped into rectangles so that a plan costs one Office.js action per block, not per
 * cell: a calculation column E8:E40 is one write, a summary table one write per column run.
 * Cells whose `key` differs never share a block (two styles, two blocks).
 */
import { cellAddress, parseCellAddress } from '../core/workbook/address';

export interface CellBlock<T> {
  /** `E8:F40`, or `E8` for one cell. */
  address: string;
  rows: number;
  columns: number;
  /** Row-major, every slot filled. */
  grid: T[][];
}

export function cellBlocks<T>(
  cells: readonly { address: string; item: T }[],
  key: (item: T) => string,
): CellBlock<T>[] {
  const groups = new Map<string, Map<string, T>>();
  for (const { address, item } of cells) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, new Map());
    const { row, column } = parseCellAddress(address);
    groups.get(k)!.set(`${row},${column}`, item);
  }
  return [...groups.values()].flatMap(blocksOf);
}

interface Run {
  column: number;
  top: number;
  bottom: number;
}

function blocksOf<T>(group: Map<string, T>): CellBlock<T>[] {
  const positions = [...group.keys()].map((k) => k.split(',').map(Number) as [number, number]);
  positions.sort(([r1, c1], [r2, c2]) => c1 - c2 || r1 - r2);
  // Vertical runs per column…
  const runs: Run[] = [];
  for (const [row, column] of positions) {
    const last = runs[runs.length - 1];
    if (last && last.column === column && last.bottom === row - 1) last.bottom = row;
    else runs.push({ column, top: row, bottom: row });
  }
  // …joined with the next column's run when it spans the same rows.
  const blocks: { left: number; right: number; top: number; bottom: number }[] = [];
  for (const run of runs) {
    const open = blocks.find(
      (b) => b.right === run.column - 1 && b.top === run.top && b.bottom === run.bottom,
    );
    if (open) open.right = run.column;
    else blocks.push({ left: run.column, right: run.column, top: run.top, bottom: run.bottom });
  }
  return blocks.map(({ left, right, top, bottom }) => {
    const grid: T[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: T[] = [];
      for (let c = left; c <= right; c++) line.push(group.get(`${r},${c}`)!);
      grid.push(line);
    }
    const first = cellAddress(top, left);
    const last = cellAddress(bottom, right);
    return {
      address: first === last ? first : `${first}:${last}`,
      rows: bottom - top + 1,
      columns: right - left + 1,
      grid,
    };
  });
}
