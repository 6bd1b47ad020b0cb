/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import type { Finding } from '../../core/rules/finding';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { MessagesProvider } from '../messages/useMessages';
import { rowHeight } from './gridGeometry';
import { SheetGrid, type SheetGridHandle } from './SheetGrid';

/** A sheet of `rows` rows: a label in A, the row number in B, a percentage in C. */
function longSheet(name: string, rows: number): SheetSnapshot {
  const cells = Array.from({ length: rows }, (_, r) => [
    { value: `HTX số ${r + 1}` },
    { value: (r + 1) * 1000.5 },
    { value: 0.343, numberFormat: '0.0%' },
  ]);
  return { name, cells, merges: [] };
}

const workbook: WorkbookSnapshot = {
  sheets: [
    { name: 'Ẩn', hidden: true, cells: [[{ value: 'x' }]], merges: [] },
    {
      ...longSheet('PL I', 12),
      // ExcelJS repeats a merge's value in each of its cells; the grid draws it once.
      merges: ['A1:C1'],
    },
    longSheet('Danh sách', 30_000),
  ],
};

const finding = (severity: Finding['severity'], cells: string[], sheet = 'PL I'): Finding => ({
  rule: 'sum-of-parts',
  severity,
  sheet,
  cells,
  messageKey: 'sum-of-parts',
  params: {},
});

function renderGrid(findings: Finding[] = []) {
  const ref = createRef<SheetGridHandle>();
  render(
    <MessagesProvider language="vi">
      <SheetGrid ref={ref} snapshot={workbook} findings={findings} />
    </MessagesProvider>,
  );
  return ref;
}

const grid = () => screen.getByRole('grid');
const renderedRowNumbers = () =>
  within(grid())
    .getAllByRole('rowheader')
    .map((header) => Number(header.textContent));

describe('SheetGrid', () => {
  it('opens on the first visible sheet and shows values as Vietnamese read them', () => {
    renderGrid();
    expect(grid().getAttribute('aria-label')).toBe('Trang tính PL I (chỉ xem)');
    const row = screen.getAllByRole('row')[2];
    expect(
      within(row)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
        .slice(0, 3),
    ).toEqual(['HTX số 2', '2.001', '34,3%']);
    expect(screen.getByRole('tab', { name: 'Ẩn (ẩn)' })).toBeTruthy();
  });

  it('renders only the rows in view of a 30 000-row sheet, and follows the scroll', () => {
    renderGrid();
    fireEvent.click(screen.getByRole('tab', { name: 'Danh sách' }));
    expect(grid().getAttribute('aria-rowcount')).toBe(String(30_000 + 20 + 1));
    const first = renderedRowNumbers();
    expect(first[0]).toBe(1);
    expect(first.length).toBeLessThan(60);

    fireEvent.scroll(grid(), { target: { scrollTop: 20_000 * rowHeight, scrollLeft: 0 } });
    const later = renderedRowNumbers();
    expect(later.length).toBeLessThan(60);
    expect(later).toContain(20_001);
    expect(later).not.toContain(1);
    expect(screen.getByText('HTX số 20001')).toBeTruthy();
  });

  it('scrolls to a cell on another sheet and outlines it', () => {
    const ref = renderGrid();
    act(() => ref.current!.scrollToCell('Danh sách', 'B15000'));
    expect(grid().getAttribute('aria-label')).toBe('Trang tính Danh sách (chỉ xem)');
    expect(screen.getByRole('tab', { name: 'Danh sách' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const cell = grid().querySelector('[data-address="B15000"]');
    expect(cell?.getAttribute('aria-selected')).toBe('true');
    expect(cell?.textContent).toBe('15.007.500');
    expect(grid().scrollTop).toBeGreaterThan(14_000 * rowHeight);
    expect(renderedRowNumbers().length).toBeLessThan(60);
  });

  it('draws a merged area once, over its cells', () => {
    renderGrid();
    const merged = grid().querySelector('[data-address="A1"]');
    expect(merged?.getAttribute('aria-colspan')).toBe('3');
    expect(grid().querySelector('[data-address="B1"]')).toBeNull();
    expect(grid().querySelector('[data-address="B2"]')).not.toBeNull();
  });

  it('colours the findings’ cells by their most severe finding, on every sheet they name', () => {
    renderGrid([
      finding('warning', ['B3', 'B4']),
      finding('error', ['B4', "'Danh sách'!A2"]),
      { ...finding('error', ['C5']), accepted: { reason: 'đã xác minh', date: '2025-01-02' } },
    ]);
    const mark = (address: string) =>
      grid().querySelector(`[data-address="${address}"]`)?.getAttribute('data-mark');
    expect(mark('B3')).toBe('warning');
    expect(mark('B4')).toBe('error');
    expect(mark('C5')).toBeNull();
    expect(screen.getByRole('tab', { name: 'PL I: 2 phát hiện' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Danh sách' }));
    expect(mark('A2')).toBe('error');
  });
});
