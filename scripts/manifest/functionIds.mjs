// The HTX.* function ids are permanent (foundation issue, DESIGN.md §4): others build on them,
// so the metadata must keep listing every one. Add new ids here; never remove or rename one.
export const PERMANENT_FUNCTION_IDS = [
  'ATTAINMENT',
  'PER_UNIT',
  'WEIGHTED_AVERAGE',
  'SHARE',
  'GROWTH',
  'CAPITAL_SPLIT',
  'IMBALANCE',
  'CONVERT',
  'NUMBER',
];
