/**
 * Row evidence for the culprit engine: in a table whose columns are periods, a row holds one
 * indicator over several periods, and those figures move slowly. A figure far from its row's
 * other periods (7.200 where the other years say about 3.000, 352 where they say 5 or 6) is more
 * likely the mistyped one than a figure in line with its row.
 */
import type { AppendixTable } from '../layout/appendixTable';
import { type CellRef, numberOf, refKey, valueColumns } from './tableCells';

/** Fewer peers than this say nothing about what the row usually holds. */
const MIN_PEERS = 2;
/** Below this relative distance from the row's median a figure is in line. */
const IN_LINE = 0.01;

/** For each figure of a period column, the figures of the other periods of its row. */
export function rowPeers(tables: readonly AppendixTable[]): Map<string, number[]> {
  const peers = new Map<string, number[]>();
  for (const table of tables) {
    // Breakdown columns that are indicators (count | active | members) or funding sources are
    // different quantities, not periods of one.
    const periods = valueColumns(table).filter((column) => column.indicator === undefined);
    if (periods.length <= MIN_PEERS) continue;
    for (const row of table.rows) {
      const figures = periods.flatMap((column) => {
        const cell = row.cells[column.column];
        const value = numberOf(cell);
        return cell && value !== null ? [{ address: cell.address, value }] : [];
      });
      figures.forEach(({ address }, i) => {
        const others = figures.filter((_, j) => j !== i).map((figure) => figure.value);
        if (others.length >= MIN_PEERS) peers.set(refKey({ sheet: table.sheet, address }), others);
      });
    }
  }
  return peers;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * How far a figure lies outside the span of its peers, on a doubling scale: 0 inside the span or
 * within 1 % of the row's size, then one level per doubling of the distance (2 %, 4 %, 8 %…).
 * Inside the span is in line whatever the trend; levels let two cells compare only when one is
 * clearly further out, not on noise.
 */
export function outlierLevel(value: number, peers: readonly number[] | undefined): number {
  if (!peers || peers.length < MIN_PEERS) return 0;
  const outside = Math.max(0, Math.min(...peers) - value, value - Math.max(...peers));
  const scale = Math.max(Math.abs(median(peers)), Math.abs(value));
  if (outside === 0 || scale === 0) return 0;
  const distance = outside / scale;
  return distance < IN_LINE ? 0 : Math.floor(Math.log2(distance / IN_LINE)) + 1;
}

export type PeersOf = (ref: CellRef) => readonly number[] | undefined;

/** Peers are gathered on the first question: a run without failing relations asks none. */
export function peersLookup(tables: readonly AppendixTable[]): PeersOf {
  let peers: Map<string, number[]> | undefined;
  return (ref) => (peers ??= rowPeers(tables)).get(refKey(ref));
}
