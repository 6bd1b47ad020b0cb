import { functionInfo } from '../core/catalog/functionCatalog';
import { insertFunction, overwriteWithFunction } from './insertFunction';
import type { SelectionPort } from './ports';
import { CellNotEmptyError, SheetNotFoundError } from './workbookErrors';

const attainment = functionInfo('ATTAINMENT');

function portAt(selected: string, occupied: Record<string, string> = {}) {
  const written: [string, string, boolean][] = [];
  const port: SelectionPort = {
    getSelectedAddress: async () => selected,
    writeFormula: async (address, formula, options) => {
      if (occupied[address] !== undefined && !options?.overwrite) {
        throw new CellNotEmptyError(address, occupied[address]);
      }
      written.push([address, formula, Boolean(options?.overwrite)]);
    },
  };
  return { port, written };
}

describe('insertFunction', () => {
  it('writes into the selected cell, relative to its sheet', async () => {
    const { port, written } = portAt("'PL I'!F12");
    const outcome = await insertFunction(port, attainment, ["'PL I'!E12", "'PL I'!D12"]);
    expect(outcome).toEqual({
      status: 'written',
      address: "'PL I'!F12",
      formula: '=HTX.ATTAINMENT(E12,D12)',
    });
    expect(written).toEqual([["'PL I'!F12", '=HTX.ATTAINMENT(E12,D12)', false]]);
  });

  it('writes into the top-left cell of a selected range', async () => {
    const { port, written } = portAt('Sheet1!F12:G20');
    await insertFunction(port, attainment, ['E12', 'D12']);
    expect(written[0][0]).toBe('Sheet1!F12');
  });

  it('reports a cell that holds data instead of writing over it', async () => {
    const { port, written } = portAt('Sheet1!F12', { 'Sheet1!F12': '=SUM(A1:A3)' });
    const outcome = await insertFunction(port, attainment, ['E12', 'D12']);
    expect(outcome).toMatchObject({ status: 'occupied', content: '=SUM(A1:A3)' });
    expect(written).toEqual([]);
    await overwriteWithFunction(port, 'Sheet1!F12', '=HTX.ATTAINMENT(E12,D12)');
    expect(written).toEqual([['Sheet1!F12', '=HTX.ATTAINMENT(E12,D12)', true]]);
  });

  it('refuses a target that is one of the arguments', async () => {
    const { port, written } = portAt('Sheet1!C6');
    const outcome = await insertFunction(port, functionInfo('IMBALANCE'), ['C10', 'C5:C7']);
    expect(outcome.status).toBe('circular');
    expect(written).toEqual([]);
  });

  it('lets a reference to the same cell on another sheet through', async () => {
    const { port } = portAt('Sheet1!E12');
    const outcome = await insertFunction(port, attainment, ['Sheet2!E12', 'D12']);
    expect(outcome).toMatchObject({
      status: 'written',
      formula: '=HTX.ATTAINMENT(Sheet2!E12,D12)',
    });
  });

  it('passes host errors on', async () => {
    const port: SelectionPort = {
      getSelectedAddress: async () => 'Sheet1!A1',
      writeFormula: async () => {
        throw new SheetNotFoundError('Sheet1');
      },
    };
    await expect(insertFunction(port, attainment, ['E12', 'D12'])).rejects.toThrow(
      SheetNotFoundError,
    );
  });
});
