import { columnAt, geometryOf, rowHeight, scrollFor, windowOf } from './gridGeometry';

const sheet = {
  name: 'S',
  merges: [],
  cells: [[{ value: 'a' }, { value: 'a much longer label for column B' }], [], [{ value: 1 }]],
};
const text = (row: number, column: number) => String(sheet.cells[row]?.[column]?.value ?? '');

describe('grid geometry', () => {
  const geometry = geometryOf(sheet, text);

  it('sizes columns from their text, within bounds, and adds spare rows and columns', () => {
    expect(geometry.columnCount).toBe(12);
    expect(geometry.rowCount).toBe(40);
    const width = (c: number) => geometry.columnLefts[c + 1] - geometry.columnLefts[c];
    expect(width(0)).toBe(48);
    expect(width(1)).toBeGreaterThan(200);
    expect(width(5)).toBe(72);
  });

  it.each([
    [0, 0],
    [47, 0],
    [48, 1],
    [100_000, 11],
  ])('finds the column at x = %i', (x, column) => {
    expect(columnAt(geometry, x)).toBe(column);
  });

  it('windows the rows in view with a few more either side', () => {
    const view = windowOf(geometry, { top: 10 * rowHeight, left: 0 }, { width: 400, height: 240 });
    expect(view.firstRow).toBe(4);
    expect(view.lastRow).toBeLessThanOrEqual(39);
    expect(view.firstColumn).toBe(0);
  });

  it('centres a cell vertically when scrolling to it', () => {
    const target = scrollFor(geometry, { row: 20, column: 0 }, { width: 400, height: 224 });
    expect(target.top).toBe(20 * rowHeight - (200 - rowHeight) / 2);
    expect(target.left).toBe(0);
  });
});
