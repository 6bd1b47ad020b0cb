/**
 * `htx-plan summary` end to end (issue 6): real fixtures in, a copy with the summary sheet out;
 * LibreOffice recalculates it under LANG=C and LANG=vi_VN.UTF-8 and every figure, ratio, share
 * and sentence is compared with its source cell and with core's measures. The package changes
 * only where a new sheet must, and every original cell reads back as it was.
 */
import { attainment, growth, share } from '../../src/core/measures';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { writeFile } from 'node:fs/promises';
import { readWorkbookBytes } from '../../src/xlsx/readWorkbookBytes';
import { applyEditPlan } from '../../src/xlsx/write/applyEditPlan';
import { readJournal } from '../../src/xlsx/write/readJournal';
import { recalculateWithLibreOffice, type RecalculatedWorkbook } from '../helpers/libreOffice';
import { assertOnlyChanged } from '../helpers/packageParts';
import { describeWithProgram, libreOffice } from '../helpers/systemProgram';
import { bytesOf, run, workspace, type Workspace } from '../cli/cliHarness';

interface Case {
  fixture: string;
  sheet: string;
  sentences: string[];
}

const cases: Case[] = [
  {
    fixture: 'test/fixtures/appendix/lang-son-2024.xlsx',
    sheet: 'Tổng hợp KH 2024',
    sentences: [
      'Ước đến 31/12/2023 có tổng số 437 HTX, đạt 109% kế hoạch, bằng 110,1% so với năm 2022; kế hoạch năm 2024 là 460 HTX.',
      'Tổng số thành viên HTX năm 2023 ước đạt 11.120 thành viên, đạt 101,1% kế hoạch, bằng 106,4% so với năm 2022; kế hoạch năm 2024 là 11.700 thành viên.',
      'Doanh thu bình quân một HTX năm 2023 ước đạt 2.280 triệu đồng/năm, đạt 99,1% kế hoạch, bằng 106% so với năm 2022; kế hoạch năm 2024 là 2.400 triệu đồng/năm.',
      'Ước đến 31/12/2023 có tổng số 3 LHHTX, đạt 100% kế hoạch, bằng 150% so với năm 2022; kế hoạch năm 2024 là 4 LHHTX.',
    ],
  },
  {
    fixture: 'test/fixtures/appendix/quang-ninh-2025.xlsx',
    sheet: 'Tổng hợp KH 2025',
    sentences: [
      'Ước đến 31/12/2024 có tổng số 706 HTX, đạt 100,9% kế hoạch, bằng 106,2% so với năm 2023; kế hoạch năm 2025 là 740 HTX.',
      'Thu nhập bình quân của lao động thường xuyên trong THT năm 2024 ước đạt 6,1 triệu đồng/người/tháng, đạt 101,7% kế hoạch, bằng 105,2% so với năm 2023; kế hoạch năm 2025 là 6,3 triệu đồng/người/tháng.',
    ],
  },
  {
    fixture: 'test/fixtures/rich/rich-can-tho-2023.xlsx',
    sheet: 'Tổng hợp KH 2023',
    sentences: [
      'Ước đến 31/12/2022 có tổng số 303 HTX, đạt 99,3% kế hoạch, bằng 102,7% so với năm 2021; kế hoạch năm 2023 là 317 HTX.',
      // A typed "-9" last year (an invalid count, reported) gives no comparison with last year.
      'Số HTX thành viên của các LHHTX năm 2022 ước đạt 12 HTX, đạt 100% kế hoạch; kế hoạch năm 2023 là 13 HTX.',
    ],
  },
];

const FIGURE = /^IF\(ISNUMBER\(('(?:[^']|'')+'!\$?[A-Z]+\$?\d+)\),\1,(.+)\)$/;
const RATIO = /^IF\(AND\(ISNUMBER\(([A-Z]+\d+)\),ISNUMBER\(\$?([A-Z]+)\$?(\d+)\)\),IF\(/;

const snapshotOf = async (bytes: Uint8Array) => (await readWorkbookBytes(bytes)).snapshot;

function cellsOf(snapshot: WorkbookSnapshot, sheet: string): Record<string, CellSnapshot> {
  const cells: Record<string, CellSnapshot> = {};
  const found = snapshot.sheets.find((candidate) => candidate.name === sheet);
  found?.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) cells[`${String.fromCharCode(65 + c)}${r + 1}:${c}`] = cell;
    }),
  );
  return cells;
}

describe.each(cases)('htx-plan summary on $fixture', ({ fixture, sheet, sentences }) => {
  let space: Workspace;
  let result: Awaited<ReturnType<typeof run>>;
  let before: Uint8Array;
  let after: Uint8Array;

  beforeAll(async () => {
    space = await workspace();
    const input = await space.copy(fixture, 'input.xlsx');
    result = await run(['summary', input, '-o', space.path('summary.xlsx')]);
    before = await bytesOf(input);
    after = await bytesOf(space.path('summary.xlsx'));
  });
  afterAll(() => space.remove());

  it('writes the copy, exits with 0 and says what it did', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`trang “${sheet}”`);
    expect(result.stdout).toContain('Biểu đồ (1) chỉ vẽ được khi tạo trong Excel');
  });

  it('changes only the parts a new sheet needs and adds only the sheet and the journal', () => {
    assertOnlyChanged(
      before,
      after,
      [
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/sharedStrings.xml',
        'docProps/app.xml',
      ],
      [/^xl\/worksheets\/sheet\d+\.xml$/, /^customXml\//, 'xl/sharedStrings.xml'],
    );
  });

  it('leaves every original cell as it was and records the sheet in the journal', async () => {
    const [original, written] = [await snapshotOf(before), await snapshotOf(after)];
    for (const { name } of original.sheets) {
      expect(cellsOf(written, name)).toEqual(cellsOf(original, name));
    }
    expect(written.sheets.map((s) => s.name)).toEqual([
      ...original.sheets.map((s) => s.name),
      sheet,
    ]);
    expect(readJournal(after)).toEqual([expect.objectContaining({ kind: 'sheet', sheet })]);
  });

  describeWithProgram(libreOffice, 'recalculated by LibreOffice', () => {
    const recalculated: Partial<Record<'C' | 'vi_VN.UTF-8', RecalculatedWorkbook>> = {};
    beforeAll(async () => {
      const path = space.path('summary.xlsx');
      [recalculated.C, recalculated['vi_VN.UTF-8']] = await Promise.all([
        recalculateWithLibreOffice(path, { lang: 'C' }),
        recalculateWithLibreOffice(path, { lang: 'vi_VN.UTF-8' }),
      ]);
    }, 240_000);

    describe.each(['C', 'vi_VN.UTF-8'] as const)('under LANG=%s', (lang) => {
      const summaryCells = () => Object.entries(recalculated[lang]!.sheets[sheet]);
      const valueAt = (reference: string) => {
        const match = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)$/.exec(reference);
        const [name, address] = match
          ? [match[1].replace(/''/g, "'"), match[2] + match[3]]
          : [sheet, reference.replace(/\$/g, '')];
        return recalculated[lang]!.sheets[name]?.[address]?.value;
      };

      it('shows every figure as its source cell’s number, or "—" / the number read from text', () => {
        let figures = 0;
        for (const [address, cell] of summaryCells()) {
          const match = cell.formula && FIGURE.exec(cell.formula);
          if (!match) continue;
          figures++;
          const source = valueAt(match[1]);
          const expected =
            typeof source === 'number' ? source : match[2] === '"—"' ? '—' : Number(match[2]);
          expect({ address, value: cell.value }).toEqual({ address, value: expected });
        }
        expect(figures).toBeGreaterThan(20);
      });

      it('computes every ratio as core does (attainment, growth, share), "—" where core cannot', () => {
        let ratios = 0;
        for (const [address, cell] of summaryCells()) {
          const match = cell.formula && RATIO.exec(cell.formula);
          if (!match) continue;
          ratios++;
          const numerator = valueAt(match[1]);
          const denominator = valueAt(`${match[2]}${match[3]}`);
          // G = ƯTH/KH (attainment), H = ƯTH / TH N-1 (1 + growth), the rest shares of a whole.
          const kind =
            /^F/.test(match[1]) && match[2] === 'E'
              ? 'attainment'
              : /^F/.test(match[1]) && match[2] === 'D'
                ? 'growth'
                : 'share';
          const usable =
            typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0;
          const core = !usable
            ? undefined
            : kind === 'attainment'
              ? attainment(numerator, denominator)
              : kind === 'growth'
                ? growth(numerator, denominator)
                : share(numerator, denominator);
          if (!core || !core.ok) {
            expect({ address, value: cell.value }).toEqual({ address, value: '—' });
          } else {
            const expected = kind === 'growth' ? core.value + 1 : core.value;
            expect({ address, value: cell.value as number }).toEqual({
              address,
              value: expect.closeTo(expected, 12),
            });
          }
        }
        expect(ratios).toBeGreaterThan(10);
      });

      it('adds the funding shares up to 100 % where the sources add up to the total', () => {
        let rows = 0;
        for (const [address, cell] of summaryCells()) {
          if (!/^H\d+$/.test(address) || !cell.formula?.includes('/D')) continue;
          const r = address.slice(1);
          const [total, ...sources] = ['D', 'E', 'F', 'G'].map((c) => valueAt(`${c}${r}`));
          if (
            typeof total !== 'number' ||
            total <= 0 ||
            !sources.every((s) => typeof s === 'number')
          )
            continue;
          const sum = (sources as number[]).reduce((a, b) => a + b, 0);
          if (Math.abs(sum - total) > 1e-9) continue;
          const shares = ['H', 'I', 'J'].map((c) => valueAt(`${c}${r}`) as number);
          expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          rows++;
        }
        if (!fixture.includes('lang-son')) expect(rows).toBeGreaterThan(3);
      });

      it('reads the draft sentences right', () => {
        const written = summaryCells()
          .filter(
            ([, cell]) =>
              cell.formula?.startsWith('IF(ISNUMBER(F') &&
              typeof cell.value === 'string' &&
              cell.value !== '',
          )
          .map(([, cell]) => cell.value);
        expect(written).toEqual(expect.arrayContaining(sentences));
        for (const sentence of written) expect(sentence).not.toMatch(/\d\.\d{1,2}(?!\d)|#|Err:/);
      });

      it('links each listed finding to its cell', () => {
        const links = summaryCells().filter(([, cell]) => cell.formula?.startsWith('HYPERLINK('));
        for (const [, cell] of links) expect(cell.value).toMatch(/^[A-Z]+\d+$/);
        if (fixture.includes('rich')) expect(links.length).toBeGreaterThan(3);
      });
    });
  });
});

describe('htx-plan summary refusals', () => {
  let space: Workspace;
  beforeAll(async () => (space = await workspace()));
  afterAll(() => space.remove());

  it('refuses to write over its input, exit 2, no prompt', async () => {
    const input = await space.copy('test/fixtures/appendix/lang-son-2024.xlsx', 'same.xlsx');
    const result = await run(['summary', input, '-o', input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('trùng với tệp đầu vào');
    expect(await bytesOf(input)).toEqual(
      await bytesOf(await space.copy('test/fixtures/appendix/lang-son-2024.xlsx', 'fresh.xlsx')),
    );
  });

  it('says clearly that a workbook without appendix tables has none, exit 2, no file', async () => {
    // A real package with one empty sheet: a fixture whose sheets are swapped for a blank one.
    const fixture = await bytesOf(
      await space.copy('test/fixtures/appendix/lang-son-2024.xlsx', 'full.xlsx'),
    );
    const emptied = await applyEditPlan(fixture, {
      edits: [],
      newSheets: [
        { name: 'Trống', cells: [{ address: 'A1', write: { kind: 'text', value: 'Ghi chú' } }] },
      ],
      removeSheets: ['Bieu 01', 'Bieu 02', 'Bieu 03'],
      journal: [],
    });
    const input = space.path('plain.xlsx');
    await writeFile(input, emptied.bytes);
    const result = await run([
      'summary',
      input,
      '-o',
      space.path('plain-out.xlsx'),
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('plain.xlsx: no appendix table was found in the file.');
    await expect(bytesOf(space.path('plain-out.xlsx'))).rejects.toThrow();
  });

  it('refuses an .xls file, exit 2', async () => {
    const input = await space.copy('test/fixtures/appendix/quang-ngai-2023.xls');
    const result = await run(['summary', input, '-o', space.path('q.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.xls');
  });

  it('takes the province and the year from the options and notes what it could not find', async () => {
    const input = await space.copy('test/fixtures/appendix/binh-thuan-2024.xlsx');
    const result = await run([
      'summary',
      input,
      '-o',
      space.path('bt.xlsx'),
      '--year',
      '2024',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.sheet).toBe('Tổng hợp KH 2024');
    expect(report.notes).toEqual(expect.arrayContaining(['no-funding-table']));
  });
});
