/**
 * The current workbook's sheets as a read-only, virtualised grid: only the rows and columns
 * in view are rendered (fixed row height, see gridGeometry.ts), with sticky row and column
 * headers, sheet tabs, and the findings' cells coloured by severity. `scrollToCell` (the web
 * app calls it when a finding is clicked, through the port's selectCell) shows and outlines a cell.
 */
import {
  forwardRef,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { columnLetters, parseCellAddress } from '../../core/workbook/address';
import type { Finding } from '../../core/rules/finding';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { useMessages } from '../messages/useMessages';
import { cellText } from './cellText';
import { cellKey, findingCounts, findingMarks } from './findingMarks';
import { GridRow } from './GridRow';
import { useGridStyles } from './gridStyles';
import { mergeLayout } from './mergeLayout';
import { geometryOf, rowHeaderWidth, rowHeight, scrollFor, windowOf } from './gridGeometry';
import { SheetTabs } from './SheetTabs';
import { useViewportSize } from './useViewportSize';

export interface SheetGridHandle {
  /** Shows the sheet, scrolls the cell into the middle of the view and outlines it. */
  scrollToCell(sheet: string, address: string): void;
}

export interface SheetGridProps {
  snapshot: WorkbookSnapshot;
  findings: readonly Finding[];
}

export const SheetGrid = forwardRef<SheetGridHandle, SheetGridProps>(function SheetGrid(
  { snapshot, findings },
  ref,
) {
  const { t, language } = useMessages();
  const styles = useGridStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const viewport = useViewportSize(scroller);
  const [sheetIndex, setSheetIndex] = useState(() => firstVisibleSheet(snapshot));
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [selected, setSelected] = useState<{ sheet: string; row: number; column: number }>();
  const pendingScroll = useRef<{ row: number; column: number }>();

  const sheet = snapshot.sheets[Math.min(sheetIndex, snapshot.sheets.length - 1)];
  const textOf = useCallback(
    (row: number, column: number) => cellText(sheet?.cells[row]?.[column], language),
    [sheet, language],
  );
  const merges = useMemo(() => mergeLayout(sheet), [sheet]);
  // A text merged across columns does not say how wide its first column should be.
  const geometry = useMemo(
    () =>
      geometryOf(sheet, (row, column) => {
        const merge = merges.get(cellKey(row, column));
        return merge && merge.right > merge.left ? '' : textOf(row, column);
      }),
    [sheet, textOf, merges],
  );
  const marks = useMemo(() => findingMarks(findings), [findings]);
  const counts = useMemo(() => findingCounts(findings), [findings]);
  const sheetMarks = sheet ? marks.get(sheet.name) : undefined;

  const showSheet = useCallback((index: number) => {
    setSheetIndex(index);
    setScroll({ top: 0, left: 0 });
    if (scroller.current) scroller.current.scrollTo?.({ top: 0, left: 0 });
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      scrollToCell(name, address) {
        const index = snapshot.sheets.findIndex((candidate) => candidate.name === name);
        if (index < 0) return;
        const cell = parseCellAddress(address.split(':')[0]);
        setSheetIndex(index);
        setSelected({ sheet: name, ...cell });
        pendingScroll.current = cell;
      },
    }),
    [snapshot],
  );

  // Scrolls once the sheet asked for is laid out (its column widths decide where the cell is).
  useLayoutEffect(() => {
    const cell = pendingScroll.current;
    if (!cell) return;
    pendingScroll.current = undefined;
    const target = scrollFor(geometry, cell, viewport);
    const element = scroller.current;
    if (element) {
      element.scrollTop = target.top;
      element.scrollLeft = target.left;
    }
    setScroll(target);
  });

  const view = windowOf(geometry, scroll, viewport);
  const columns: number[] = [];
  for (let c = view.firstColumn; c <= view.lastColumn; c++) columns.push(c);
  const rows: number[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) rows.push(r);

  if (!sheet) return null;
  return (
    <div className={styles.root}>
      <div
        ref={scroller}
        className={styles.scroller}
        role="grid"
        aria-readonly="true"
        aria-label={t('grid.label', { sheet: sheet.name })}
        aria-rowcount={geometry.rowCount + 1}
        aria-colcount={geometry.columnCount + 1}
        tabIndex={0}
        onScroll={(event) =>
          setScroll({ top: event.currentTarget.scrollTop, left: event.currentTarget.scrollLeft })
        }
      >
        <div style={{ width: geometry.width, height: geometry.height, position: 'relative' }}>
          <div
            className={styles.header}
            role="row"
            aria-rowindex={1}
            style={{ width: geometry.width }}
          >
            <div className={styles.corner} role="columnheader" aria-colindex={1} />
            {columns.map((c) => (
              <div
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                className={styles.columnHeader}
                style={{
                  left: rowHeaderWidth + geometry.columnLefts[c],
                  width: geometry.columnLefts[c + 1] - geometry.columnLefts[c],
                }}
              >
                {columnLetters(c)}
              </div>
            ))}
          </div>
          <div className={styles.body} style={{ height: geometry.rowCount * rowHeight }}>
            {rows.map((r) => (
              <GridRow
                key={r}
                sheet={sheet}
                row={r}
                columns={columns}
                view={view}
                geometry={geometry}
                merges={merges}
                marks={sheetMarks}
                selectedColumn={
                  selected?.sheet === sheet.name && selected.row === r ? selected.column : undefined
                }
                textOf={textOf}
              />
            ))}
          </div>
        </div>
      </div>
      <SheetTabs
        sheets={snapshot.sheets}
        current={sheetIndex}
        counts={counts}
        onSelect={showSheet}
      />
    </div>
  );
});

function firstVisibleSheet(snapshot: WorkbookSnapshot): number {
  return Math.max(
    0,
    snapshot.sheets.findIndex((sheet) => !sheet.hidden),
  );
}
