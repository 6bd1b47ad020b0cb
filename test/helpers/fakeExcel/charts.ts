/**
 * Worksheet charts (ExcelApi 1.1 to add, 1.7 to set a series' values and categories): what the
 * adapter asked for is recorded on the sheet, queued and applied at sync like every write.
 */
import type { FakeContext } from './context';
import { officeError } from './errors';
import { areaText, type FakeRange } from './range';
import type { Sheet } from './state';

export interface ChartSeriesRecord {
  name?: string;
  values?: string;
  categories?: string;
}

export interface ChartRecord {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  series: ChartSeriesRecord[];
  position?: { from: string; to?: string };
}

const TYPES = new Set(['ColumnClustered', 'BarClustered', 'Line', 'Pie']);

/** The area a range stands for, read at sync; ranges of another sheet are refused. */
function areaOf(range: FakeRange, sheet: Sheet): string {
  const target = range.resolve();
  if (!target || target.sheet !== sheet) throw officeError('InvalidArgument', 'Chart range');
  return areaText(target.area);
}

export class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => Sheet,
  ) {}

  add(type: string, sourceData: FakeRange, seriesBy?: string) {
    const context = this.context;
    let record: ChartRecord | undefined;
    const chart = () => record!;
    const queue = (run: () => void, api: number, bytes = 50) =>
      context.enqueue({ run, api, requestBytes: bytes });
    queue(() => {
      if (!TYPES.has(type)) throw officeError('InvalidArgument', 'ChartCollection.add');
      const sheet = this.sheet();
      record = { type, source: areaOf(sourceData, sheet), seriesBy, series: [{}] };
      (sheet.charts ??= []).push(record);
    }, 1);
    const seriesAt = (index: () => number) => ({
      set name(value: string) {
        queue(() => (chart().series[index()].name = value), 1);
      },
      setValues: (range: FakeRange) =>
        queue(() => (chart().series[index()].values = areaOf(range, this.sheet())), 7),
      setXAxisValues: (range: FakeRange) =>
        queue(() => (chart().series[index()].categories = areaOf(range, this.sheet())), 7),
    });
    return {
      title: {
        set text(value: string) {
          queue(() => (chart().title = value), 1);
        },
      },
      series: {
        getItemAt: (i: number) => seriesAt(() => i),
        add: (name: string) => {
          let index = -1;
          queue(() => {
            index = chart().series.push({ name }) - 1;
          }, 7);
          return seriesAt(() => index);
        },
      },
      setPosition: (from: string, to?: string) =>
        queue(() => (chart().position = { from, ...(to && { to }) }), 1),
    };
  }
}
