/**
 * The summary sheet through the Excel adapter (issue 6): one batched write in a constant
 * number of syncs, and a chart only where the host has the requirement set for it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSummary } from '../../src/app/buildSummary';
import type { EditPlan } from '../../src/core/plan/editPlan';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { portOver } from './setup';

async function summaryPlan(fixture: string): Promise<{ plan: EditPlan; sheets: string[] }> {
  const bytes = new Uint8Array(await readFile(join(__dirname, '..', '..', fixture)));
  const { snapshot } = await readWorkbookBytes(bytes);
  const { summary } = buildSummary(
    { snapshot, journal: [] },
    { now: new Date('2023-09-05T09:00:00') },
  );
  if ('error' in summary) throw new Error('no table');
  return { plan: summary.plan, sheets: snapshot.sheets.map((sheet) => sheet.name) };
}

const fakeSheets = (names: string[]) =>
  Object.fromEntries(names.map((name) => [name, { A1: name }]));

describe('the summary sheet in Excel', () => {
  it.each([
    'test/fixtures/appendix/lang-son-2024.xlsx',
    'test/fixtures/rich/rich-can-tho-2023.xlsx',
  ])('is written from %s in one batched write of 2 syncs, chart included', async (fixture) => {
    const { plan, sheets } = await summaryPlan(fixture);
    const { excel, port } = portOver({ sheets: fakeSheets(sheets) });
    expect(port.capabilities.charts).toBe(true);
    const result = await port.applyEditPlan(plan);
    const name = plan.newSheets[0].name;
    expect(result.newSheetNames).toEqual([name]);
    expect(result.notes).toEqual([]);
    // The sheets and the journal's parts; then every cell, style, merge, bar, pane and chart.
    expect(excel.syncCount).toBe(2);
    const sheet = excel.sheet(name);
    expect(excel.contentOf(name, 'A1')).toMatch(/^ỦY BAN NHÂN DÂN /);
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: 'BarClustered',
        // The first series' values are the range the chart is added over.
        source: expect.stringMatching(/^G\d+:G\d+$/),
        series: [{ name: 'ƯTH/KH (%)', categories: expect.stringMatching(/^B\d+:B\d+$/) }],
        position: { from: 'L8', to: 'S28' },
      }),
    ]);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.frozen).toEqual({ rows: 10, columns: 0 });
    expect(excel.xmlParts).toHaveLength(1);
  });

  it('writes a figure as a live formula and the report sentences as formulas', async () => {
    const { plan, sheets } = await summaryPlan('test/fixtures/appendix/lang-son-2024.xlsx');
    const { excel, port } = portOver({ sheets: fakeSheets(sheets) });
    await port.applyEditPlan(plan);
    const name = plan.newSheets[0].name;
    expect(excel.contentOf(name, 'F12')).toBe(`=IF(ISNUMBER('Bieu 01'!G17),'Bieu 01'!G17,"—")`);
    const cells = [...excel.sheet(name).cells.values()].map((cell) => cell.formula ?? '');
    expect(
      cells.some((formula) =>
        formula.startsWith('=IF(ISNUMBER(F12),"Ước đến 31/12/2023 có tổng số "&'),
      ),
    ).toBe(true);
  });

  it('skips the chart with a note where the host lacks ExcelApi 1.7, and writes the rest', async () => {
    const { plan, sheets } = await summaryPlan('test/fixtures/appendix/lang-son-2024.xlsx');
    const { excel, port } = portOver({ sheets: fakeSheets(sheets), apiMinor: 6 });
    expect(port.capabilities.charts).toBe(false);
    const result = await port.applyEditPlan(plan);
    const name = result.newSheetNames[0];
    expect(excel.sheet(name).charts ?? []).toEqual([]);
    expect(result.notes).toEqual(
      expect.arrayContaining([
        {
          code: 'feature-skipped',
          params: { feature: 'charts', sheet: name, requirement: 'ExcelApi 1.7' },
        },
      ]),
    );
    expect(excel.sheet(name).conditionalFormats).toHaveLength(1);
    expect(excel.syncCount).toBe(2);
  });
});
