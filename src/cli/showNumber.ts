import { formatVietnameseNumber } from '../core/numbers/formatVietnameseNumber';
import type { Lang } from './parseArgs';

/** Up to three decimals, trailing zeros dropped: "1.022,5" in Vietnamese, "1,022.5" in English. */
export function showNumber(value: number, lang: Lang): string {
  const decimals = Math.min(3, (String(Math.abs(value)).split('.')[1] ?? '').length);
  const vietnamese = formatVietnameseNumber(value, decimals);
  if (lang === 'vi') return vietnamese;
  return vietnamese.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}
