/**
 * Abbreviations and variant phrasings folded to one spelling before labels are matched, in
 * match-key form (see text/matchKey.ts). Applied in order, on whole words, so longer phrases come
 * first: "liên hiệp hợp tác xã" must become "lhhtx" before "hợp tác xã" becomes "htx".
 */
export const abbreviationLabels: readonly (readonly [phrase: string, canonical: string])[] = [
  ['lien hiep hop tac xa', 'lhhtx'],
  ['lien hiep htx', 'lhhtx'],
  ['lh htx', 'lhhtx'],
  ['lien hiep', 'lhhtx'],
  ['hop tac xa', 'htx'],
  ['to hop tac', 'tht'],
  ['quy tin dung nhan dan', 'qtdnd'],
  ['quy tin dung', 'qtdnd'],
  ['ngan sach trung uong', 'nstw'],
  ['ngan sach dia phuong', 'nsdp'],
  ['tieu thu cong nghiep', 'ttcn'],
  ['thuong mai va dich vu', 'thuong mai dich vu'],
  ['loi nhuan', 'lai'],
  ['trung binh', 'binh quan'],
  ['bq', 'binh quan'],
  ['dt binh quan', 'doanh thu binh quan'],
  ['tn binh quan', 'thu nhap binh quan'],
  ['ld', 'lao dong'],
  ['tv', 'thanh vien'],
  ['cbql', 'can bo quan ly'],
  ['so luong', 'so'],
  ['ung dung cong nghe cao', 'cong nghe cao'],
  ['xa vien', 'thanh vien'],
];
