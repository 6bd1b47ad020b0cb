import fc from 'fast-check';
import { journalFromXml, journalToXml, parseXml } from './journalXml';
import { journalNamespace, type JournalEntry } from './journal';

const at = '2024-05-01T08:00:00.000Z';
const entries: JournalEntry[] = [
  { kind: 'mark', action: 'm1', at, sheet: 'PL I', cell: 'G13', previousFill: { pattern: 'none' } },
  {
    kind: 'mark',
    action: 'm1',
    at,
    sheet: "PL 'II'",
    cell: 'C10',
    previousFill: { pattern: 'solid', color: 'FFFFC7CE' },
  },
  {
    kind: 'write',
    action: 'w1',
    at,
    sheet: 'PL I',
    cell: 'E8',
    previous: { kind: 'text', value: '=1+1 & <b>' },
  },
  {
    kind: 'write',
    action: 'w1',
    at,
    sheet: 'PL I',
    cell: 'E9',
    previous: { kind: 'number', value: -1022.5 },
    written: { kind: 'formula', formula: 'SUM(E1:E7)' },
    previousStyle: { numberFormat: 'General' },
  },
  {
    kind: 'write',
    action: 'w1',
    at,
    sheet: 'PL I',
    cell: 'E10',
    previous: { kind: 'boolean', value: false },
  },
  { kind: 'write', action: 'w1', at, sheet: 'PL I', cell: 'E11', previous: { kind: 'blank' } },
  { kind: 'validation', action: 'v1', at, sheet: 'PL I', ranges: ['E8:E20', 'G8:G20'] },
  { kind: 'sheet', action: 's1', at, sheet: 'Kết quả kiểm tra' },
  {
    kind: 'accepted',
    action: 'a1',
    at,
    rule: 'sum-of-parts',
    sheet: 'PL II',
    cell: 'C10',
    reason: 'Số "ước"\n\tđúng  ',
  },
  { kind: 'undone', action: 'w1', at, skipped: ["'PL I'!E8"] },
  { kind: 'undone', action: 'm1', at },
];

describe('the journal as XML', () => {
  it('reads back every kind of entry it writes', () => {
    expect(journalFromXml(journalToXml(entries))).toEqual(entries);
  });

  it('puts the entries in the journal namespace', () => {
    const root = parseXml(journalToXml(entries));
    expect(root.name).toBe('journal');
    expect(root.attributes.get('xmlns')).toBe(journalNamespace);
  });

  it('keeps any text, line breaks and markup-like characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (reason, sheet) => {
        const entry: JournalEntry = {
          kind: 'accepted',
          action: 'a',
          at,
          rule: 'r',
          sheet,
          cell: 'A1',
          reason,
        };
        expect(journalFromXml(journalToXml([entry]))).toEqual([entry]);
      }),
    );
  });

  it('reads a journal a host saved with a namespace prefix, and skips kinds it does not know', () => {
    const xml = `<?xml version="1.0"?><!-- saved elsewhere --><j:journal xmlns:j="${journalNamespace}"><j:entry kind="sheet" action="s" at="${at}" sheet="X"/><j:entry kind="future" action="f" at="${at}"/></j:journal>`;
    expect(journalFromXml(xml)).toEqual([{ kind: 'sheet', action: 's', at, sheet: 'X' }]);
  });

  it.each([
    ['another namespace', '<journal xmlns="urn:other"/>'],
    ['broken XML', `<journal xmlns="${journalNamespace}"><entry></journal>`],
    ['an unknown entity', `<journal xmlns="${journalNamespace}">&nbsp;</journal>`],
  ])('refuses %s', (_, xml) => {
    expect(() => journalFromXml(xml)).toThrow(expect.objectContaining({ name: 'JournalXmlError' }));
  });
});
