import { sheetOf } from '../../../test/helpers/sheetOf';
import { SheetGrid } from './sheetGrid';

describe('SheetGrid', () => {
  // ExcelJS reports a merged area's value in every cell of the area; Excel shows it once.
  const repeated = 'KẾ HOẠCH KINH PHÍ NĂM 2025';
  const grid = new SheetGrid(
    sheetOf(
      [
        [repeated, repeated, repeated],
        ['STT', 'Nội dung', 5],
        ['STT', null, 5],
      ],
      { merges: ['A1:C1', 'A2:A3', 'C2:C3'] },
    ),
  );

  it('reads a merged area once, at its top-left cell, however the reader repeated it', () => {
    expect([grid.text(0, 0), grid.text(0, 1), grid.text(0, 2)]).toEqual([repeated, '', '']);
    expect([grid.value(2, 0), grid.value(2, 2)]).toEqual([null, null]);
    expect([grid.isBlank(2, 2), grid.isNumber(2, 2), grid.cell(2, 2)]).toEqual([
      true,
      false,
      undefined,
    ]);
  });

  it('still shows the merged text in every cell of the area', () => {
    expect([grid.shownText(0, 2), grid.shownText(2, 0)]).toEqual([repeated, 'STT']);
  });

  it('keeps the values of cells outside merges', () => {
    expect([grid.value(1, 1), grid.value(1, 2)]).toEqual(['Nội dung', 5]);
  });
});
