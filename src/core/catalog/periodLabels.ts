/**
 * How column headers name periods, as data, in match-key form (text/matchKey.ts). Layout
 * detection looks for these phrases as whole words; the first kind whose phrase occurs wins, so
 * the order matters: "Ước thực hiện 6 tháng" is mid-year before it is an estimate, and
 * "Ước thực hiện" is an estimate before it is an actual.
 */
export type PeriodWord = 'midyear' | 'estimate' | 'plan' | 'actual';

export const periodLabels: readonly { kind: PeriodWord; phrases: readonly string[] }[] = [
  {
    kind: 'midyear',
    phrases: [
      '6 thang',
      'sau thang',
      'nua dau nam',
      'nua nam',
      '30/6',
      '30/06',
      'giua nam',
      'so ket',
    ],
  },
  {
    kind: 'estimate',
    phrases: ['uoc thuc hien', 'uoc th', 'uth', 'uoc', 'uoc tinh', 'uoc ca nam', 'uoc dat'],
  },
  {
    kind: 'plan',
    phrases: ['ke hoach', 'kh', 'du kien', 'muc tieu', 'chi tieu giao', 'nhu cau'],
  },
  {
    kind: 'actual',
    phrases: [
      'thuc hien',
      'th',
      'thuc te',
      'luy ke',
      'tinh den',
      'den 31/12',
      'hien trang',
      'hien co',
    ],
  },
];

/**
 * Comparison headers: percentages, shares, growth. A "/" between two period words ("ƯTH/KH",
 * "KH 2023/ƯTH 2022") also makes a comparison.
 */
export const comparisonLabels = {
  ratio: ['%', 'so sanh', 'ty le', 'ty trong', 'ti le', 'dat %'],
  growth: ['tang truong', 'tang giam %', 'tang/giam %'],
  difference: ['tang giam', 'tang/giam', 'chenh lech', 'tang them'],
} as const;
