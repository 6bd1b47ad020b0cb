import { blockMeasures } from './indicatorCodes';
import {
  blockCode,
  countMeasures,
  flowMeasures,
  isCountMeasure,
  isFlow,
  isOfWhichPair,
  isStatusOrListedFlow,
  ofWhichPairs,
  perUnitAverages,
  splitBlockCode,
  statusPartition,
  stockFlow,
} from './relations';

describe('relations catalogue', () => {
  it('speaks only of known block measures', () => {
    const used = [
      ...ofWhichPairs.flatMap((pair) => [pair.part, pair.whole]),
      ...flowMeasures,
      ...countMeasures,
      ...statusPartition.statuses,
      ...perUnitAverages.flatMap((average) => [
        average.average,
        average.total,
        ...average.denominators,
      ]),
      stockFlow.stock,
    ];
    for (const measure of used) expect(blockMeasures).toContain(measure);
  });

  it('never makes a flow a part of a stock', () => {
    for (const pair of ofWhichPairs) expect(flowMeasures).not.toContain(pair.part);
    for (const status of statusPartition.statuses) expect(flowMeasures).not.toContain(status);
  });

  it('splits and builds codes', () => {
    expect(blockCode('lhhtx', 'member-htx')).toBe('lhhtx.member-htx');
    expect(splitBlockCode('tht.new-members')).toEqual({ block: 'tht', measure: 'new-members' });
    expect(splitBlockCode('sector.agriculture')).toBeUndefined();
    expect(splitBlockCode(undefined)).toBeUndefined();
  });

  it.each([
    ['htx.new-members', 'htx.members', true],
    ['htx.active', 'htx.count', true],
    ['htx.active', 'tht.count', false],
    ['htx.new', 'htx.count', false],
  ])('%s of %s is an "of which" pair: %s', (part, whole, expected) => {
    expect(isOfWhichPair(part, whole)).toBe(expected);
  });

  it('classifies measures', () => {
    expect(isFlow('htx.dissolved')).toBe(true);
    expect(isFlow('htx.dissolving')).toBe(false);
    expect(isStatusOrListedFlow('htx.dissolved')).toBe(true);
    expect(isCountMeasure('htx.members')).toBe(true);
    expect(isCountMeasure('htx.avg-income')).toBe(false);
  });
});
