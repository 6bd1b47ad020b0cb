import { parseCellAddress } from '../workbook/address';
import { applyPlan, contentsOf, modelOf } from './applyToSnapshot.testing';
import type { CellEdit, EditPlan } from './editPlan';
import { type CalculationRequest, planCalculationColumns } from './planCalculationColumns';
import { mainSheet, onlyTable, sectorSheet, workbookOf } from './planSheets.testing';

const request = (over: Partial<CalculationRequest> = {}): CalculationRequest => ({
  kinds: ['attainment'],
  style: 'native',
  lang: 'vi',
  action: 'calc-1',
  at: '2024-05-02T08:00:00.000Z',
  ...over,
});

function planFor(sheet = mainSheet(), over: Partial<CalculationRequest> = {}) {
  const result = planCalculationColumns(onlyTable(sheet), sheet, request(over));
  if ('error' in result) throw new Error(`${result.error}: ${result.detail.message}`);
  return result;
}

const cellsOf = (plan: EditPlan): CellEdit[] => plan.edits.flatMap((edit) => edit.cells);
const written = (plan: EditPlan) =>
  Object.fromEntries(
    cellsOf(plan).map((cell) => [
      cell.address,
      cell.write?.kind === 'formula'
        ? `=${cell.write.formula}`
        : (cell.write as { value: string }).value,
    ]),
  );

describe('planCalculationColumns: where the columns go', () => {
  it('writes % ƯTH/KH into the first empty column right of the table, header in the top header row', () => {
    const { plan, columns } = planFor();
    expect(columns).toEqual(['I']);
    expect(written(plan)).toEqual({
      I2: '% ƯTH/KH năm 2022',
      I5: '=IF(OR(F5="",E5="",E5=0),"",F5/E5)',
      I7: '=IF(OR(F7="",E7="",E7=0),"",F7/E7)',
      I8: '=IF(OR(F8="",E8="",E8=0),"",F8/E8)',
      I9: '=IF(OR(F9="",E9="",E9=0),"",F9/E9)',
      I10: '=IF(OR(F10="",E10="",E10=0),"",F10/E10)',
    });
  });

  it('skips a column with a note typed beside the table and a column crossed by a merge', () => {
    const sheet = mainSheet(
      (rows) => {
        rows[7][8] = 'HTX chờ giải thể';
      },
      { merges: ['J5:K6'] },
    );
    expect(onlyTable(sheet).range).toBe('A2:H10');
    expect(planFor(sheet).columns).toEqual(['L']);
  });

  it('takes a column whose only data lie above or below the table', () => {
    const sheet = mainSheet((rows) => {
      rows.push([], Array(8).fill(null).concat('Người lập biểu'));
      rows[0][8] = 'Biểu số 01';
    });
    expect(planFor(sheet).columns).toEqual(['I']);
  });

  it('puts several calculations side by side in the next empty columns', () => {
    const sheet = mainSheet((rows) => {
      rows[3][9] = 'x';
    });
    expect(planFor(sheet, { kinds: ['attainment', 'growth', 'share'] }).columns).toEqual([
      'I',
      'K',
      'L',
    ]);
  });

  it('writes into an empty column the user picked', () => {
    const { plan, columns } = planFor(mainSheet(), { column: 'm' });
    expect(columns).toEqual(['M']);
    expect(written(plan).M5).toBe('=IF(OR(F5="",E5="",E5=0),"",F5/E5)');
  });

  it('refuses a picked column holding data in the table rows, naming the first non-empty cell', () => {
    const sheet = mainSheet();
    const result = planCalculationColumns(onlyTable(sheet), sheet, request({ column: 'H' }));
    expect(result).toEqual({
      error: 'column-not-empty',
      detail: { column: 'H', cell: 'H2', message: 'Cột H không trống: ô H2 đã có dữ liệu.' },
    });
  });

  it('refuses a picked column crossed by a merge in the table rows', () => {
    const sheet = mainSheet(() => {}, { merges: ['J7:K7'] });
    const result = planCalculationColumns(onlyTable(sheet), sheet, request({ column: 'K' }));
    expect(result).toMatchObject({ error: 'column-not-empty', detail: { merge: 'J7:K7' } });
  });

  it('answers nothing-to-compute when no estimate has a plan of the same year', () => {
    const sheet = sectorSheet();
    const result = planCalculationColumns(onlyTable(sheet), sheet, request({ lang: 'en' }));
    expect(result).toEqual({
      error: 'nothing-to-compute',
      detail: { message: 'Table A2:E6 has no pair of figures for the chosen calculations.' },
    });
  });
});

describe('planCalculationColumns: formulas', () => {
  it.each([
    ['attainment', 'native', 'I5', '=IF(OR(F5="",E5="",E5=0),"",F5/E5)'],
    ['growth', 'native', 'I5', '=IF(OR(F5="",D5="",D5=0),"",F5/D5-1)'],
    ['share', 'native', 'I7', '=IF(OR(F7="",F5="",F5=0),"",F7/F5)'],
    ['attainment', 'htx', 'I5', '=HTX.ATTAINMENT(F5,E5)'],
    ['growth', 'htx', 'I5', '=HTX.GROWTH(F5,D5)'],
    ['share', 'htx', 'I8', '=HTX.SHARE(F8,F5)'],
  ] as const)('%s in %s style: %s is %s', (kind, style, address, formula) => {
    expect(written(planFor(mainSheet(), { kinds: [kind], style }).plan)[address]).toBe(formula);
  });

  it('uses only LibreOffice 7.4 functions in native formulas', () => {
    const { preview } = planFor(mainSheet(), { kinds: ['attainment', 'growth', 'share'] });
    const functions = preview.flatMap((cell) => cell.text.match(/[A-Z][A-Z0-9.]*(?=\()/g) ?? []);
    expect(new Set(functions)).toEqual(new Set(['IF', 'OR']));
  });

  it('gives shares to part rows only, each divided by its parent row in the same column', () => {
    expect(written(planFor(sectorSheet(), { kinds: ['share'] }).plan)).toEqual({
      F2: 'Tỷ trọng trong tổng, ƯTH 2022 (%)',
      F4: '=IF(OR(D4="",D3="",D3=0),"",D4/D3)',
      F5: '=IF(OR(D5="",D3="",D3=0),"",D5/D3)',
      F6: '=IF(OR(D6="",D3="",D3=0),"",D6/D3)',
    });
  });

  it('gives no formula to a row holding text where a figure belongs', () => {
    const sheet = mainSheet((rows) => {
      rows[8][5] = 'x';
      rows[6][4] = '1.022';
    });
    const formulas = written(planFor(sheet).plan);
    expect(Object.keys(formulas)).toEqual(['I2', 'I5', 'I8', 'I10']);
  });

  it.each([
    ['vi', ['% ƯTH/KH năm 2022', 'Tăng trưởng ƯTH 2022/TH 2021 (%)']],
    ['en', ['% of plan 2022 (estimate)', 'Growth est. 2022 vs actual 2021 (%)']],
  ] as const)('labels the headers in %s', (lang, labels) => {
    const { preview } = planFor(mainSheet(), { kinds: ['attainment', 'growth'], lang });
    expect(preview.filter((cell) => cell.kind === 'label').map((cell) => cell.text)).toEqual(
      labels,
    );
  });
});

describe('planCalculationColumns: what is written and recorded', () => {
  it('previews exactly the cells the plan writes', () => {
    const { plan, preview } = planFor(mainSheet(), { kinds: ['attainment', 'share'] });
    expect(preview.map((cell) => `${cell.sheet}!${cell.address}=${cell.text}`)).toEqual(
      plan.edits.flatMap((edit) =>
        edit.cells.map((cell) => `${edit.sheet}!${cell.address}=${written(plan)[cell.address]}`),
      ),
    );
  });

  it('never writes a cell that holds something', () => {
    const sheet = mainSheet();
    const { plan } = planFor(sheet, { kinds: ['attainment', 'growth', 'share'] });
    for (const cell of cellsOf(plan)) {
      const { row, column } = parseCellAddress(cell.address);
      expect(sheet.cells[row]?.[column]).toBeUndefined();
    }
  });

  it('formats ratios as 0.0%, headers bold on a light fill, with thin borders and a width', () => {
    const { plan } = planFor();
    const [header, first] = cellsOf(plan);
    expect(header.style).toMatchObject({
      font: { bold: true },
      fill: { pattern: 'solid' },
      border: 'thin',
    });
    expect(first.style).toEqual({ numberFormat: '0.0%', border: 'thin' });
    expect(plan.edits[0].columnWidths).toEqual({ I: 14 });
  });

  it('journals every written cell as blank before, under the request action', () => {
    const { plan } = planFor();
    expect(plan.journal).toHaveLength(cellsOf(plan).length);
    expect(plan.journal[1]).toEqual({
      kind: 'write',
      action: 'calc-1',
      at: '2024-05-02T08:00:00.000Z',
      sheet: 'PL I',
      cell: 'I5',
      previous: { kind: 'blank' },
      written: { kind: 'formula', formula: 'IF(OR(F5="",E5="",E5=0),"",F5/E5)' },
      previousStyle: { numberFormat: 'General', border: 'none' },
    });
  });

  it('applied to the workbook, leaves every other cell as it was', () => {
    const sheet = mainSheet();
    const { plan } = planFor(sheet, { kinds: ['attainment', 'growth'] });
    const after = contentsOf(applyPlan(modelOf(workbookOf(sheet)), plan).snapshot)['PL I'];
    const before = contentsOf(workbookOf(sheet))['PL I'];
    for (const [key, value] of Object.entries(before)) expect(after[key]).toEqual(value);
  });
});
