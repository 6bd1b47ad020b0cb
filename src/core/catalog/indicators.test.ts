import { blockMeasures, fundingCodes, sectorCodes } from './indicatorCodes';
import { fundingCatalog, indicatorCatalog, measureCatalog, sectorCatalog } from './indicators';

describe('the indicator catalogue', () => {
  it('describes every block measure, sector and funding source once', () => {
    expect(measureCatalog.map((e) => e.measure).sort()).toEqual([...blockMeasures].sort());
    expect(sectorCatalog.map((e) => e.code)).toEqual([...sectorCodes]);
    expect(fundingCatalog.map((e) => e.code)).toEqual([...fundingCodes]);
  });

  it('gives unique codes with a Vietnamese label and synonyms', () => {
    const codes = indicatorCatalog.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of indicatorCatalog) {
      expect(entry.label).not.toMatch(/\{[eu]\}/);
      expect(entry.synonyms.length).toBeGreaterThan(0);
    }
    expect(indicatorCatalog.find((e) => e.code === 'tht.count')).toMatchObject({
      label: 'Tổng số tổ hợp tác',
      unit: 'THT',
      count: true,
    });
    expect(codes).toContain('lhhtx.member-htx');
    expect(codes).not.toContain('htx.member-htx');
  });

  it('hangs child measures under measures that exist', () => {
    for (const entry of measureCatalog) {
      if (entry.under) expect(blockMeasures).toContain(entry.under);
    }
  });
});
