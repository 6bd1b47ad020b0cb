/**
 * The fake of test/helpers/fakeExcel.ts behaves like Office.js where the adapters depend on it;
 * if it did not, the adapter tests would prove nothing.
 */
import { createFakeExcel, FakeOfficeError } from '../../test/helpers/fakeExcel';

const workbook = () =>
  createFakeExcel({
    sheets: { 'PL I': { E12: 437, D12: 400, F12: '=E12/D12' }, Sheet2: {} },
    selection: 'E12',
  });

describe('fakeExcel', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[437]]);
      expect(() => range.address).toThrow(FakeOfficeError);
    });
  });

  it('writes Excel-style addresses and reads formulas and values', async () => {
    const excel = workbook();
    const [address, formulas, values] = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('pl i').getRange('$D$12:F12');
      range.load('address, formulas, values');
      await context.sync();
      return [range.address, range.formulas, range.values];
    });
    expect(address).toBe("'PL I'!D12:F12");
    expect(formulas).toEqual([[400, 437, '=E12/D12']]);
    expect(values).toEqual([[400, 437, 0]]);
  });

  it('applies writes at sync, and syncs what is pending when the batch ends', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet2').getRange('A1');
      range.formulas = [['=1+1']];
      expect(excel.contentOf('Sheet2', 'A1')).toBe('');
      expect(range.formulas).toEqual([['=1+1']]);
    });
    expect(excel.contentOf('Sheet2', 'A1')).toBe('=1+1');
    expect(excel.syncCount).toBe(1);
  });

  it('fails at sync, not before, on a missing sheet or a bad address', async () => {
    const excel = workbook();
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
        await context.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A1:').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.syncCount).toBe(2);
  });

  it('refuses a grid that does not fit the range', async () => {
    const excel = workbook();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet2').getRange('A1:B1').formulas = [['=1']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('turns text starting with "=" written as a value into a formula, like Excel', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet2').getRange('B2').values = [['=cmd']];
      await context.sync();
    });
    expect(excel.contentOf('Sheet2', 'B2')).toBe('=cmd');
  });

  it('refuses to sync a context whose batch has ended', async () => {
    const excel = workbook();
    let leaked: { sync(): Promise<void> } | undefined;
    await excel.run(async (context) => {
      leaked = context;
    });
    await expect(leaked!.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });
});
