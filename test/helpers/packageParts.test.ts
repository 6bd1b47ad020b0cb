import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { assertOnlyChanged, diffPackages } from './packageParts';

const base = {
  '[Content_Types].xml': strToU8('<Types/>'),
  'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>'),
  'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData/></worksheet>'),
  'xl/media/image1.png': new Uint8Array([137, 80, 78, 71, 0, 1, 2, 3]),
};

describe('diffPackages', () => {
  it('compares the uncompressed parts: re-deflating or new timestamps change nothing', () => {
    const before = zipSync(base, { level: 9, mtime: new Date(2020, 0, 1) });
    const after = zipSync(base, { level: 0, mtime: new Date(2024, 5, 6) });
    expect(before).not.toEqual(after);
    expect(diffPackages(before, after)).toEqual({
      unchanged: Object.keys(base).sort(),
      changed: [],
      added: [],
      removed: [],
    });
  });

  it('sorts parts into changed, added and removed, by name', () => {
    const before = zipSync(base);
    const next: Record<string, Uint8Array> = { ...base };
    next['xl/worksheets/sheet1.xml'] = strToU8(
      '<worksheet><sheetData><row r="1"/></sheetData></worksheet>',
    );
    next['xl/worksheets/sheet2.xml'] = strToU8('<worksheet/>');
    next['customXml/item1.xml'] = strToU8('<journal/>');
    delete next['xl/media/image1.png'];
    expect(diffPackages(before, zipSync(next))).toEqual({
      unchanged: ['[Content_Types].xml', 'xl/workbook.xml'],
      changed: ['xl/worksheets/sheet1.xml'],
      added: ['customXml/item1.xml', 'xl/worksheets/sheet2.xml'],
      removed: ['xl/media/image1.png'],
    });
  });

  it('sees a single changed byte, and a part that only grew', () => {
    const before = zipSync(base);
    const flipped = base['xl/media/image1.png'].slice();
    flipped[7] ^= 1;
    expect(
      diffPackages(before, zipSync({ ...base, 'xl/media/image1.png': flipped })).changed,
    ).toEqual(['xl/media/image1.png']);
    const longer = new Uint8Array([...base['xl/media/image1.png'], 0]);
    expect(
      diffPackages(before, zipSync({ ...base, 'xl/media/image1.png': longer })).changed,
    ).toEqual(['xl/media/image1.png']);
  });

  it('finds a real fixture identical to itself re-zipped part by part', () => {
    const bytes = readFileSync(resolve(__dirname, '../fixtures/rich/rich-can-tho-2023.xlsx'));
    const rezipped = zipSync(unzipSync(bytes), { level: 1 });
    const diff = diffPackages(bytes, rezipped);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/media/image1.png',
        'xl/tables/table1.xml',
      ]),
    );
  });
});

describe('assertOnlyChanged', () => {
  const before = zipSync(base);
  const after = zipSync({
    ...base,
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet/></sheets></workbook>'),
    'xl/worksheets/sheet2.xml': strToU8('<worksheet/>'),
  });

  it('passes when every difference is allowed, by exact name or by pattern, and returns the diff', () => {
    const diff = assertOnlyChanged(
      before,
      after,
      ['xl/workbook.xml'],
      [/^xl\/worksheets\/sheet\d+\.xml$/g],
    );
    expect(diff.added).toEqual(['xl/worksheets/sheet2.xml']);
    // a global RegExp keeps no state between parts
    expect(() =>
      assertOnlyChanged(before, after, [/workbook/g], [/sheet2/g, /sheet2/g]),
    ).not.toThrow();
  });

  it('names every part that changed, was added or was removed without leave', () => {
    expect(() => assertOnlyChanged(before, after, [], [])).toThrow(
      'changed but should be byte-identical: xl/workbook.xml; added unexpectedly: xl/worksheets/sheet2.xml',
    );
    const withoutImage: Record<string, Uint8Array> = { ...base };
    delete withoutImage['xl/media/image1.png'];
    expect(() => assertOnlyChanged(before, zipSync(withoutImage), [/.*/], [/.*/])).toThrow(
      'removed: xl/media/image1.png',
    );
    // an exact name is not a prefix
    expect(() => assertOnlyChanged(before, after, ['xl/workbook'], [/sheet2/])).toThrow(
      'changed but should be byte-identical: xl/workbook.xml',
    );
  });
});
