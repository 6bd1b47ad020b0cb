/**
 * A plan's chart in Office.js terms
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts): added over its
 * first series' values, then each series given its values, categories and name. Series
 * values and category labels are set per series because the plan's ranges are separate
 * columns (labels in B, percentages in G) and `charts.add` takes one contiguous range;
 * `ChartSeries.setValues`, `setXAxisValues` and `ChartSeriesCollection.add` are ExcelApi 1.7,
 * which is why the `charts` capability asks for 1.7 although `charts.add` itself is 1.1.
 */
import type { ChartSpec } from '../core/plan/editPlan';

const TYPES = {
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
} as const;

export function addChart(worksheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const chart = worksheet.charts.add(
    TYPES[spec.type] as Excel.ChartType,
    worksheet.getRange(first.values),
    'Columns' as Excel.ChartSeriesBy,
  );
  chart.title.text = spec.title;
  const categories = worksheet.getRange(spec.categories);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const more of rest) {
    const series = chart.series.add(more.name);
    series.setValues(worksheet.getRange(more.values));
    series.setXAxisValues(categories);
  }
  chart.setPosition(spec.anchor.from, spec.anchor.to);
}
