import type { CellSnapshot } from '../workbook/snapshot';
import { canonicalFormula, contentOf, holds, knownStyleOf, resolveCellRef } from './snapshotCells';

describe('resolveCellRef', () => {
  it.each([
    ['E5', { sheet: 'PL I', address: 'E5' }],
    ['$E$5', { sheet: 'PL I', address: 'E5' }],
    ["'PL II'!G13", { sheet: 'PL II', address: 'G13' }],
    ["'Bà Rịa''s'!A1", { sheet: "Bà Rịa's", address: 'A1' }],
    ['Sheet2!$C$3', { sheet: 'Sheet2', address: 'C3' }],
  ])('%s on PL I is %j', (ref, expected) => {
    expect(resolveCellRef('PL I', ref)).toEqual(expected);
  });
});

describe('contentOf', () => {
  it.each([
    [undefined, { kind: 'blank' }],
    [{ value: '' }, { kind: 'blank' }],
    [{ value: 437 }, { kind: 'number', value: 437 }],
    [{ value: '=1+1' }, { kind: 'text', value: '=1+1' }],
    [{ value: true }, { kind: 'boolean', value: true }],
    [
      { value: 460, formula: 'SUM(C5:C9)' },
      { kind: 'formula', formula: 'SUM(C5:C9)' },
    ],
    [{ value: { error: '#N/A' } }, { kind: 'text', value: '#N/A' }],
  ] as [CellSnapshot | undefined, unknown][])('%j holds %j', (cell, write) => {
    expect(contentOf(cell)).toEqual(write);
  });
});

describe('canonicalFormula and holds', () => {
  it('keeps text inside quotes as typed', () => {
    expect(canonicalFormula('IF(A1="Có ", "x y", 1)')).toBe('IF(A1="Có ","x y",1)');
  });

  it.each([
    [{ value: 1.1 }, { kind: 'number', value: 1.1000000000001 }, true],
    [{ value: 1.2 }, { kind: 'number', value: 1.1 }, false],
    [{ value: null, formula: '_xlfn.IFS(A1,1)' }, { kind: 'formula', formula: 'IFS(A1,1)' }, true],
    [{ value: 'a' }, { kind: 'blank' }, false],
    [undefined, { kind: 'blank' }, true],
  ] as const)('%j holds %j: %s', (cell, write, expected) => {
    expect(holds(cell as CellSnapshot, write)).toBe(expected);
  });
});

describe('knownStyleOf', () => {
  const header = {
    numberFormat: '0.0%',
    fill: { pattern: 'solid', color: 'FFDDEBF7' },
    border: 'thin',
    font: { bold: true },
  } as const;

  it('takes a cell missing from the snapshot to carry the default style', () => {
    expect(knownStyleOf(undefined, header)).toEqual({
      numberFormat: 'General',
      fill: { pattern: 'none' },
      border: 'none',
      font: { bold: false },
    });
  });

  it('keeps to what the host read of a cell that is there', () => {
    expect(knownStyleOf({ value: null, numberFormat: '#,##0' }, header)).toEqual({
      numberFormat: '#,##0',
    });
    expect(knownStyleOf({ value: 5, fill: { pattern: 'none' } }, { fill: header.fill })).toEqual({
      fill: { pattern: 'none' },
    });
  });
});
