import { downloadName } from './downloadName';

describe('downloadName', () => {
  it.each([
    ['Huyện A.xlsx', 'Huyện A-htx-plan.xlsx'],
    ['PL-2023.XLSX', 'PL-2023-htx-plan.xlsx'],
    ['bao cao.xls', 'bao cao-htx-plan.xlsx'],
    ['x-htx-plan.xlsx', 'x-htx-plan-htx-plan.xlsx'],
    ['.xlsx', 'workbook-htx-plan.xlsx'],
  ])('downloads %s as %s, never under its own name', (name, expected) => {
    expect(downloadName(name)).toBe(expected);
    expect(downloadName(name)).not.toBe(name);
  });
});
