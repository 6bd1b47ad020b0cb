import {
  CellNotEmptyError,
  HostError,
  InvalidAddressError,
  SheetNotFoundError,
} from '../app/workbookErrors';
import { createFakeExcel, type FakeExcelSpec } from '../../test/helpers/fakeExcel';
import { createExcelSelection } from './excelSelection';

const spec: FakeExcelSpec = {
  sheets: { 'PL I': { E12: 437, D12: 400, F13: '=E13/D13', G13: 'ghi chú' }, Sheet2: {} },
  activeSheet: 'PL I',
  selection: 'E12:E14',
};

function setup() {
  const excel = createFakeExcel(spec);
  return { excel, selection: createExcelSelection(excel.run) };
}

describe('createExcelSelection', () => {
  it('reads the selected address, sheet-qualified, in one sync', async () => {
    const { excel, selection } = setup();
    await expect(selection.getSelectedAddress()).resolves.toBe("'PL I'!E12:E14");
    expect(excel.syncCount).toBe(1);
  });

  it('writes a formula into an empty cell in two syncs', async () => {
    const { excel, selection } = setup();
    await selection.writeFormula("'PL I'!F12", '=HTX.ATTAINMENT(E12,D12)');
    expect(excel.contentOf('PL I', 'F12')).toBe('=HTX.ATTAINMENT(E12,D12)');
    expect(excel.syncCount).toBe(2);
  });

  it('writes an unqualified address on the active sheet', async () => {
    const { excel, selection } = setup();
    excel.select('Sheet2', 'A1');
    await selection.writeFormula('B3', '=HTX.NUMBER("02")');
    expect(excel.contentOf('Sheet2', 'B3')).toBe('=HTX.NUMBER("02")');
    expect(excel.contentOf('PL I', 'B3')).toBe('');
  });

  it.each([
    ['F13', '=E13/D13'],
    ['G13', 'ghi chú'],
    ['E12', '437'],
  ])('refuses to write over %s, which holds %s', async (cell, content) => {
    const { excel, selection } = setup();
    const writing = selection.writeFormula(`'PL I'!${cell}`, '=HTX.SHARE(1,2)');
    await expect(writing).rejects.toThrow(CellNotEmptyError);
    await expect(writing).rejects.toMatchObject({ address: `'PL I'!${cell}`, content });
    expect(excel.syncCount).toBe(1);
    expect(String(excel.contentOf('PL I', cell))).toBe(content);
  });

  it('writes over a cell once the user confirmed, in one sync', async () => {
    const { excel, selection } = setup();
    await selection.writeFormula("'PL I'!G13", '=HTX.SHARE(1,2)', { overwrite: true });
    expect(excel.contentOf('PL I', 'G13')).toBe('=HTX.SHARE(1,2)');
    expect(excel.syncCount).toBe(1);
  });

  it('translates a missing sheet into SheetNotFoundError', async () => {
    const { excel, selection } = setup();
    const writing = selection.writeFormula("'PL IX'!A1", '=1');
    await expect(writing).rejects.toThrow(SheetNotFoundError);
    await expect(writing).rejects.toMatchObject({ code: 'sheet-not-found', sheet: 'PL IX' });
    expect(excel.syncCount).toBe(1);
  });

  it.each(['A1:B2', 'A1:', 'Sheet2!'])(
    'refuses %p as a target without asking Excel',
    async (address) => {
      const { excel, selection } = setup();
      await expect(selection.writeFormula(address, '=1')).rejects.toThrow(InvalidAddressError);
      expect(excel.syncCount).toBe(0);
    },
  );

  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode'],
    ['AccessDenied', 'access-denied'],
    ['GeneralException', 'host-failed'],
  ])('translates the Office error %s into %s', async (officeCode, code) => {
    const { excel, selection } = setup();
    excel.failNextSync(officeCode);
    const reading = selection.getSelectedAddress();
    await expect(reading).rejects.toThrow(HostError);
    await expect(reading).rejects.toMatchObject({ code });
  });

  it('keeps the Office error as the cause', async () => {
    const { excel, selection } = setup();
    excel.failNextSync('GeneralException', 'Boom');
    const error = await selection.getSelectedAddress().catch((e: unknown) => e);
    expect(error).toMatchObject({ params: { detail: 'GeneralException: Boom' } });
    expect((error as Error).cause).toMatchObject({ code: 'GeneralException' });
  });
});
