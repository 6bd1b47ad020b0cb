import { attributesOf, escapeCellText, setAttributes } from './xmlText';
import { childElements, rootElement } from './xmlScanner';

describe('editing start tags', () => {
  it('changes, adds and removes attributes and keeps the others as written', () => {
    const tag = `<row r="5" spans="1:3"  x14ac:dyDescent='0.25' ht="13.8">`;
    expect(setAttributes(tag, { ht: '30', customHeight: '1', spans: undefined })).toBe(
      `<row r="5"  x14ac:dyDescent='0.25' ht="30" customHeight="1">`,
    );
    expect(setAttributes('<c r="A1" s="3"/>', { s: '7' })).toBe('<c r="A1" s="7"/>');
  });

  it('reads attributes with entities and a ">" inside a value', () => {
    expect(
      attributesOf('<numFmt numFmtId="164" formatCode="[&gt;=1000]#,##0;&quot;x&quot;"/>').get(
        'formatCode',
      ),
    ).toBe('[>=1000]#,##0;"x"');
  });

  it('finds elements past a ">" in an attribute value, comments and CDATA', () => {
    const xml = '<a><!-- <b> --><b v="1>0"/><![CDATA[<c/>]]><c><c/></c></a>';
    expect(
      childElements(xml, rootElement(xml)).map((e) => [e.name, xml.slice(e.start, e.end)]),
    ).toEqual([
      ['b', '<b v="1>0"/>'],
      ['c', '<c><c/></c>'],
    ]);
  });
});

describe('cell text', () => {
  it.each([
    ['a<b & c', 'a&lt;b &amp; c'],
    ['chuông\u0007', 'chuông_x0007_'],
    ['_x000D_', '_x005F_x000D_'],
    ['dòng\r\n', 'dòng&#13;\n'],
  ])('%j is written %j', (text, xml) => {
    expect(escapeCellText(text)).toBe(xml);
  });
});
