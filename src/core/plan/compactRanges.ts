/**
 * Cells → few rectangles: runs of consecutive rows per column, then runs with the same rows
 * in adjacent columns joined ("E8:G20"). Each range is a data validation area in the file, so
 * fewer ranges mean a smaller rule list for Excel and for whoever reads the file next.
 */
import { cellAddress, parseCellAddress } from '../workbook/address';

interface Run {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function columnRuns(cells: readonly string[]): Run[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const address of cells) {
    const { row, column } = parseCellAddress(address);
    const rows = rowsByColumn.get(column) ?? [];
    rows.push(row);
    rowsByColumn.set(column, rows);
  }
  const runs: Run[] = [];
  for (const [column, rows] of rowsByColumn) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    sorted.forEach((row, i) => {
      if (i + 1 < sorted.length && sorted[i + 1] === row + 1) return;
      runs.push({ top: start, bottom: row, left: column, right: column });
      start = sorted[i + 1];
    });
  }
  return runs;
}

export function compactRanges(cells: readonly string[]): string[] {
  const runs = columnRuns(cells).sort(
    (a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left,
  );
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    if (last && last.top === run.top && last.bottom === run.bottom && last.right + 1 === run.left) {
      last.right = run.left;
    } else joined.push({ ...run });
  }
  return joined
    .sort((a, b) => a.left - b.left || a.top - b.top)
    .map((r) => {
      const start = cellAddress(r.top, r.left);
      const end = cellAddress(r.bottom, r.right);
      return start === end ? start : `${start}:${end}`;
    });
}

/** A1 range bounds; whole columns ("E:E") and whole rows ("8:8") reach to the sheet's edge. */
function bounds(range: string): Run | undefined {
  const [first, last = first] = range.replace(/\$/g, '').trim().split(':');
  const corner = (part: string) => {
    const match = /^([A-Za-z]{0,3})(\d*)$/.exec(part);
    if (!match || (!match[1] && !match[2])) return undefined;
    return { letters: match[1], row: match[2] ? Number(match[2]) - 1 : undefined };
  };
  const a = corner(first);
  const b = corner(last);
  if (!a || !b) return undefined;
  const column = (letters: string, edge: number) =>
    letters ? parseCellAddress(`${letters}1`).column : edge;
  return {
    top: a.row ?? 0,
    bottom: b.row ?? Number.MAX_SAFE_INTEGER,
    left: column(a.letters, 0),
    right: column(b.letters, Number.MAX_SAFE_INTEGER),
  };
}

/** True when `address` lies in one of `ranges` (ranges that are not A1 are ignored). */
export function inRanges(address: string, ranges: readonly string[]): boolean {
  const { row, column } = parseCellAddress(address);
  return ranges.some((range) => {
    const r = bounds(range);
    return !!r && r.top <= row && row <= r.bottom && r.left <= column && column <= r.right;
  });
}
