import { InvalidAddressError, SheetNotFoundError } from '../../src/app/workbookErrors';
import { portOver } from './setup';

describe('ExcelWorkbook.selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {}, 'PL II': {} } });
    await port.selectCell('PL II', 'G13');
    await excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(range.address).toBe("'PL II'!G13");
    });
    expect(excel.syncCount).toBe(2);
  });

  it('translates a missing sheet into SheetNotFoundError', async () => {
    const { port } = portOver({ sheets: { 'PL I': {} } });
    await expect(port.selectCell('PL IX', 'A1')).rejects.toThrow(SheetNotFoundError);
    await expect(port.selectCell('PL IX', 'A1')).rejects.toMatchObject({ sheet: 'PL IX' });
  });

  it.each(['', 'A1:', "'PL I'!A1"])(
    'refuses the address %p without asking Excel',
    async (address) => {
      const { excel, port } = portOver({ sheets: { 'PL I': {} } });
      await expect(port.selectCell('PL I', address)).rejects.toThrow(InvalidAddressError);
      expect(excel.syncCount).toBe(0);
    },
  );
});

describe('ExcelWorkbook.capabilities', () => {
  it.each([
    [9, { canUndoNatively: false, readsMerges: false, dataValidation: true, pageLayout: true }],
    [13, { canUndoNatively: false, readsMerges: true }],
    [20, { canUndoNatively: true, readsMerges: true, conditionalFormats: true, freezePanes: true }],
  ])('follow the requirement sets of ExcelApi 1.%i', (apiMinor, expected) => {
    const { port } = portOver({ sheets: { A: {} }, apiMinor });
    expect(port.capabilities).toMatchObject({ canWrite: true, canSelect: true, ...expected });
  });
});
