/**
 * The fills "Đánh dấu" gives cells by severity: Excel's own "Bad" (light red), "Neutral"
 * (light yellow) and a light blue, so the marks read the way Excel users already know.
 */
import type { Severity } from '../rules/finding';
import type { Color } from './editPlan';

export const markColors: Record<Severity, Color> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};
