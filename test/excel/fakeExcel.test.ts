/**
 * The parts of the fake added for the workbook port behave like Office.js where the adapter
 * depends on them; if they did not, the adapter tests would prove nothing.
 */
import { createFakeExcel } from '../helpers/fakeExcel';

const journal = '<journal xmlns="urn:htx-plan:journal:1"/>';

describe('fakeExcel, workbook port subset', () => {
  it('gives a null used range for an empty sheet, known only after sync', async () => {
    const excel = createFakeExcel({ sheets: { A: {}, B: { C3: 1, E2: 'x' } } });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const empty = sheets.getItem('A').getUsedRangeOrNullObject(true).load('address');
      const used = sheets.getItem('B').getUsedRangeOrNullObject(true).load('address,rowCount');
      expect(() => empty.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(() => empty.address).toThrow(/null object/);
      expect([used.isNullObject, used.address, used.rowCount]).toEqual([false, 'B!C2:E3', 2]);
    });
  });

  it('reports errors as text in values and tells them apart in valueTypes', async () => {
    const excel = createFakeExcel({
      sheets: { A: { A1: { error: '#REF!' }, B1: { text: '#REF!' } } },
    });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1:C1');
      range.load('values,formulas,valueTypes,numberFormat');
      await context.sync();
      expect(range.values).toEqual([['#REF!', '#REF!', '']]);
      expect(range.valueTypes).toEqual([['Error', 'String', 'Empty']]);
      expect(range.numberFormat).toEqual([['General', 'General', 'General']]);
    });
  });

  it('takes writes as typed: quote prefix keeps text, null leaves a cell alone', async () => {
    const excel = createFakeExcel({ sheets: { A: { C1: 'keep' } } });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1:D1').formulas = [
        ["'=1+1", '02', null, '-A1'],
      ];
    });
    expect(['A1', 'B1', 'C1', 'D1'].map((a) => excel.contentOf('A', a))).toEqual([
      '=1+1',
      2,
      'keep',
      '=-A1',
    ]);
    expect(excel.sheet('A').cells.get('A1')).toEqual({ value: '=1+1', quotePrefix: true });
  });

  it('fails worksheets.add at sync on a taken or invalid name, and adds a free one', async () => {
    const excel = createFakeExcel({ sheets: { 'PL I': {} } });
    const add = (name: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(add('pl i')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(add('a/b')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await add('Kết quả');
    expect(excel.sheetNames()).toEqual(['PL I', 'Kết quả']);
  });

  it('keeps custom XML parts: add, find by namespace, getXml as a result after sync', async () => {
    const excel = createFakeExcel({ sheets: { A: {} } });
    await excel.run(async (context) => {
      context.workbook.customXmlParts.add(journal);
      const parts = context.workbook.customXmlParts.getByNamespace('urn:htx-plan:journal:1');
      const only = parts.getOnlyItemOrNullObject().load('id');
      const count = parts.getCount();
      await context.sync();
      expect([only.isNullObject, count.value]).toEqual([false, 1]);
      const xml = only.getXml();
      expect(() => xml.value).toThrow(/not available/);
      await context.sync();
      expect(xml.value).toBe(journal);
      const none = context.workbook.customXmlParts
        .getByNamespace('urn:x')
        .getOnlyItemOrNullObject();
      none.load('id');
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    expect(excel.xmlParts).toHaveLength(1);
  });

  it('fails a sync whose request or response is over the payload limit', async () => {
    const excel = createFakeExcel({ sheets: { A: { A1: 'x'.repeat(600) } }, payloadLimit: 500 });
    const big = 'y'.repeat(600);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('B1').values = [[big]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.contentOf('A', 'B1')).toBe('');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('fails at sync what a requirement set the host lacks, and says so up front', async () => {
    const excel = createFakeExcel({ sheets: { A: { A1: 1 } }, apiMinor: 12 });
    expect(excel.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(excel.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem('A')
          .getRange()
          .getMergedAreasOrNullObject()
          .load('areaCount');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('reads a fill and its pattern, uniform or null over a range', async () => {
    const excel = createFakeExcel({ sheets: { A: { A1: { value: 1, fill: '#FFC7CE' }, B1: 2 } } });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      const one = sheet.getRange('A1').format.fill.load('color,pattern');
      const both = sheet.getRange('A1:B1').format.fill.load('color');
      await context.sync();
      expect([one.color, one.pattern, both.color]).toEqual(['#FFC7CE', 'Solid', null]);
    });
  });
});
