import type { EditPlan } from '../../src/core/plan/editPlan';
import type { WorkbookChange } from '../../src/app/workbookPort';
import { portOver } from './setup';

/** A plan writing one number into C2 of "PL I". */
const writeC2: EditPlan = {
  edits: [{ sheet: 'PL I', cells: [{ address: 'C2', write: { kind: 'number', value: 7 } }] }],
  newSheets: [],
  journal: [],
};

/** A port over two sheets with one listener subscribed (registration synced). */
async function listening(apiMinor = 20) {
  const { excel, port } = portOver({ sheets: { 'PL I': { A1: 1 }, 'PL II': {} }, apiMinor });
  const changes: WorkbookChange[] = [];
  const unsubscribe = port.onUserEdit!((change) => changes.push(change));
  await excel.eventsSettled();
  await until(() => excel.changedHandlerCount === 1);
  return { excel, port, changes, unsubscribe };
}

/** Waits a few turns of the event loop for the fake's asynchronous runs. */
async function until(condition: () => boolean) {
  for (let i = 0; i < 20 && !condition(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(condition()).toBe(true);
}

describe('ExcelWorkbook.onUserEdit', () => {
  it.each([9, 13, 14, 20])(
    'forwards a user edit with the sheet name (ExcelApi 1.%i)',
    async (apiMinor) => {
      const { excel, changes } = await listening(apiMinor);
      await excel.userEdit('PL II', { address: 'B3' });
      expect(changes).toEqual([{ sheets: ['PL II'] }]);
      await excel.userEdit('PL I');
      expect(changes).toEqual([{ sheets: ['PL II'] }, { sheets: ['PL I'] }]);
    },
  );

  it('subscribes once to worksheets.onChanged, however many listeners', async () => {
    const { excel, port, changes } = await listening();
    const others: WorkbookChange[] = [];
    const syncs = excel.syncCount;
    const unsubscribe = port.onUserEdit!((change) => others.push(change));
    expect(excel.syncCount).toBe(syncs);
    await excel.userEdit('PL I');
    expect(excel.changedHandlerCount).toBe(1);
    expect(changes).toEqual([{ sheets: ['PL I'] }]);
    expect(others).toEqual([{ sheets: ['PL I'] }]);
    unsubscribe();
    await excel.userEdit('PL II');
    expect(others).toHaveLength(1);
    expect(changes).toHaveLength(2);
  });

  it.each([
    ['with', 14],
    ['without', 13],
  ])(
    'is not called for a plan applied through the port (%s ExcelApi 1.14)',
    async (_with, apiMinor) => {
      const { excel, port, changes } = await listening(apiMinor);
      await port.applyEditPlan(writeC2);
      await excel.eventsSettled();
      expect(excel.contentOf('PL I', 'C2')).toBe(7);
      expect(changes).toEqual([]);
      // The user's edits after the apply reach the listener again.
      await excel.userEdit('PL I', { address: 'C2' });
      expect(changes).toEqual([{ sheets: ['PL I'] }]);
    },
  );

  it('drops events Excel marks as the add-in’s own (ExcelApi 1.14)', async () => {
    const { excel, changes } = await listening(14);
    await excel.userEdit('PL I', { triggerSource: 'ThisLocalAddin' });
    expect(changes).toEqual([]);
  });

  it('gives the sheet’s current name after a rename, and skips a sheet gone', async () => {
    const { excel, changes } = await listening();
    await excel.run(async (context) => {
      excel.sheet('PL II').name = 'PL 2';
      await context.sync();
    });
    await excel.userEdit('PL 2');
    await excel.userEdit('PL I', { worksheetId: '{NO-SUCH-SHEET}' });
    expect(changes).toEqual([{ sheets: ['PL 2'] }]);
  });

  it('unsubscribing the last listener removes the handler, on the registering context', async () => {
    const { excel, changes, unsubscribe } = await listening();
    unsubscribe();
    unsubscribe();
    await until(() => excel.changedHandlerCount === 0);
    await excel.userEdit('PL I');
    expect(changes).toEqual([]);
  });

  it('unsubscribing before the registration synced still removes it', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {} } });
    const changes: WorkbookChange[] = [];
    port.onUserEdit!((change) => changes.push(change))();
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
    expect(excel.changedHandlerCount).toBe(0);
    await excel.userEdit('PL I');
    expect(changes).toEqual([]);
  });

  it('subscribes again after every listener left', async () => {
    const { excel, port, unsubscribe } = await listening();
    unsubscribe();
    await until(() => excel.changedHandlerCount === 0);
    const changes: WorkbookChange[] = [];
    port.onUserEdit!((change) => changes.push(change));
    await until(() => excel.changedHandlerCount === 1);
    await excel.userEdit('PL II');
    expect(changes).toEqual([{ sheets: ['PL II'] }]);
  });

  it('is not offered below ExcelApi 1.9', () => {
    const { port } = portOver({ sheets: { 'PL I': {} }, apiMinor: 8 });
    expect(port.onUserEdit).toBeUndefined();
    expect(portOver({ sheets: { 'PL I': {} }, apiMinor: 9 }).port.onUserEdit).toBeDefined();
  });

  it('costs no sync until someone listens', async () => {
    const { excel, port } = portOver({ sheets: { 'PL I': {} } });
    await port.applyEditPlan(writeC2);
    const syncs = excel.syncCount;
    await excel.userEdit('PL I');
    expect(excel.syncCount).toBe(syncs);
  });
});

describe('fakeExcel events', () => {
  it('registers at sync, raises the add-in’s writes, removes on the registering context', async () => {
    const { excel } = portOver({ sheets: { 'PL I': {} }, apiMinor: 14 });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    const result = await excel.run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(async (event) => {
        seen.push(event);
      });
      expect(excel.changedHandlerCount).toBe(0);
      await context.sync();
      expect(excel.changedHandlerCount).toBe(1);
      return added;
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('PL I').getRange('A1:B1').values = [[1, 2]];
      await context.sync();
    });
    await excel.userEdit('PL I', { address: 'C3' });
    expect(seen).toEqual([
      expect.objectContaining({ address: 'A1:B1', triggerSource: 'ThisLocalAddin' }),
      expect.objectContaining({
        address: 'C3',
        triggerSource: 'Unknown',
        worksheetId: excel.sheet('PL I').id,
      }),
    ]);
    // A closed context refuses work; a run on it (Excel.run(result.context, …)) takes it.
    expect(() => result.remove()).toThrow('object path');
    await excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    expect(excel.changedHandlerCount).toBe(0);
  });

  it('gives no triggerSource below ExcelApi 1.14 and no events below 1.9', async () => {
    const { excel } = portOver({ sheets: { 'PL I': {} }, apiMinor: 13 });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        seen.push(event);
      });
      await context.sync();
    });
    await excel.userEdit('PL I');
    expect(seen[0]).not.toHaveProperty('triggerSource');

    const old = portOver({ sheets: { 'PL I': {} }, apiMinor: 8 }).excel;
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
