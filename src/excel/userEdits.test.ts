import { createFakeExcel } from '../../test/helpers/fakeExcel';
import { createUserEdits } from './userEdits';

function editsOver(apiMinor: number) {
  const excel = createFakeExcel({ sheets: { A: {} }, apiMinor });
  const edits = createUserEdits({
    run: excel.run,
    isSetSupported: excel.requirements.isSetSupported,
  });
  const sheets: string[][] = [];
  edits.onUserEdit((change) => sheets.push(change.sheets));
  return { excel, edits, sheets };
}

async function registered(excel: { changedHandlerCount: number }) {
  for (let i = 0; i < 20 && excel.changedHandlerCount === 0; i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
}

describe('createUserEdits', () => {
  it('below ExcelApi 1.14, drops every event raised while applying, even a failed apply', async () => {
    const { excel, edits, sheets } = editsOver(13);
    await registered(excel);
    await expect(
      edits.whileApplying(async () => {
        await excel.userEdit('A');
        throw new Error('apply failed');
      }),
    ).rejects.toThrow('apply failed');
    expect(sheets).toEqual([]);
    await excel.userEdit('A');
    expect(sheets).toEqual([['A']]);
  });

  it('from ExcelApi 1.14, trusts triggerSource: a user edit during an apply still counts', async () => {
    const { excel, edits, sheets } = editsOver(14);
    await registered(excel);
    await edits.whileApplying(() => excel.userEdit('A'));
    expect(sheets).toEqual([['A']]);
  });
});
