/**
 * Wording of what the plan builders write into workbooks (calculation column headers, data
 * validation prompts and alerts) and of their refusals, keyed, in Vietnamese and English.
 * Kept beside the plans rather than in messages/ because these land in the user's cells.
 * Placeholders `{name}` are filled by `planLabel`.
 */
import type { PeriodKind } from '../layout/appendixTable';
import type { Lang } from '../messages/formatMessage';

export type { Lang };

const vi = {
  'calc.attainment': '% ƯTH/KH năm {year}',
  'calc.growth': 'Tăng trưởng {current}/{previous} (%)',
  'calc.share': 'Tỷ trọng trong tổng, {period} (%)',
  'rule.count.prompt.title': 'Số lượng',
  'rule.count.prompt.message': 'Nhập số nguyên không âm (số HTX, thành viên, lao động…).',
  'rule.count.error.title': 'Số liệu không hợp lệ',
  'rule.count.error.message': 'Số lượng (HTX, thành viên, lao động…) phải là số nguyên không âm.',
  'rule.amount.prompt.title': 'Giá trị',
  'rule.amount.prompt.message':
    'Nhập số không âm theo đơn vị tính của dòng; được có phần thập phân.',
  'rule.amount.error.title': 'Số liệu không hợp lệ',
  'rule.amount.error.message': 'Giá trị phải là số không âm (doanh thu, vốn, thu nhập…).',
  'rule.signed.prompt.title': 'Lãi (lỗ)',
  'rule.signed.prompt.message': 'Nhập một số; số âm khi lỗ.',
  'rule.signed.error.title': 'Số liệu không hợp lệ',
  'rule.signed.error.message': 'Lãi (lỗ) phải là một số.',
  'error.no-free-column': 'Không còn cột trống bên phải bảng {range}.',
  'error.column-not-empty': 'Cột {column} không trống: ô {cell} đã có dữ liệu.',
  'error.column-merged': 'Cột {column} nằm trong vùng gộp ô {merge}.',
  'error.nothing-to-compute':
    'Bảng {range} không có cặp số liệu nào cho các cột tính toán đã chọn.',
  'period.actual': 'TH {year}',
  'period.plan': 'KH {year}',
  'period.midyear': 'TH 6 tháng {year}',
  'period.estimate': 'ƯTH {year}',
} as const;

export type PlanLabelKey = keyof typeof vi;

const en: Record<PlanLabelKey, string> = {
  'calc.attainment': '% of plan {year} (estimate)',
  'calc.growth': 'Growth {current} vs {previous} (%)',
  'calc.share': 'Share of total, {period} (%)',
  'rule.count.prompt.title': 'Count',
  'rule.count.prompt.message': 'Enter a whole number, 0 or more (cooperatives, members, workers…).',
  'rule.count.error.title': 'Invalid figure',
  'rule.count.error.message':
    'A count (cooperatives, members, workers…) must be a whole number, 0 or more.',
  'rule.amount.prompt.title': 'Amount',
  'rule.amount.prompt.message':
    "Enter a number, 0 or more, in the row's unit; decimals are allowed.",
  'rule.amount.error.title': 'Invalid figure',
  'rule.amount.error.message':
    'The amount must be a number, 0 or more (revenue, capital, income…).',
  'rule.signed.prompt.title': 'Profit (loss)',
  'rule.signed.prompt.message': 'Enter a number; negative for a loss.',
  'rule.signed.error.title': 'Invalid figure',
  'rule.signed.error.message': 'Profit (loss) must be a number.',
  'error.no-free-column': 'No empty column is left to the right of table {range}.',
  'error.column-not-empty': 'Column {column} is not empty: cell {cell} holds data.',
  'error.column-merged': 'Column {column} is part of the merged cells {merge}.',
  'error.nothing-to-compute': 'Table {range} has no pair of figures for the chosen calculations.',
  'period.actual': 'actual {year}',
  'period.plan': 'plan {year}',
  'period.midyear': 'mid-year {year}',
  'period.estimate': 'est. {year}',
};

const catalogues: Record<Lang, Record<PlanLabelKey, string>> = { vi, en };

export function planLabel(
  lang: Lang,
  key: PlanLabelKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** "ƯTH 2022", "est. 2022": a value column named by its period and year. */
export function periodLabel(
  lang: Lang,
  period: Exclude<PeriodKind, 'comparison' | 'unit' | 'note'>,
  year: number | undefined,
): string {
  return planLabel(lang, `period.${period}`, { year: year ?? '' }).trim();
}
