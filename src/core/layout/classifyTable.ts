/**
 * The kind of a detected table, from what its columns and rows matched: funding sources across
 * the columns → funding; support words in the column headers ("Nội dung hỗ trợ", "Số HTX được
 * hỗ trợ") → support, since support contents often name indicators ("Đào tạo cán bộ quản lý
 * HTX"); blocks or catalogue indicators down the rows → indicators; sectors or districts down
 * the rows, or indicators across the columns → breakdown; support words in the title → support;
 * anything else with a total row or column → other. No kind: not an appendix table (a list of
 * named cooperatives, no figure column), and the table is dropped.
 */
import { supportLabels } from '../catalog/headerLabels';
import type { PeriodWord } from '../catalog/periodLabels';
import type { PeriodColumn, TableKind } from './appendixTable';
import { compilePhrases, hasAnyPhrase, type Tokens } from './phrases';

export interface TableEvidence {
  columns: readonly PeriodColumn[];
  blockRows: number;
  measureRows: number;
  sectorRows: number;
  totalRows: number;
  /** The label column's header names sectors or districts. */
  breakdownLabel: boolean;
  /** The label column's header names individual cooperatives ("Tên HTX"). */
  listLabel: boolean;
  /** Title and header words. */
  titleTokens: Tokens;
  /** Header words alone. */
  headerTokens: Tokens;
}

const support = compilePhrases(supportLabels);
const FIGURES = ['actual', 'plan', 'midyear', 'estimate', 'comparison'];

export function classifyTable(e: TableEvidence): TableKind | undefined {
  const values = e.columns.filter((c) => FIGURES.includes(c.period));
  if (values.length === 0 || e.listLabel) return undefined;
  const funding = values.filter((c) => c.indicator?.startsWith('funding.'));
  if (funding.some((c) => c.indicator === 'funding.central' || c.indicator === 'funding.local')) {
    return 'funding';
  }
  const indicatorColumns = values.filter((c) => c.indicator && !c.indicator.startsWith('funding.'));
  const totalColumn = values.some((c) => c.total);
  if (e.blockRows === 0 && hasAnyPhrase(e.headerTokens, support)) return 'support';
  if (e.blockRows > 0 || (e.measureRows >= 3 && e.measureRows > e.sectorRows)) return 'indicators';
  if (e.sectorRows >= 2 || indicatorColumns.length >= 2) return 'breakdown';
  if (e.breakdownLabel && (e.totalRows > 0 || indicatorColumns.length > 0)) return 'breakdown';
  if (hasAnyPhrase(e.titleTokens, support)) return 'support';
  if (e.measureRows > 0 && fromHeader(values)) return 'indicators';
  if (e.totalRows > 0 || totalColumn) return 'other';
  return undefined;
}

function fromHeader(columns: readonly PeriodColumn[]): boolean {
  return columns.some((c) => c.periodFrom === 'header');
}

/**
 * Header evidence alone that the band heads an appendix table, so that its rows are worth
 * reading: periods, funding sources, a status split across columns or a total column. Without
 * it, a table needs a total row (checked cheaply by the caller) to be read at all.
 */
export function headerVouches(columns: readonly PeriodColumn[]): boolean {
  return columns.some(
    (c) =>
      (c.periodFrom === 'header' && FIGURES.includes(c.period)) ||
      c.total === true ||
      c.indicator === 'funding.central' ||
      c.indicator === 'funding.local' ||
      /\.(active|paused|dissolving)$/.test(c.indicator ?? ''),
  );
}

/** A title that speaks of support, or of a period and a year, heads an appendix table. */
export function titleVouches(
  tokens: Tokens,
  periods: readonly { period: PeriodWord; year?: number }[],
): boolean {
  return hasAnyPhrase(tokens, support) || periods.some((p) => p.year !== undefined);
}
