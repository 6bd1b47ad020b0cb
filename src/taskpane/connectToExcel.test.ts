import { connectToExcel, notInExcel, type OfficeLike } from './connectToExcel';

const HostType = { Excel: 'Excel', Word: 'Word' } as unknown as typeof Office.HostType;

function officeAnswering(host: string | null): OfficeLike {
  return {
    HostType,
    onReady: (() => Promise.resolve({ host, platform: null })) as unknown as OfficeLike['onReady'],
  };
}

describe('connectToExcel', () => {
  const hostWith = (minor: number) => () => ({
    run: (() => Promise.reject(new Error('not used'))) as never,
    isSetSupported: (name: string, version: string) =>
      name === 'ExcelApi' && Number(version.split('.')[1]) <= minor,
  });

  it('gives the Excel ports inside Excel', async () => {
    const setup = await connectToExcel(officeAnswering('Excel'), { host: hostWith(13) });
    expect(setup.hostNotice).toBeUndefined();
    expect(setup.ports.selection).toBeDefined();
    expect(setup.ports.workbook?.capabilities.readsMerges).toBe(true);
    expect(setup.ports.saveFile).toBeDefined();
  });

  it('keeps the function guide but no workbook views below ExcelApi 1.9', async () => {
    const setup = await connectToExcel(officeAnswering('Excel'), { host: hostWith(8) });
    expect(setup.ports.selection).toBeDefined();
    expect(setup.ports.workbook).toBeUndefined();
  });

  it.each([
    ['Office.js did not load', undefined],
    ['a plain browser', officeAnswering(null)],
    ['another Office application', officeAnswering('Word')],
  ])('shows the guide without inserting when %s', async (_case, office) => {
    await expect(connectToExcel(office)).resolves.toBe(notInExcel);
  });

  it('gives up waiting for an Office.js that never answers', async () => {
    const silent: OfficeLike = {
      HostType,
      onReady: (() => new Promise(() => {})) as unknown as OfficeLike['onReady'],
    };
    await expect(connectToExcel(silent, { timeoutMs: 10 })).resolves.toBe(notInExcel);
  });
});
