/**
 * One rendered row of the grid: its sticky number and the cells of the rendered columns. A
 * merged area is drawn once, as one box over its cells (mergeLayout.ts).
 */
import { mergeClasses } from '@fluentui/react-components';
import { memo } from 'react';
import { cellAddress } from '../../core/workbook/address';
import type { SheetSnapshot } from '../../core/workbook/snapshot';
import { cellTitle, isNumberCell } from './cellText';
import { cellKey, type SheetMarks } from './findingMarks';
import { rowHeaderWidth, rowHeight, type GridGeometry, type GridWindow } from './gridGeometry';
import { useGridStyles } from './gridStyles';
import { drawsMerge, type Merge } from './mergeLayout';

export interface GridRowProps {
  sheet: SheetSnapshot;
  row: number;
  columns: readonly number[];
  view: GridWindow;
  geometry: GridGeometry;
  merges: ReadonlyMap<number, Merge>;
  marks: SheetMarks | undefined;
  /** The selected column when the selected cell is in this row. */
  selectedColumn: number | undefined;
  textOf(row: number, column: number): string;
}

export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { sheet, row, geometry, merges, marks } = props;
  const styles = useGridStyles();
  const lefts = geometry.columnLefts;
  const cells = [];
  for (const column of props.columns) {
    const merge = merges.get(cellKey(row, column));
    if (merge && !drawsMerge(merge, row, column, props.view)) continue;
    // A merge shows its top-left cell, over the width and height of all its cells.
    const [r, c] = merge ? [merge.top, merge.left] : [row, column];
    const right = merge ? merge.right : column;
    const bottom = merge ? merge.bottom : row;
    const cell = sheet.cells[r]?.[c];
    const text = props.textOf(r, c);
    const mark = marks?.get(cellKey(r, c));
    const selected = props.selectedColumn === c && r === row;
    cells.push(
      <div
        key={c}
        role="gridcell"
        aria-colindex={c + 2}
        aria-colspan={right > c ? right - c + 1 : undefined}
        aria-rowspan={bottom > r ? bottom - r + 1 : undefined}
        aria-selected={selected || undefined}
        data-address={cellAddress(r, c)}
        data-mark={mark?.severity}
        title={cellTitle(cell, text)}
        className={mergeClasses(
          styles.cell,
          merge && styles.merged,
          isNumberCell(cell) && styles.number,
          mark && styles[mark.severity],
          mark?.culprit && styles[`culprit${mark.severity}`],
          selected && styles.selected,
        )}
        style={{
          left: rowHeaderWidth + lefts[c],
          width: lefts[right + 1] - lefts[c],
          top: (r - row) * rowHeight,
          height: (bottom - r + 1) * rowHeight,
        }}
      >
        {merge ? <span className={styles.mergedText}>{text}</span> : text}
      </div>,
    );
  }
  return (
    <div role="row" aria-rowindex={row + 2} className={styles.row} style={{ top: row * rowHeight }}>
      <div role="rowheader" aria-colindex={1} className={styles.rowHeader}>
        {row + 1}
      </div>
      {cells}
    </div>
  );
});
